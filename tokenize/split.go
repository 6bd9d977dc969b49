package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// Hard-wrapped prose has lines of wrapWidth to maxWrapWidth bytes; a line
// break elsewhere is the end of a paragraph (see lineEnds).
const (
	wrapWidth    = 60
	maxWrapWidth = 100
)

// Sentences groups toks, the result of r.Tokens(text), into sentences. Every
// token belongs to exactly one sentence; the result is non-nil.
func (r *Rules) Sentences(text string, toks []document.Span) []document.Sentence {
	out := make([]document.Sentence, 0, len(toks)/8+1)
	first := 0
	for i := 0; i < len(toks); i++ {
		if i < len(toks)-1 && isDateline(text, toks, first, i) {
			// "BRUSSELS (AP) —": a wire story's dateline is not part of
			// its first sentence
			out = append(out, document.Sentence{
				Span:       document.Span{Start: toks[first].Start, End: toks[i].End},
				FirstToken: first, EndToken: i + 1,
			})
			first = i + 1
			continue
		}
		last, ok := r.sentenceEnd(text, toks, i)
		if !ok || last < len(toks)-1 && r.isListMarker(text, toks, first, i) {
			continue
		}
		out = append(out, document.Sentence{
			Span:       document.Span{Start: toks[first].Start, End: toks[last].End},
			FirstToken: first, EndToken: last + 1,
		})
		first, i = last+1, last
	}
	return out
}

// sentenceEnd reports whether a sentence ends at token i or, when closing
// quotes and brackets follow it, at the last of them.
func (r *Rules) sentenceEnd(text string, toks []document.Span, i int) (last int, ok bool) {
	if i == len(toks)-1 {
		return i, true
	}
	tok := text[toks[i].Start:toks[i].End]
	kind := r.terminal(tok)
	last = i
	if isSeparator(tok) || isSeparator(text[toks[i+1].Start:toks[i+1].End]) {
		return i, true
	}
	if kind == notTerminal && strings.IndexByte(text[toks[i].End:toks[i+1].Start], '\n') < 0 {
		return i, false
	}
	if kind != notTerminal {
		for last+1 < len(toks) {
			nt := text[toks[last+1].Start:toks[last+1].End]
			attached := toks[last+1].Start == toks[last].End
			if !(attached && r.isCloser(nt) || r.Emoticons[nt] && !strings.Contains(text[toks[last].End:toks[last+1].Start], "\n")) {
				break
			}
			last++
		}
		if last == len(toks)-1 {
			return last, true
		}
	}
	gap := text[toks[last].End:toks[last+1].Start]
	next := text[toks[last+1].Start:toks[last+1].End]
	lines := strings.Count(gap, "\n")
	if lines >= 2 {
		return last, true
	}
	switch kind {
	case period, exclaim:
		if lines == 1 {
			return last, true
		}
		if next == "." && kind == period {
			return last, false // a spaced ellipsis ". . ."
		}
		if gap == "" && !startsUpper(next) && !r.isOpener(next) {
			return last, false
		}
		return last, !startsLower(next) || r.LowerStarts
	case emoticon:
		return last, lines == 1 || gap != "" && startsUpper(next)
	case ellipsis:
		return last, lines == 1 || startsUpper(next)
	case abbreviation:
		if r.Titles[tok] || isInitials(tok) && len(tok) == 2 {
			return last, false
		}
		return last, gap != "" && r.Starters[next] || lines == 1 && r.lineEnds(text, toks, last, next)
	}
	if lines == 1 {
		return last, r.lineEnds(text, toks, i, next)
	}
	return last, false
}

// isSeparator reports whether tok is a rule made of one repeated
// character ("-----", "*****"), a sentence of its own.
func isSeparator(tok string) bool {
	return len(tok) >= 4 && strings.IndexByte("-_=*~#", tok[0]) >= 0 && sameByteRun(tok)
}

type terminalKind int

const (
	notTerminal terminalKind = iota
	period
	exclaim
	ellipsis
	abbreviation
	emoticon
)

// terminal classifies a token that may end a sentence.
func (r *Rules) terminal(tok string) terminalKind {
	switch tok {
	case ".":
		return period
	case "…":
		return ellipsis
	}
	if tok == "" {
		return notTerminal
	}
	if r.emoticonStart[tok[0]] && r.Emoticons[tok] {
		return emoticon
	}
	allDots, allBang := true, true
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		allDots = allDots && c == '.'
		allBang = allBang && isFinalPunct(c)
	}
	switch {
	case allDots:
		return ellipsis
	case allBang:
		return exclaim
	case tok[len(tok)-1] == '.' && len(tok) > 1:
		return abbreviation
	}
	return notTerminal
}

