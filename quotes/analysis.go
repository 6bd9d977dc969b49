package quotes

import (
	"sort"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// analysis holds one document's working state while the stage runs.
type analysis struct {
	doc   *document.Document
	text  string
	lx    *Lexicon
	words []word
	sents []document.Span
	paras []document.Span
	ments []ment // actor mentions, by start
	// maxMention is the longest mention's length, to bound searches.
	maxMention int
	syntax     bool

	quoted []document.Span // every quotation, marks included: no cues or subjects inside
	added  map[string]int  // actors appended by this stage, by lower-cased name

	lastSpeaker int           // speaker of the latest quote or report, -1 none
	lastSent    int           // its sentence
	open        document.Span // a statement quotation being read as reported speech
	group       int           // 1 + index of the appended group actor; 0 none yet
}

type ment struct {
	document.Span
	actor int
	kind  string
}

func newAnalysis(doc *document.Document, lx *Lexicon) *analysis {
	a := &analysis{doc: doc, text: doc.Text, lx: lx, lastSpeaker: -1, lastSent: -100, added: map[string]int{}}
	a.words = scanWords(doc.Text)
	for _, s := range doc.Sentences {
		if s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End {
			a.sents = append(a.sents, s.Span)
		}
	}
	if len(a.sents) == 0 {
		a.sents = splitSentences(doc.Text)
	}
	a.paras = paragraphs(doc.Text)
	for ai, ac := range doc.Actors {
		for _, m := range ac.Mentions {
			if m.Start >= 0 && m.End <= len(doc.Text) && m.Start < m.End {
				a.ments = append(a.ments, ment{Span: m.Span, actor: ai, kind: m.Kind})
			}
		}
	}
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].Start < a.ments[j].Start })
	for _, m := range a.ments {
		a.maxMention = max(a.maxMention, m.Len())
	}
	a.syntax = doc.Has(document.LayerSyntax) && len(doc.Tokens) > 0
	return a
}

// wordIndex returns the index of the first word starting at or after off.
func (a *analysis) wordIndex(off int) int {
	return sort.Search(len(a.words), func(i int) bool { return a.words[i].Start >= off })
}

// wordRange returns the words lying in s.
func (a *analysis) wordRange(s document.Span) (int, int) {
	i := a.wordIndex(s.Start)
	j := i
	for j < len(a.words) && a.words[j].End <= s.End {
		j++
	}
	return i, j
}

// sentenceAt returns the index of the sentence containing off, or of the
// last sentence starting before it.
func (a *analysis) sentenceAt(off int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].Start > off })
	return i - 1
}

func (a *analysis) paragraphAt(off int) int {
	i := sort.Search(len(a.paras), func(i int) bool { return a.paras[i].Start > off })
	return i - 1
}

func (a *analysis) inQuoted(off int) bool {
	if a.open.Start <= off && off < a.open.End {
		return false
	}
	// quoted is ordered by start and its spans do not overlap.
	i := sort.Search(len(a.quoted), func(i int) bool { return a.quoted[i].Start > off })
	return i > 0 && off < a.quoted[i-1].End
}

// mentionFrom returns the index of the first mention that may overlap a
// span starting at off.
func (a *analysis) mentionFrom(off int) int {
	return sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= off-a.maxMention })
}

// actorCovering returns the actor of the longest mention overlapping s, -1.
func (a *analysis) actorCovering(s document.Span) int {
	best, bestLen := -1, 0
	for _, m := range a.ments[a.mentionFrom(s.Start):] {
		if m.Start >= s.End {
			break
		}
		if m.Overlaps(s) && m.Len() > bestLen {
			best, bestLen = m.actor, m.Len()
		}
	}
	return best
}

func (a *analysis) isPerson(actor int) bool {
	return actor >= 0 && actor < len(a.doc.Actors) && a.doc.Actors[actor].Type == "person"
}

// leftmostIn returns the actor of the first mention in s outside quotations
// that satisfies ok, or -1.
func (a *analysis) leftmostIn(s document.Span, ok func(int) bool) int {
	for _, m := range a.ments[a.mentionFrom(s.Start):] {
		if m.Start >= s.End {
			break
		}
		if m.Start >= s.Start && !a.inQuoted(m.Start) && ok(m.actor) {
			return m.actor
		}
	}
	return -1
}

