package events

import "strings"

// Pointed statements about another party: "Putin stressed that Kiev is
// sabotaging the agreements", "it was pointed out that the Peruvian
// authorities are stoking the crisis". Verbs of emphasis whose
// content clause has another country's actor as its subject are how
// readouts accuse; the statement is the act, its source the speaker (or
// the statement's author for an impersonal passive).

// emphasisPattern is the synthetic pattern such accusations are coded with.
var emphasisPattern = &Pattern{Kind: KindVerb, Lemma: "*", Plover: "ACCUSE", Mode: "disapprove", Cameo: "111", File: "events/emphasis.go"}

// emphasisVerbs report a point made with weight, unlike neutral "say".
var emphasisVerbs = map[string]bool{
	"stress": true, "emphasize": true, "emphasise": true, "underscore": true,
	"underline": true, "point": true, "note": true,
}

// emphasis codes token i when it is a verb of emphasis whose content
// clause is about what another party does.
func (c *coder) emphasis(si, i int) {
	a := c.a
	if !a.parsed || !c.emphasisVerb(i) {
		return
	}
	if (a.lemma(i) == "point" || a.lower[i] == "pointed") && a.childWith(i, "compound:prt") < 0 {
		return // "point out", not "point to"
	}
	v := a.childWith(i, "ccomp")
	if v < 0 {
		return
	}
	for _, ch := range a.children[v] {
		if a.baseRel(ch) == "aux" && deonticWords[a.lower[ch]] {
			return // "stressed that Kiev must ...": a demand, coded as such
		}
	}
	subj := a.childWith(v, "nsubj", "nsubj:pass")
	if subj < 0 {
		return
	}
	speaker, q := -1, a.quoteOf(v)
	if xs := c.subjectActors(i); len(xs) > 0 {
		speaker = xs[0]
	} else if q >= 0 && a.doc.Quotes[q].Speaker >= 0 {
		speaker = a.doc.Quotes[q].Speaker
	} else if s := a.childWith(i, "nsubj", "csubj", "expl"); s < 0 && a.childWith(i, "aux:pass", "cop") >= 0 || s >= 0 && a.lower[s] == "it" {
		speaker = a.author() // "It was emphasised that ..."
	}
	if speaker < 0 {
		return
	}
	about := a.phraseActors(subj)
	tgts := dropSide(a, about, speaker)
	// Every party named must be another side: "Russia and the US share a
	// responsibility" is not an accusation by either.
	if len(tgts) == 0 || len(tgts) != len(about) || c.judged(si, speaker) {
		return
	}
	c.trigTok[i] = true
	c.add(si, trigger{p: emphasisPattern, tok: i, verb: -1, from: i, to: i + 1, prepObj: -1, obj: -1}, []int{speaker}, tgts, q, "")
}

// emphasisVerb reports whether token i is a verb of emphasis, including a
// passive participle the tagger took for an adjective ("It was pointed
// out that ...").
func (c *coder) emphasisVerb(i int) bool {
	a := c.a
	switch a.doc.Tokens[i].UPOS {
	case "VERB":
		return emphasisVerbs[a.lemma(i)]
	case "ADJ":
		if a.childWith(i, "cop", "aux:pass") < 0 {
			return false
		}
		for _, l := range deinflect(a.lower[i]) {
			if emphasisVerbs[l] && strings.HasSuffix(a.lower[i], "ed") {
				return true
			}
		}
	}
	return false
}
