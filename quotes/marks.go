package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// markedQuote is a stretch of text between quotation marks.
type markedQuote struct {
	content document.Span // the words, marks and edge spaces excluded
	open    int           // byte offset of the opening mark
	close   int           // byte offset of the closing mark, -1 when none
	closeE  int           // end of the closing mark (or of the content)
	para    int           // paragraph index of the opening mark
	// reopened: the quote opens a paragraph that continues an unclosed
	// quote of the paragraph before (the newspaper convention).
	reopened bool
	// unclosed: the paragraph ended before a closing mark.
	unclosed bool
}

// family groups quotation marks that pair with each other.
type family int

const (
	famNone family = iota
	famDouble
	famSingle
	famGuillemet
	famStraight
	famStraightSingle
)

// markRole classifies the rune at byte i of text as an opening or closing
// mark. Straight quotes and ’ are decided by their neighbours; open tells
// whether a quote of that family is open.
func markRole(text string, i int, r rune, open func(family) bool) (f family, opens, closes bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
	atEnd := i+utf8.RuneLen(r) >= len(text)
	prevSpace := i == 0 || unicode.IsSpace(prev) || isOpenMark(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
	nextSpace := atEnd || unicode.IsSpace(next)
	switch r {
	case '“', '„':
		return famDouble, true, false
	case '”':
		return famDouble, false, true
	case '«':
		return famGuillemet, true, false
	case '»':
		return famGuillemet, false, true
	case '‘':
		if prevSpace || !isWordRune(prev) {
			return famSingle, true, false
		}
	case '’':
		// An apostrophe sits between letters (Kyiv’s, wasn’t); a closing
		// mark is followed by space or punctuation.
		if open(famSingle) && !isWordRune(next) && !(i == 0 || unicode.IsSpace(prev)) {
			return famSingle, false, true
		}
	case '"':
		if open(famStraight) {
			return famStraight, false, true
		}
		if !nextSpace {
			return famStraight, true, false
		}
	case '\'':
		if open(famStraightSingle) && !isWordRune(next) && !unicode.IsSpace(prev) {
			return famStraightSingle, false, true
		}
		if prevSpace && isWordRune(next) {
			return famStraightSingle, true, false
		}
	}
	return famNone, false, false
}

// findMarked returns the quotations of text in order. Each paragraph is
// scanned on its own so that an unbalanced mark is recovered at the
// paragraph end instead of swallowing the rest of the article; an unclosed
// quotation whose text goes on, unreopened, to a closing mark in a later
// paragraph is extended to that mark.
func findMarked(text string, paras []document.Span) []markedQuote {
	var out []markedQuote
	carry := false // the previous paragraph ended inside a quotation
	skipTo := 0    // paragraphs already covered by an extended quotation
	for pi, p := range paras {
		if p.Start < skipTo {
			continue
		}
		var stack []family
		outer := -1 // index in out of the open outermost quote
		isOpen := func(f family) bool {
			for _, s := range stack {
				if s == f {
					return true
				}
			}
			return false
		}
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(text[i:])
			f, opens, closes := markRole(text, i, r, isOpen)
			switch {
			case closes && isOpen(f):
				for len(stack) > 0 {
					top := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if top == f {
						break
					}
				}
				if len(stack) == 0 && outer >= 0 {
					out[outer].close = i
					out[outer].closeE = i + n
					out[outer].content = trimSpan(text, document.Span{Start: out[outer].content.Start, End: i})
					outer = -1
				}
			case opens:
				if len(stack) > 0 && stack[0] == f && outer >= 0 {
					// The same mark opens again before the first closed: the
					// earlier quotation was never closed; end it here.
					out[outer].content = trimSpan(text, document.Span{Start: out[outer].content.Start, End: i})
					out[outer].closeE = i
					out[outer].unclosed = true
					stack = stack[:0]
					outer = -1
				}
				if len(stack) == 0 {
					out = append(out, markedQuote{
						content:  document.Span{Start: i + n, End: p.End},
						open:     i,
						close:    -1,
						para:     pi,
						reopened: carry && i == p.Start,
					})
					outer = len(out) - 1
				}
				stack = append(stack, f)
			}
			i += n
		}
		carry = false
		if outer >= 0 {
			q := &out[outer]
			q.content = trimSpan(text, document.Span{Start: q.content.Start, End: p.End})
			q.closeE = p.End
			q.unclosed = true
			fam := stack[0]
			if pi+1 < len(paras) && startsWithOpen(text, paras[pi+1], fam) {
				carry = true
			} else if end, endE, ok := closerAhead(text, p.End, fam); ok {
				q.content = trimSpan(text, document.Span{Start: q.content.Start, End: end})
				q.close, q.closeE, q.unclosed = end, endE, false
				skipTo = endE
			}
		}
	}
	return out
}

// startsWithOpen reports whether paragraph p opens with a mark of family f.
func startsWithOpen(text string, p document.Span, f family) bool {
	r, _ := utf8.DecodeRuneInString(text[p.Start:])
	g, opens, _ := markRole(text, p.Start, r, func(family) bool { return false })
	return opens && g == f
}

// closerAhead finds, after offset from, the next mark of family f; it
// reports it when it is a closing mark (the quotation went on over several
// paragraphs without reopening).
func closerAhead(text string, from int, f family) (start, end int, ok bool) {
	open := func(g family) bool { return g == f }
	// A statement quoted whole runs a few paragraphs; looking further would
	// make unbalanced marks cost quadratic time.
	limit := min(len(text), from+maxQuoteAhead)
	for i := from; i < limit; {
		r, n := utf8.DecodeRuneInString(text[i:])
		g, opens, closes := markRole(text, i, r, open)
		if f == famStraight && r == '"' {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			closes = !unicode.IsSpace(prev) && (i+n == len(text) || !isWordRune(next))
			opens = !closes
			g = f
		}
		if g == f {
			if closes {
				return i, i + n, true
			}
			if opens {
				return 0, 0, false
			}
		}
		i += n
	}
	return 0, 0, false
}

func trimSpan(text string, s document.Span) document.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// maxQuoteAhead bounds, in bytes, how far an unclosed quotation may be
// extended to a closing mark in a later paragraph.
const maxQuoteAhead = 20000
