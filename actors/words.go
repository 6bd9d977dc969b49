package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// word is one token as the actor rules see it: its byte span, its text and
// the sentence it is in.
type word struct {
	document.Span
	text     string
	sent     int
	sentHead bool // first word of its sentence (capitalisation says little)
	upos     string
	// head and rel are the word's syntactic head (a word index, -1 when
	// none or unparsed) and its dependency relation ("" when unparsed).
	head int
	rel  string
}

// wordsOf returns the words of doc: its tokens when the tokenize stage ran,
// otherwise a simple split (letters/digits with inner . ' - ’, and single
// punctuation marks) with sentences broken after . ! ? and newlines. The
// fallback never writes doc.Tokens: that layer belongs to the tokenizer.
func wordsOf(doc *document.Document) []word {
	if len(doc.Tokens) > 0 {
		ws := make([]word, len(doc.Tokens))
		sent := -1
		for i, t := range doc.Tokens {
			s := doc.SentenceOf(i)
			ws[i] = word{Span: t.Span, text: doc.Text[t.Start:t.End], sent: s, upos: t.UPOS, head: -1, rel: t.DepRel}
			if t.Head >= 0 && t.Head < len(doc.Tokens) {
				ws[i].head = t.Head
			}
			if s < 0 {
				// no sentence layer: break at newlines and sentence punctuation
				s = sent
				if i == 0 {
					s = 0
				} else if prev := ws[i-1].text; prev == "." || prev == "!" || prev == "?" ||
					strings.Contains(doc.Text[doc.Tokens[i-1].End:t.Start], "\n") {
					s = sent + 1
				}
				ws[i].sent = s
			}
			ws[i].sentHead = s != sent
			sent = s
		}
		return ws
	}
	return splitWords(doc.Text)
}

var abbrevs = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Lt": true, "Col": true, "Maj": true, "Sgt": true, "Capt": true, "Adm": true, "Sen": true, "Rep": true,
	"Gov": true, "Prof": true, "Rev": true, "No": true, "vs": true, "Inc": true, "Ltd": true, "Co": true, "Corp": true}

func splitWords(text string) []word {
	var ws []word
	sent, newSent := 0, true
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && len(ws) > 0 {
				newSent = true
			}
			i += n
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += n
			for i < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					i += n2
					continue
				}
				if r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’' {
					r3, _ := utf8.DecodeRuneInString(text[i+n2:])
					if (unicode.IsLetter(r3) || unicode.IsDigit(r3)) && !((r2 == '\'' || r2 == '’') && (r3 == 's' && !isLetterAt(text, i+n2+1))) {
						i += n2
						continue
					}
					// initials and abbreviations keep their final period: "U.S." "Mr."
					if r2 == '.' && (strings.Contains(text[start:i], ".") || abbrevs[text[start:i]] || (i-start == 1 && unicode.IsUpper(r))) {
						i += n2
					}
				}
				break
			}
		} else if (r == '\'' || r == '’') && i+n < len(text) && text[i+n] == 's' && !isLetterAt(text, i+n+1) {
			i += n + 1
		} else {
			i += n
		}
		if newSent {
			if len(ws) > 0 {
				sent++
			}
		}
		ws = append(ws, word{Span: document.Span{Start: start, End: i}, text: text[start:i], sent: sent, sentHead: newSent, head: -1})
		newSent = false
		if t := text[start:i]; t == "." || t == "!" || t == "?" {
			newSent = true
		}
	}
	return ws
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isNameWord reports whether w can be part of a proper name: a capitalised
// word of letters (inner hyphens, apostrophes and periods allowed).
func isNameWord(w string) bool {
	if !isCap(w) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters > 0
}

// nameParticles may appear in lower case inside a name ("Mohammed bin Salman").
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "von": true, "der": true,
	"van": true, "de": true, "da": true, "dos": true, "du": true, "la": true, "le": true, "di": true, "del": true}
