package quotes

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// cueHit is one speech cue found in the text.
type cueHit struct {
	span    document.Span // the cue verb or phrase
	verb    int           // word index of the verb (first word of a phrase)
	last    int           // word index of the cue's last word
	form    Form
	lemma   string
	prep    bool // "according to X": the speaker follows
	passive bool // "was stated (by X)"
	rank    int  // lower is a better main cue of its sentence
}

var determiners = set("a an the this that these those its their his her our my your whose every each any some no")

var auxiliaries = set("is are was were be been being has have had also further then again once repeatedly " +
	"publicly firmly strongly additionally moreover however in turn now still later earlier previously particularly " +
	"specifically explicitly clearly reportedly separately personally")

var passiveAux = set("is are was were be been being")

var modals = set("to will would can could may might must shall should did does do not never")

// noPassive lists cues whose passive subject is the addressee or the topic,
// not a statement ("he was told", "Ukraine was invited").
var noPassive = set("tell ask inform brief invite thank welcome congratulate urge accuse blame criticise " +
	"criticize condemn praise commend warn remind assure reassure call describe report quote deny commit " +
	"oppose advocate answer wish promise pledge share write demand detail appeal expect believe suggest " +
	"propose commit")

// nounLike lists third-person forms that are more often plural nouns
// ("guarantor states", "the calls"): they count only after a subject.
var nounLike = set("states calls claims notes demands appeals promises pledges wishes reports comments answers " +
	"remarks thanks tweets quotes details outlines highlights signals briefs welcomes praises vows proposes " +
	"suggests warns points")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cuesIn returns the speech cues among words [from, to), skipping words
// inside the given quoted regions.
func (a *analysis) cuesIn(from, to int, skip func(int) bool) []cueHit {
	var out []cueHit
	for i := from; i < to; i++ {
		w := a.words[i]
		if !w.letter || skip(w.Start) {
			continue
		}
		if h, ok := a.prepAt(i, to); ok {
			out = append(out, h)
			continue
		}
		if h, ok := a.verbAt(i, from, to); ok {
			out = append(out, h)
		}
	}
	return out
}

func (a *analysis) prepAt(i, to int) (cueHit, bool) {
	for _, c := range a.lx.preps {
		if i+len(c.words) > to {
			continue
		}
		ok := true
		for k, cw := range c.words {
			if a.words[i+k].lower != cw {
				ok = false
				break
			}
		}
		if ok {
			last := i + len(c.words) - 1
			return cueHit{span: document.Span{Start: a.words[i].Start, End: a.words[last].End}, verb: i, last: last,
				lemma: c.lemma, prep: true, rank: 1}, true
		}
	}
	return cueHit{}, false
}

// prevContent returns the index of the nearest word before i (not before
// from) that is not an auxiliary, adverb or comma, or from-1.
func (a *analysis) prevContent(i, from int) int {
	k := i - 1
	for k >= from {
		w := a.words[k]
		if w.lower == "," || auxiliaries[w.lower] || (w.letter && strings.HasSuffix(w.lower, "ly") && len(w.lower) > 4) {
			k--
			continue
		}
		break
	}
	return k
}

func (a *analysis) verbAt(i, from, to int) (cueHit, bool) {
	w := a.words[i]
	fcs := a.lx.forms[w.lower]
	if len(fcs) == 0 {
		return cueHit{}, false
	}
	best := cueHit{verb: -1}
	for _, fc := range fcs {
		last, ok := a.matchAfter(fc.c, i, to)
		if !ok {
			continue
		}
		if best.verb >= 0 && last <= best.last {
			continue
		}
		best = cueHit{span: document.Span{Start: w.Start, End: a.words[last].End}, verb: i, last: last,
			form: fc.form, lemma: fc.c.lemma}
		if len(fc.c.after) > 0 {
			best.rank = -1 // mark multiword for the checks below
		}
	}
	if best.verb < 0 {
		return cueHit{}, false
	}
	if w.upper && i != from {
		return cueHit{}, false // "United States", "Statement": names, not verbs
	}
	multi := best.rank == -1
	best.rank = 0
	prev := ""
	if i > from {
		prev = a.words[i-1].lower
	}
	next := ""
	if best.last+1 < to {
		next = a.words[best.last+1].lower
	}
	pc := a.prevContent(i, from)
	if best.lemma == "share" && !shareObjects[next] {
		return cueHit{}, false // "which shares a border": not speech
	}
	switch best.form {
	case FormBase:
		if !multi || modals[prev] || determiners[prev] {
			return cueHit{}, false
		}
		best.rank = 4
	case FormIng:
		if prev != "," && prev != "while" && prev != "and" && prev != "by" {
			return cueHit{}, false
		}
		if best.lemma == "quote" {
			return cueHit{}, false
		}
		best.rank = 3
	case FormThird:
		if nounLike[w.lower] && !multi && !(pc >= from && (a.isSubjectWord(pc))) {
			return cueHit{}, false
		}
		if determiners[prev] {
			return cueHit{}, false
		}
	case FormPast:
		if determiners[prev] || (i == from && w.upper) || prev == "when" || prev == "if" || prev == "as" || prev == "once" {
			return cueHit{}, false
		}
		passive := false
		for k := i - 1; k >= from && k >= i-3; k-- {
			lw := a.words[k].lower
			if passiveAux[lw] {
				passive = true
				break
			}
			if !auxiliaries[lw] && lw != "not" && lw != "never" && !(strings.HasSuffix(lw, "ly") && len(lw) > 4) {
				break
			}
		}
		if prev == "having" {
			// "Having noted ..., Erdogan expressed": a participle.
			best.form = FormIng
			best.rank = 3
			return best, true
		}
		if passive {
			if best.lemma == "quote" && next == "as" {
				// "was quoted as saying": the subject is the speaker.
				end := best.last
				for k := best.last + 1; k < to && k <= best.last+2; k++ {
					end = k
					if a.words[k].lower == "saying" {
						break
					}
				}
				best.span.End = a.words[end].End
				best.last = end
				return best, true
			}
			if noPassive[best.lemma] {
				return cueHit{}, false
			}
			best.passive = true
			best.rank = 2
		} else if next == "by" {
			// "crimes committed by the army": a reduced relative clause.
			return cueHit{}, false
		}
	}
	return best, true
}

// matchAfter checks the fixed words of c after the verb at i and returns the
// index of the last matched word.
func (a *analysis) matchAfter(c *cue, i, to int) (int, bool) {
	k := i + 1
	last := i
	for n, aw := range c.after {
		if n == 0 && c.gap && k < to && determiners[a.words[k].lower] {
			k++
		}
		if k >= to || a.words[k].lower != aw {
			return 0, false
		}
		last = k
		k++
	}
	return last, true
}

// isSubjectWord reports whether word k can end a subject: a pronoun, a
// capitalised word or a word inside an actor mention.
func (a *analysis) isSubjectWord(k int) bool {
	w := a.words[k]
	if subjectPronouns[w.lower] || w.upper {
		return true
	}
	return a.actorCovering(w.Span) >= 0
}

var subjectPronouns = set("he she it they we i you")

// shareObjects are the words after "share" that make it a speech verb
// ("shared that", "shared his plans", "shared specific examples").
var shareObjects = set("that his her their our its specific views details information plans assessments " +
	"assessment examples concerns concern thoughts news updates")
