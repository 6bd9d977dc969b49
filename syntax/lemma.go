package syntax

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Lemmatizer maps (form, XPOS) to a lemma: first from forms seen in
// training (which covers irregulars such as met → meet, was → be), then by
// the suffix-rewrite rule learned for the longest known suffix of the
// form under that XPOS. A rule is "L|cut|add": optionally lowercase, cut
// that many bytes from the end, then append add.
type Lemmatizer struct {
	Seen  map[string]string // form + "\t" + XPOS → lemma
	Rules map[string]string // XPOS + "\t" + lowercase suffix → rule

	knownOnce sync.Once
	known     map[string]bool // lemmas of Seen
}

// isKnown reports whether lemma is a lemma seen in training or, for a
// content word, a lemma of its word class in the word-class lexicon
// (underscored → underscore, not underscor).
func (l *Lemmatizer) isKnown(lemma, upos string) bool {
	l.knownOnce.Do(func() {
		l.known = make(map[string]bool, len(l.Seen))
		for _, v := range l.Seen {
			l.known[v] = true
		}
	})
	if l.known[lemma] {
		return true
	}
	class, ok := lemmaClass[upos]
	if !ok {
		return false
	}
	b, ok := wordClasses()[lemma]
	return ok && b&(1<<strings.IndexByte(wordClassLetters, class)) != 0
}

// lemmaClass is the word-class letter (see wordClassLetters) a lemma of
// each content part of speech must have in the lexicon.
var lemmaClass = map[string]byte{"VERB": 'v', "NOUN": 'n', "ADJ": 'a', "ADV": 'r'}

const maxSuffix = 6

// Lemma returns the lemma of form tagged upos/xpos.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if lem, ok := l.Seen[form+"\t"+xpos]; ok {
		return lem
	}
	lower := strings.ToLower(form)
	if lem, ok := l.Seen[lower+"\t"+xpos]; ok && upos != "PROPN" {
		return lem
	}
	// The rule of the longest known suffix wins, unless a shorter
	// suffix's rule yields a lemma seen in training and it does not.
	first := ""
	for k := min(maxSuffix, utf8.RuneCountInString(lower)); k >= 0; k-- {
		if r, ok := l.Rules[xpos+"\t"+suffix(lower, k)]; ok {
			if lem, ok := applyRule(form, r); ok {
				if l.isKnown(lem, upos) {
					return lem
				}
				if first == "" {
					first = lem
				}
			}
		}
	}
	if first != "" {
		// A rule learned from other words can cut one letter too many
		// (underscored → underscor): the lexicon knows the longer form.
		if !l.isKnown(first, upos) && l.isKnown(first+"e", upos) {
			return first + "e"
		}
		return first
	}
	if upos == "PROPN" {
		return form
	}
	return lower
}

func ruleFor(form, lemma string) string {
	lower := strings.ToLower(form)
	base, flag := form, "-"
	if commonPrefix(lower, lemma) > commonPrefix(form, lemma) {
		base, flag = lower, "L"
	}
	cp := commonPrefix(base, lemma)
	return flag + "|" + strconv.Itoa(len(base)-cp) + "|" + lemma[cp:]
}

func applyRule(form, rule string) (string, bool) {
	flag, rest, _ := strings.Cut(rule, "|")
	cutS, add, _ := strings.Cut(rest, "|")
	cut, err := strconv.Atoi(cutS)
	base := form
	if flag == "L" {
		base = strings.ToLower(form)
	}
	if err != nil || cut > len(base) || cut < 0 {
		return "", false
	}
	out := base[:len(base)-cut] + add
	if out == "" || !utf8.ValidString(out) {
		return "", false
	}
	return out, true
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return i
}

// trainLemmatizer learns the table and the rules from (form, XPOS, lemma)
// triples of the training treebank.
func trainLemmatizer(sents []trainSentence) *Lemmatizer {
	seen := map[string]map[string]int{}
	for _, s := range sents {
		for i, w := range s.words {
			k := w + "\t" + s.xpos[i]
			if seen[k] == nil {
				seen[k] = map[string]int{}
			}
			seen[k][s.lemmas[i]]++
		}
	}
	l := &Lemmatizer{Seen: map[string]string{}, Rules: map[string]string{}}
	ruleCounts := map[string]map[string]int{}
	for k, m := range seen {
		lem := mostFrequent(m)
		l.Seen[k] = lem
		form, xpos, _ := strings.Cut(k, "\t")
		r := ruleFor(form, lem)
		lower := strings.ToLower(form)
		for n := 0; n <= min(maxSuffix, utf8.RuneCountInString(lower)); n++ {
			sk := xpos + "\t" + suffix(lower, n)
			if ruleCounts[sk] == nil {
				ruleCounts[sk] = map[string]int{}
			}
			ruleCounts[sk][r]++
		}
	}
	for sk, m := range ruleCounts {
		r := mostFrequent(m)
		_, suf, _ := strings.Cut(sk, "\t")
		if m[r] >= 2 || suf == "" {
			l.Rules[sk] = r
		}
	}
	return l
}

// mostFrequent returns the key with the highest count, ties broken by the
// smaller key so training is deterministic.
func mostFrequent(m map[string]int) string {
	best, bn := "", -1
	for k, n := range m {
		if n > bn || (n == bn && k < best) {
			best, bn = k, n
		}
	}
	return best
}
