package syntax

// A verbless sentence whose root noun carries a participle with a direct
// object ("Kenyan police fired tear gas at ...", parsed as the police
// "fired tear gas", a reduced relative) is a clause: a passive participle
// takes no direct object, so the participle is the finite main verb and
// the noun its subject. The tagger and parser, trained on EWT, read the
// form ambiguous between past tense and participle as the participle when
// nothing else in the sentence is a verb.

// repairVerbless rewrites one sentence's analysis in place: tags (XPOS of
// the participle), heads (-1 for the root) and labels.
func repairVerbless(tags []Tagged, heads []int, labels []string) {
	root := -1
	for i, h := range heads {
		if h < 0 {
			root = i
			break
		}
	}
	if root < 0 || tags[root].UPOS != "NOUN" && tags[root].UPOS != "PROPN" {
		return
	}
	v := -1
	for i, h := range heads {
		if h == root && i > root && labels[i] == "acl" && tags[i].XPOS == "VBN" && hasChild(heads, labels, i, "obj") {
			v = i
			break
		}
	}
	if v < 0 {
		return
	}
	for _, t := range tags {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return // a finite verb elsewhere: the sentence has its clause
		}
	}
	tags[v].XPOS = "VBD"
	heads[v], labels[v] = -1, "root"
	heads[root], labels[root] = v, "nsubj"
	for i, h := range heads {
		if h == root && i > v {
			heads[i] = v // what follows the verb is the clause's ("." and the rest)
		}
	}
}

func hasChild(heads []int, labels []string, h int, label string) bool {
	for i, x := range heads {
		if x == h && labels[i] == label {
			return true
		}
	}
	return false
}