// lineEnds decides a single line break after token i that has no final
// punctuation. A line too long for hard-wrapped prose is a paragraph of
// its own, and so is a short line (a heading, a signature); a line of
// wrapping width continues when the text plainly goes on (a lower-case
// word next, a comma or dash before). A line ending in a word that never
// ends a sentence ("the") continues whatever its width.
func (r *Rules) lineEnds(text string, toks []document.Span, i int, next string) bool {
	lineStart := strings.LastIndexByte(text[:toks[i].End], '\n') + 1
	width := toks[i].End - lineStart
	tok := text[toks[i].Start:toks[i].End]
	if width >= maxWrapWidth {
		return true
	}
	if r.Continuers[tok] {
		return false
	}
	if width < wrapWidth {
		return true
	}
	return !startsLower(next) && !(len(tok) <= 3 && strings.ContainsAny(tok, ",;:-–—&/("))
}

// isListMarker reports whether token i is the period of a list number
// ("2.", "b.") that begins a sentence or follows a colon: the number opens
// the next sentence instead of being one.
func (r *Rules) isListMarker(text string, toks []document.Span, first, i int) bool {
	if i == 0 || text[toks[i].Start:toks[i].End] != "." {
		return false
	}
	marker := toks[i-1]
	if marker.End != toks[i].Start || marker.Len() > 2 {
		return false
	}
	if i-1 != first && text[toks[i-2].Start:toks[i-2].End] != ":" {
		return false
	}
	m := text[marker.Start:marker.End]
	return isDigit(m[0]) && (len(m) == 1 || isDigit(m[1])) || len(m) == 1 && isASCIILetter(m[0])
}

func (r *Rules) isCloser(tok string) bool {
	c, n := utf8.DecodeRuneInString(tok)
	return n == len(tok) && strings.ContainsRune("\"'”’»›)]}", c) || quoteRun(tok) == len(tok)
}

func (r *Rules) isOpener(tok string) bool {
	c, n := utf8.DecodeRuneInString(tok)
	return n == len(tok) && strings.ContainsRune(r.Openers, c)
}

func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}

func startsLower(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(c)
}

// isDateline reports whether tokens first..i are a news dateline ending in
// its separator at i: at the start of a paragraph, a place in capitals
// ("BRUSSELS", "GAZA CITY", "ST. PETERSBURG"), optionally a comma and a
// region or country in ordinary case ("GAZA CITY, Palestinian
// Territories") and an agency in brackets ("(AP)", "(Reuters)"), then a
// dash or a colon, and a capitalised word after it.
func isDateline(text string, toks []document.Span, first, i int) bool {
	sep := text[toks[i].Start:toks[i].End]
	if sep != "—" && sep != "–" && sep != "--" && sep != "-" && sep != ":" || i == first || i-first > 12 {
		return false
	}
	if ls := strings.LastIndexByte(text[:toks[first].Start], '\n'); strings.TrimSpace(text[ls+1:toks[first].Start]) != "" {
		return false // not at the start of a line
	}
	if next := text[toks[i+1].Start:toks[i+1].End]; !startsUpper(next) && !isDigit(next[0]) && !strings.ContainsAny(next[:1], "\"'“‘") {
		return false
	}
	k, caps, letters := first, 0, 0
	for ; k < i && isCapsWord(text[toks[k].Start:toks[k].End]); k++ {
		caps++
		letters += toks[k].Len()
	}
	if caps == 0 || caps > 4 || letters < 4 {
		return false // "PS -- There is ...": no place
	}
	if k < i && text[toks[k].Start:toks[k].End] == "," {
		// the region or country, or the date: capitalised words and
		// numbers ("Palestinian Territories", "March 3")
		k++
		n := 0
		for ; k < i && n < 4; k++ {
			w := text[toks[k].Start:toks[k].End]
			if !startsUpper(w) && !isDigit(w[0]) {
				break
			}
			n++
		}
		if n == 0 {
			return false
		}
	}
	if k+2 < i && text[toks[k].Start:toks[k].End] == "(" && text[toks[k+2].Start:toks[k+2].End] == ")" &&
		startsUpper(text[toks[k+1].Start:toks[k+1].End]) {
		k += 3 // the agency
	}
	return k == i
}

// isCapsWord reports whether w is a word in capitals (two letters or
// more; dots, hyphens and apostrophes allowed: "ST.", "AL-ARISH").
func isCapsWord(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == '.' || c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return letters >= 2
}
