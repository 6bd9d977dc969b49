package timex

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// lexicalTense classifies word i of ws as a tense cue, looking at its
// neighbours for auxiliaries ("will be held" is future, "has met" past).
func lexicalTense(ws []word, i int) Direction {
	at := func(k int) string {
		if k < 0 || k >= len(ws) {
			return ""
		}
		return ws[k].Low
	}
	w := at(i)
	switch w {
	case "will", "shall", "'ll":
		return Future
	case "would", "must", "may", "might", "should":
		return Future
	case "going", "due", "plan", "plans", "planned", "planning", "intends", "intend", "aims", "aim", "hopes", "hope":
		if at(i+1) == "to" {
			return Future
		}
		return Unknown
	case "scheduled", "expected", "upcoming", "forthcoming", "slated":
		return Future
	}
	if pastAux[w] && w != "last" && w != "yesterday" {
		return Past
	}
	if presentCues[w] {
		// "is repeating", "are meeting": a present event, not a state
		if nx := at(i + 1); len(nx) > 4 && strings.HasSuffix(nx, "ing") {
			return Unknown
		}
		return Present
	}
	past := irregularPast[w] || (len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w])
	if past {
		switch at(i - 1) {
		case "be", "being":
			switch at(i - 2) {
			case "will", "would", "to", "shall", "'ll", "could", "may", "might", "should", "must":
				return Future
			}
			return Unknown
		case "is", "are", "am":
			return Present
		case "to":
			return Unknown
		}
		if isUpper(ws[i].Text) && i > 0 {
			return Unknown // a name ("United", "Ahmed")
		}
		return Past
	}
	return Unknown
}

// lexicalDirection finds the nearest tense cue to the word range [first,
// end) inside the sentence words ws. The scan to the right stops at a
// clause boundary (";", ", and", ", but"); at equal distance the left cue
// wins, since the verb a time phrase modifies usually comes before it.
func lexicalDirection(ws []word, first, end int) Direction {
	left, dl := Unknown, 0
	for k := first - 1; k >= 0; k-- {
		if ws[k].Low == ";" {
			break
		}
		if d := lexicalTense(ws, k); d != Unknown {
			left, dl = d, first-k
			break
		}
	}
	right, dr := Unknown, 0
	for k := end; k < len(ws); k++ {
		w := ws[k].Low
		if w == ";" || (w == "," && k+1 < len(ws) && (ws[k+1].Low == "and" || ws[k+1].Low == "but" || ws[k+1].Low == "while")) {
			break
		}
		if d := lexicalTense(ws, k); d != Unknown {
			right, dr = d, k-end+1
			break
		}
	}
	switch {
	case left == Unknown:
		return right
	case right == Unknown || dl <= dr:
		return left
	}
	return right
}

// spanHead returns the token of [first, end) whose head lies outside the
// range (the phrase's syntactic head), or -1.
func spanHead(doc *document.Document, first, end int) int {
	for t := first; t < end; t++ {
		h := doc.Tokens[t].Head
		if h < first || h >= end {
			return t
		}
	}
	return -1
}

// governingVerb walks up from token t to the nearest verb (or the root).
func governingVerb(doc *document.Document, t int) int {
	seen := 0
	for cur := doc.Tokens[t].Head; cur >= 0 && cur < len(doc.Tokens) && seen < 64; cur = doc.Tokens[cur].Head {
		seen++
		tok := doc.Tokens[cur]
		if tok.UPOS == "VERB" || tok.UPOS == "AUX" || tok.Head == document.RootHead {
			return cur
		}
	}
	return -1
}

// syntacticTense reads the tense of verb v from its own tag and its
// auxiliaries.
func syntacticTense(doc *document.Document, v int) Direction {
	lo, hi := v-12, v+12
	if lo < 0 {
		lo = 0
	}
	if hi > len(doc.Tokens) {
		hi = len(doc.Tokens)
	}
	for k := lo; k < hi; k++ {
		t := doc.Tokens[k]
		if t.Head != v || !(strings.HasPrefix(t.DepRel, "aux") || t.DepRel == "cop") {
			continue
		}
		w := strings.ToLower(doc.TokenText(k))
		switch w {
		case "will", "would", "shall", "'ll", "wo":
			return Future
		}
		switch t.XPOS {
		case "VBD":
			return Past
		case "VBZ", "VBP":
			if w == "has" || w == "have" || w == "'ve" {
				return Past
			}
			if doc.Tokens[v].XPOS == "VBG" {
				return Unknown // "is meeting": a present event, direction open
			}
			if doc.Tokens[v].XPOS == "VBN" || t.DepRel == "cop" {
				return Present
			}
		case "TO":
			return Future
		}
	}
	switch doc.Tokens[v].XPOS {
	case "VBD":
		return Past
	case "VBZ", "VBP":
		return Present
	}
	// a bare participle ("the talks, scheduled for May 23") says nothing
	return Unknown
}

// lexicalVerb reports whether token k looks like a verb without tags.
func lexicalVerb(doc *document.Document, k int) (verb, aux bool) {
	t := doc.Tokens[k]
	if t.UPOS != "" {
		return t.UPOS == "VERB" || t.UPOS == "AUX", t.UPOS == "AUX"
	}
	w := strings.ToLower(doc.TokenText(k))
	if auxWords[w] {
		return true, true
	}
	if irregularPast[w] || presentCues[w] || (len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w]) {
		return true, false
	}
	return false, false
}

// nearestVerb returns the verb-like token nearest to [first, end) within
// the sentence token range [lo, hi), preferring full verbs to auxiliaries.
func nearestVerb(doc *document.Document, first, end, lo, hi int) int {
	bestAux := -1
	for d := 1; first-d >= lo || end-1+d < hi; d++ {
		for _, k := range []int{first - d, end - 1 + d} {
			if k < lo || k >= hi || (k >= first && k < end) {
				continue
			}
			v, a := lexicalVerb(doc, k)
			if v && !a {
				return k
			}
			if v && bestAux < 0 {
				bestAux = k
			}
		}
	}
	if bestAux >= 0 {
		if v := verbAfterModal(doc, bestAux, hi); v >= 0 {
			return v
		}
	}
	return bestAux
}

var modals = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "'ll": true}

// verbAfterModal returns the verb a modal at k governs ("could end",
// "would have", "will be held"), or -1.
func verbAfterModal(doc *document.Document, k, hi int) int {
	if !modals[strings.ToLower(doc.TokenText(k))] {
		return -1
	}
	j := k + 1
	for j < hi {
		w := strings.ToLower(doc.TokenText(j))
		if w != "not" && w != "n't" && !strings.HasSuffix(w, "ly") {
			break
		}
		j++
	}
	if j >= hi {
		return -1
	}
	w := strings.ToLower(doc.TokenText(j))
	if (w == "be" || w == "have") && j+1 < hi {
		if nx := strings.ToLower(doc.TokenText(j + 1)); nx == "been" || irregularPast[nx] || (len(nx) >= 5 && strings.HasSuffix(nx, "ed")) {
			if nx == "been" && j+2 < hi {
				return j + 2
			}
			return j + 1
		}
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return -1
		}
	}
	return j
}
