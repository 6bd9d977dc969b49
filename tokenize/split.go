package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// wrapWidth is the shortest line taken as hard-wrapped prose: a line break
// after such a line without final punctuation continues the sentence,
// while a shorter line (a heading, a signature) ends one.
const wrapWidth = 60

// Sentences groups toks, the result of r.Tokens(text), into sentences. Every
// token belongs to exactly one sentence; the result is non-nil.
func (r *Rules) Sentences(text string, toks []document.Span) []document.Sentence {
	out := make([]document.Sentence, 0, len(toks)/8+1)
	first := 0
	for i := 0; i < len(toks); i++ {
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
		if gap == "" && !startsUpper(next) && !r.isOpener(next) {
			return last, false
		}
		return last, !startsLower(next) || r.LowerStarts
	case ellipsis:
		return last, lines == 1 || startsUpper(next) && next != "I"
	case abbreviation:
		if r.Titles[tok] || isInitials(tok) && len(tok) == 2 {
			return last, false
		}
		return last, gap != "" && r.Starters[next]
	}
	if lines == 1 {
		return last, r.lineEnds(text, toks, i, next)
	}
	return last, false
}

type terminalKind int

const (
	notTerminal terminalKind = iota
	period
	exclaim
	ellipsis
	abbreviation
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
	allDots, allBang := true, true
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		allDots = allDots && c == '.'
		allBang = allBang && (c == '!' || c == '?')
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
// punctuation: it ends a sentence unless the line looks hard-wrapped or
// the text plainly continues.
func (r *Rules) lineEnds(text string, toks []document.Span, i int, next string) bool {
	if startsLower(next) {
		return false
	}
	tok := text[toks[i].Start:toks[i].End]
	if strings.ContainsAny(tok, ",;:-–—&/(") && len(tok) <= 3 {
		return false
	}
	lineStart := strings.LastIndexByte(text[:toks[i].End], '\n') + 1
	return toks[i].End-lineStart < wrapWidth
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
	return n == len(tok) && strings.ContainsRune("\"'”’»›)]}", c)
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
