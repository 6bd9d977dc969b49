package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// word is one word or punctuation mark of the text, found by the stage's own
// scanner so that it works whether or not the tokenizer ran.
type word struct {
	document.Span
	lower  string // lower-cased text
	letter bool   // starts with a letter or digit
	upper  bool   // starts with an upper-case letter
}

// scanWords splits text into words and single punctuation marks. A word is a
// run of letters and digits with internal apostrophes, hyphens and periods
// ("Kyiv’s", "large-scale", "U.S."); everything else but space is one mark.
func scanWords(text string) []word {
	var ws []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			ws = append(ws, word{Span: document.Span{Start: i, End: i + n}, lower: text[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if j+n2 < len(text) && isWordRune(r3) && (r2 != '.' || unicode.IsUpper(r3) || unicode.IsDigit(r3)) {
					j += n2
					continue
				}
				// "U.S." keeps its last period when the word is an initialism.
				if r2 == '.' && (strings.Contains(text[i:j], ".") || abbreviations[strings.ToLower(text[i:j])]) {
					j += n2
				}
			}
			break
		}
		ws = append(ws, word{Span: document.Span{Start: i, End: j}, lower: strings.ToLower(text[i:j]), letter: true, upper: unicode.IsUpper(r)})
		i = j
	}
	return ws
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// abbreviations that do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true,
	"col": true, "sen": true, "rep": true, "no": true, "jr": true, "sr": true, "vs": true,
	"gov": true, "prof": true, "capt": true, "maj": true, "sgt": true, "adm": true, "approx": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"e.g": true, "i.e": true, "etc": true, "cf": true, "pres": true, "sec": true, "amb": true,
}

// splitSentences is the fallback sentence splitter used when the tokenizer
// did not run: it breaks at line ends and after . ! ? (with any closing
// quotation marks) followed by space and an upper-case letter, a digit or an
// opening mark.
func splitSentences(text string) []document.Span {
	var out []document.Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, document.Span{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			i += n
			start = i
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == '»' {
					j += n2
					continue
				}
				break
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			split := k == len(text) ||
				(k > j && (unicode.IsUpper(next) || unicode.IsDigit(next) || isOpenMark(next))) ||
				(k == j && isOpenMark(next))
			if split {
				if r != '.' || !abbreviationBefore(text, i) {
					emit(j)
					i = j
					continue
				}
			}
		}
		i += n
	}
	emit(len(text))
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// abbreviationBefore reports whether the period at i ends an abbreviation or
// an initial ("J.").
func abbreviationBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= n
	}
	w := strings.ToLower(text[j:i])
	if abbreviations[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[j:i])
	return n == i-j && unicode.IsUpper(r)
}

func isOpenMark(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '«' || r == '„'
}

// paragraphs returns the non-blank lines of text: news texts put one
// paragraph per line (blank lines between them are skipped).
func paragraphs(text string) []document.Span {
	var out []document.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			s, e := start, i
			for s < e && isSpaceByte(text[s]) {
				s++
			}
			for e > s && isSpaceByte(text[e-1]) {
				e--
			}
			if e > s {
				out = append(out, document.Span{Start: s, End: e})
			}
			start = i + 1
		}
	}
	return out
}