// latestBefore returns the actor of the last mention ending before off that
// satisfies ok, or -1.
func (a *analysis) latestBefore(off int, ok func(int) bool) int {
	end := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= off })
	for i := end - 1; i >= 0; i-- {
		m := a.ments[i]
		if m.End <= off && ok(m.actor) {
			return m.actor
		}
	}
	return -1
}

var personPronouns = set("he she him her his")
var thingPronouns = set("it its")
var groupPronouns = set("they them their")

// resolvePronoun finds the actor a pronoun at word k refers to, when the
// actors layer did not link it: he/she → the subject (first person named)
// of the nearest earlier sentence naming a person, or the latest speaker;
// it → the first state or organization of the nearest earlier sentence.
func (a *analysis) resolvePronoun(k int) int {
	w := a.words[k]
	if act := a.actorCovering(w.Span); act >= 0 {
		return act
	}
	si := a.sentenceAt(w.Start)
	var ok func(int) bool
	switch {
	case personPronouns[w.lower]:
		ok = a.isPerson
	case thingPronouns[w.lower]:
		ok = func(x int) bool { return x >= 0 && !a.isPerson(x) }
	case groupPronouns[w.lower]:
		ok = func(x int) bool { return x >= 0 }
	default:
		return -1
	}
	if si >= 0 {
		// An earlier person in the same sentence ("Putin ..., and he said").
		head := document.Span{Start: a.sents[si].Start, End: w.Start}
		if x := a.leftmostIn(head, ok); x >= 0 && personPronouns[w.lower] {
			return x
		}
	}
	if a.lastSpeaker >= 0 && ok(a.lastSpeaker) && si-a.lastSent <= 1 {
		return a.lastSpeaker
	}
	for back := 1; back <= 3 && si-back >= 0; back++ {
		if x := a.leftmostIn(a.sents[si-back], ok); x >= 0 {
			return x
		}
	}
	if a.lastSpeaker >= 0 && ok(a.lastSpeaker) && si-a.lastSent <= 4 {
		return a.lastSpeaker
	}
	return a.latestBefore(w.Start, ok)
}

// descriptionHeads are role nouns that, after "the", describe a person
// named elsewhere ("the Head of State", "the Russian leader").
var descriptionHeads = set("president leader chancellor premier minister king queen emir secretary spokesman " +
	"spokeswoman spokesperson envoy ambassador chief head state")

// resolveDescription resolves "the [adjectives] ROLE" ending at word k when
// the actors layer did not: the latest person whose role names ROLE, else
// the pronoun rule for "he".
func (a *analysis) resolveDescription(k, from int) int {
	w := a.words[k]
	if !descriptionHeads[w.lower] {
		return -1
	}
	// Walk back to "the".
	j := k
	for j > from && j > k-5 && a.words[j-1].letter && a.words[j-1].lower != "the" {
		j--
	}
	if j <= from || a.words[j-1].lower != "the" {
		return -1
	}
	role := w.lower
	if role == "state" {
		role = "president"
	}
	x := a.latestBefore(w.Start, func(x int) bool {
		return a.isPerson(x) && strings.Contains(strings.ToLower(a.doc.Actors[x].Role), role)
	})
	if x >= 0 {
		return x
	}
	return a.resolvePersonAt(k)
}

// resolvePersonAt resolves a person reference at word k as "he" would be.
func (a *analysis) resolvePersonAt(k int) int {
	si := a.sentenceAt(a.words[k].Start)
	if a.lastSpeaker >= 0 && a.isPerson(a.lastSpeaker) && si-a.lastSent <= 2 {
		return a.lastSpeaker
	}
	for back := 0; back <= 3 && si-back >= 0; back++ {
		s := a.sents[si-back]
		if back == 0 {
			s.End = a.words[k].Start
		}
		if x := a.leftmostIn(s, a.isPerson); x >= 0 {
			return x
		}
	}
	return a.latestBefore(a.words[k].Start, a.isPerson)
}

func isBoundary(w word) bool {
	if w.letter {
		return false
	}
	switch w.lower {
	case ".", "!", "?", ";", ":", "“", "”", "\"", "«", "»", "‘", "’", "(", ")":
		return true
	}
	return false
}
