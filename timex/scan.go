package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one scanned unit: a run of letters and digits, or one other
// non-space rune. Start and End are byte offsets into the scanned text.
type word struct {
	Start, End int
	Text       string // as in the text
	Low        string // lower case, curly apostrophes made straight
	// SpaceBefore reports whether white space separates it from the
	// previous word.
	SpaceBefore bool
	// NewlineBefore reports a line break since the previous word.
	NewlineBefore bool
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scan splits text into words. It never fails: invalid UTF-8 bytes become
// one-byte punctuation words.
func scan(text string, base int) []word {
	ws := make([]word, 0, len(text)/5+1)
	space, nl := true, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				nl = true
			}
			i += n
			continue
		}
		j := i + n
		if isWordRune(r) {
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
		}
		t := text[i:j]
		low := strings.ToLower(t)
		if low == "’" || low == "‘" {
			low = "'"
		}
		if low == "–" || low == "—" || low == "‑" {
			low = "-"
		}
		ws = append(ws, word{Start: base + i, End: base + j, Text: t, Low: low, SpaceBefore: space, NewlineBefore: nl})
		space, nl = false, false
		i = j
	}
	return ws
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
