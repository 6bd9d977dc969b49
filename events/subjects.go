package events

import "strings"

// Subjects that name no party: a measure or a text ("the sanctions target
// ..."), a crowd of states named by number ("delegations from 40
// countries"). What they do is coded with no source guessed.

// measureSubject reports whether verb v's subject is a measure, a text or
// a decision that names no actor ("the sanctions target ...", "the law
// bans ..."): whoever took the measure is not to be guessed.
func (c *coder) measureSubject(v int) bool {
	a := c.a
	n := a.childWith(v, "nsubj")
	if n >= 0 && relativePronouns[a.lower[n]] && strings.HasPrefix(a.rel(v), "acl") {
		n = a.head(v) // "a plan that required ...": the plan
	}
	return c.thingNoun(n) && measureWords[a.lemma(n)]
}

// multitudeSubject reports whether verb v's subject counts many states
// without naming them: "delegations from 40 countries", "dozens of
// nations", "many governments".
func (c *coder) multitudeSubject(v int) bool {
	a := c.a
	if !a.parsed {
		return false
	}
	n := a.childWith(v, "nsubj")
	if n < 0 || len(a.phraseActors(n)) > 0 {
		return false
	}
	for k := c.sent[0]; k < c.sent[1]; k++ {
		if !a.within(k, n, 3) || !stateNouns[a.lemma(k)] || a.doc.Tokens[k].XPOS != "NNS" {
			continue
		}
		for _, ch := range a.children[k] {
			if r := a.rel(ch); r == "nummod" || r == "amod" && quantifiers[a.lower[ch]] || r == "det" && quantifiers[a.lower[ch]] {
				return true
			}
		}
	}
	return false
}

// stateNouns are common nouns for states; quantifiers count them.
var (
	stateNouns  = map[string]bool{"country": true, "nation": true, "state": true, "government": true}
	quantifiers = map[string]bool{"many": true, "several": true, "numerous": true, "some": true, "all": true, "most": true, "dozens": true}
)

// measureWords are nouns for measures, texts and decisions.
var measureWords = map[string]bool{"measure": true, "sanction": true, "decision": true, "law": true, "policy": true,
	"resolution": true, "move": true, "step": true, "plan": true, "report": true, "statement": true, "proposal": true,
	"ban": true, "rule": true, "restriction": true, "order": true, "decree": true, "bill": true, "package": true,
	"regulation": true, "directive": true, "agreement": true, "deal": true, "treaty": true, "document": true}
