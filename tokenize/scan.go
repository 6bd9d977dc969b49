package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// Tokens returns the token spans of text under the rules r: ordered,
// non-overlapping byte ranges on UTF-8 boundaries. Everything outside the
// spans is whitespace. Invalid UTF-8 bytes become tokens of their own.
func (r *Rules) Tokens(text string) []document.Span {
	sc := scanner{r: r, text: text, out: make([]document.Span, 0, len(text)/4+1)}
	i := 0
	for i < len(text) {
		// Skip whitespace.
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if ru, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(ru) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			ru, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(ru) {
				break
			}
			j += n
		}
		sc.chunk(i, j)
		i = j
	}
	return sc.out
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// scanner holds one Tokens call's state.
type scanner struct {
	r    *Rules
	text string
	out  []document.Span
}

func (sc *scanner) emit(s, e int) {
	if s < e {
		sc.out = append(sc.out, document.Span{Start: s, End: e})
	}
}

// chunk tokenizes text[s:e], a run without whitespace: it peels prefixes
// off the front and suffixes off the back until a whole word remains, and
// splits that word at infix punctuation, recursing into the left part.
func (sc *scanner) chunk(s, e int) {
	var stackBuf [8]document.Span
	suffixes := stackBuf[:0]
	if s >= e || sc.plainWord(s, e) {
		return
	}
	for s < e {
		w := sc.text[s:e]
		if sc.whole(w, e) {
			if at := sc.finalPeriod(w, e); at > 0 {
				sc.emit(s, s+at)
				sc.emit(s+at, e)
			} else {
				sc.emit(s, e)
			}
			break
		}
		if n := sc.r.linkLen(w); n > 0 {
			sc.emit(s, s+n)
			s += n
			continue
		}
		if n := sc.prefixLen(w); n > 0 {
			sc.emit(s, s+n)
			s += n
			continue
		}
		if n := sc.suffixLen(w); n > 0 {
			suffixes = append(suffixes, document.Span{Start: e - n, End: e})
			e -= n
			continue
		}
		if at, n := sc.infix(w); n > 0 {
			sc.chunk(s, s+at)
			sc.emit(s+at, s+at+n)
			s += at + n
			continue
		}
		if at, ok := sc.contraction(w); ok {
			sc.emit(s, s+at)
			sc.emit(s+at, e)
			break
		}
		sc.emit(s, e)
		break
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		sc.emit(suffixes[i].Start, suffixes[i].End)
	}
}

// plainWord emits text[s:e] and reports true when it holds only ASCII
// letters or only digits, the common case that needs no rules but
// contractions.
func (sc *scanner) plainWord(s, e int) bool {
	w := sc.text[s:e]
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isASCIILetter(c):
			letters++
		case isDigit(c):
			digits++
		default:
			return false
		}
	}
	if letters > 0 && digits > 0 || len(w) <= sc.r.maxWhole && sc.r.wholeStart[w[0]] && sc.r.Whole[w] {
		return false
	}
	if at, ok := sc.contraction(w); ok {
		sc.emit(s, s+at)
		sc.emit(s+at, e)
		return true
	}
	sc.emit(s, e)
	return true
}

// contraction returns where a whole-word contraction such as "cannot" splits.
func (sc *scanner) contraction(w string) (int, bool) {
	if len(w) < sc.r.minContraction || len(w) > sc.r.maxContraction {
		return 0, false
	}
	at, ok := sc.r.Contractions[lowerASCII(w)]
	return at, ok
}

// whole reports whether w, ending at byte e of the text, stays one token
// as it is.
func (sc *scanner) whole(w string, e int) bool {
	r := sc.r
	if len(w) <= 1 {
		return true
	}
	if len(w) <= r.maxWhole && r.wholeStart[w[0]] && r.Whole[w] {
		return true
	}
	if sameByteRun(w) {
		return true // ">>", "-----", "!!!"
	}
	if len(w) > r.maxAbbreviation {
		return isInitials(w) // hashing a long word would cost its length
	}
	if w[len(w)-1] == '.' && r.Abbreviations[w] {
		return true
	}
	if r.Numbered[w] {
		if e < 0 {
			return false
		}
		next, _ := sc.nextWord(e)
		return next != "" && isDigit(next[0])
	}
	last := w[len(w)-1]
	if last != '.' {
		return false
	}
	if c := w[0]; c >= 'A' && c <= 'Z' && r.Abbreviations[string(c|0x20)+w[1:]] {
		return true
	}
	return isInitials(w)
}

// finalPeriod returns where to split the period off an abbreviation that
// ends a sentence ("etc." before "The", or before a blank line), as EWT
// does; 0 keeps it whole.
func (sc *scanner) finalPeriod(w string, e int) int {
	if len(w) < 3 || w[len(w)-1] != '.' || !isASCIILetter(w[0]) || sc.r.Titles[w] || sc.r.Whole[w] || sc.r.Numbered[w] {
		return 0
	}
	if c := w[0]; c >= 'A' && c <= 'Z' && sc.r.Titles[string(c|0x20)+w[1:]] {
		return 0
	}
	next, ends := sc.nextWord(e)
	if ends || sc.r.Starters[next] {
		return len(w) - 1
	}
	return 0
}

// nextWord returns the letters and digits that start the next
// whitespace-separated word after byte e, and whether the text, a
// paragraph (a blank line) or a line before a word not in lower case ends
// first. It returns "", false when e is not
// followed by whitespace.
func (sc *scanner) nextWord(e int) (word string, ends bool) {
	t := sc.text
	if e >= len(t) {
		return "", true
	}
	if c := t[e]; c >= utf8.RuneSelf || !asciiSpace[c] {
		return "", false
	}
	newlines := 0
	i := e
	for i < len(t) && t[i] < utf8.RuneSelf && asciiSpace[t[i]] {
		if t[i] == '\n' {
			newlines++
		}
		i++
	}
	if i == len(t) || newlines >= 2 {
		return "", true
	}
	j := i
	for j < len(t) && (isDigit(t[j]) || isASCIILetter(t[j])) {
		j++
	}
	// After a line break, a word that is not lower case starts anew.
	return t[i:j], newlines == 1 && !(t[i] >= 'a' && t[i] <= 'z')
}

// isInitials reports whether w is a letter followed by a period, repeated:
// "J.", "U.S.", "e.g.".
func isInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isASCIILetter(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	// A lone lower-case letter with a period ends a sentence more often
	// than it abbreviates ("option b.").
	return len(w) > 2 || (w[0] >= 'A' && w[0] <= 'Z')
}

// prefixLen is the length of a token split off the start of w, or 0.
func (sc *scanner) prefixLen(w string) int {
	r := sc.r
	c, n := utf8.DecodeRuneInString(w)
	if c == utf8.RuneError && n <= 1 {
		return 1
	}
	if m := quoteRun(w); m > 0 {
		return m
	}
	if c == '#' || c == '<' && len(w) > 1 && w[1] == '<' {
		return runLen(w, byte(c))
	}
	if c == '\'' || c == '’' {
		// A clitic or a year ("'90s") is not an opening quote.
		if sc.cliticLen(w) == len(w) || (len(w) > n && isDigit(w[n])) {
			return 0
		}
		return n
	}
	if strings.ContainsRune(r.Openers, c) {
		return n
	}
	if strings.ContainsRune(r.Currencies, c) && len(w) > n && (isDigit(w[n]) || w[n] == '.') {
		return n
	}
	if c == '+' && len(w) > 1 && isDigit(w[1]) {
		return 1 // "+44"
	}
	if c == '-' || c == '*' {
		// A run of dashes or stars before a word.
		m := runLen(w, byte(c))
		if m < len(w) {
			return m
		}
	}
	if c == '.' && strings.HasPrefix(w, "...") {
		return runLen(w, '.')
	}
	return 0
}

// suffixLen is the length of a token split off the end of w, or 0.
func (sc *scanner) suffixLen(w string) int {
	r := sc.r
	c, n := utf8.DecodeLastRuneInString(w)
	if c == utf8.RuneError && n <= 1 {
		return 1
	}
	switch {
	case c == '.' || c == '!' || c == '?':
		// A run of final punctuation is one token ("?!", "...").
		m := 0
		for m < len(w) && isFinalPunct(w[len(w)-1-m]) {
			m++
		}
		if m == len(w) {
			return 0
		}
		if m == 2 && w[len(w)-2] == '.' && sc.whole(w[:len(w)-1], -1) {
			return 1 // "D.C." then a period
		}
		return m
	case c == '>' && len(w) > 2 && w[len(w)-2] == '>':
		return runLenBack(w, '>')
	case c == '/':
		return 1
	case c == '-' || c == '*' || c == '+':
		m := runLenBack(w, byte(c))
		if m == len(w) {
			return 0
		}
		return m
	case c == '\'' || c == '’' || c == '‘' || c == '`':
		if m := quoteRunBack(w); m > 0 {
			return m
		}
		return n
	case strings.ContainsRune(r.Closers, c):
		return n
	}
	if m := sc.unitLen(w); m > 0 {
		return m
	}
	if m := sc.cliticLen(w); m > 0 && m < len(w) {
		return m
	}
	return 0
}

// unitLen is the length of a unit word after a number at the end of w
// ("5pm", "65k", "2.5kg"), or 0.
func (sc *scanner) unitLen(w string) int {
	u := len(w)
	for u > 0 && len(w)-u <= 4 && (isASCIILetter(w[u-1]) || w[u-1] == '.') {
		u--
	}
	if u == 0 || u == len(w) || !isDigit(w[u-1]) || len(w)-u > 4 {
		return 0
	}
	for i := 0; i < u; i++ {
		if !isDigit(w[i]) && w[i] != '.' && w[i] != ',' && w[i] != ':' {
			return 0
		}
	}
	if !sc.r.Units[lowerASCII(w[u:])] {
		return 0
	}
	return len(w) - u
}

// quoteRun is the byte length of two or more single quotes, apostrophes or
// backquotes starting w ("”", "’’"), which EWT keeps as one token; else 0.
func quoteRun(w string) int {
	n, count := 0, 0
	for n < len(w) {
		c, m := utf8.DecodeRuneInString(w[n:])
		if !isSingleQuote(c) {
			break
		}
		n += m
		count++
	}
	if count < 2 {
		return 0
	}
	return n
}

// quoteRunBack is quoteRun at the end of w.
func quoteRunBack(w string) int {
	n, count := len(w), 0
	for n > 0 {
		c, m := utf8.DecodeLastRuneInString(w[:n])
		if !isSingleQuote(c) {
			break
		}
		n -= m
		count++
	}
	if count < 2 || n == 0 {
		return 0
	}
	return len(w) - n
}

func isSingleQuote(c rune) bool { return c == '\'' || c == '’' || c == '‘' || c == '`' }

func isFinalPunct(c byte) bool { return c == '.' || c == '!' || c == '?' }

// cliticLen is the length of the clitic that w ends with, or 0. The clitic
// must follow a letter (or be all of w).
func (sc *scanner) cliticLen(w string) int {
	for _, cl := range sc.r.Clitics {
		m := matchSuffixApos(w, cl)
		if m == 0 {
			continue
		}
		if m == len(w) {
			return m
		}
		prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-m])
		if unicode.IsLetter(prev) {
			return m
		}
	}
	return 0
}

// matchSuffixApos reports the byte length of cl at the end of w, where
// cl's apostrophe may be written ’ in w and letters match in any case; 0
// when w does not end with cl.
func matchSuffixApos(w, cl string) int {
	i, j := len(w), len(cl)
	for j > 0 {
		if i == 0 {
			return 0
		}
		c := cl[j-1]
		if c == '\'' {
			if w[i-1] == '\'' {
				i--
			} else if strings.HasSuffix(w[:i], "’") {
				i -= len("’")
			} else {
				return 0
			}
		} else if w[i-1]|0x20 != c {
			return 0
		} else {
			i--
		}
		j--
	}
	return len(w) - i
}

// infix finds the first split point inside w: it returns the byte offset
// and length of a punctuation token, or n == 0 when w is one word.
func (sc *scanner) infix(w string) (at, n int) {
	r := sc.r
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf {
			ru, m := utf8.DecodeRuneInString(w[i:])
			if ru == utf8.RuneError && m <= 1 {
				return i, 1
			}
			if ru == '…' {
				return i, m
			}
			if strings.ContainsRune(r.Always, ru) {
				return i, m
			}
			if ru == '’' && i > 0 && !(isWordByteBefore(w, i) && i+m < len(w) && isWordByte(w[i+m])) {
				return i, m
			}
			i += m
			continue
		}
		switch c {
		case '"', '(', ')', '[', ']', '{', '}', ';':
			return i, 1
		case '!', '?':
			m := 0
			for i+m < len(w) && isFinalPunct(w[i+m]) {
				m++
			}
			return i, m
		case ',':
			if !(i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1])) {
				return i, 1
			}
		case ':':
			if !(i > 0 && isDigit(w[i-1]) && i+1 < len(w) && isDigit(w[i+1])) {
				return i, 1
			}
		case '/':
			// Fractions and ranges ("3/4", "19/20") split; dates with two
			// slashes stay whole; so do pairs of letters ("w/o").
			if i > 0 && i+1 < len(w) && !letterPair(w, i) &&
				!(isDigit(w[i-1]) && isDigit(w[i+1]) && countAround(w, i, '/') != 1) {
				return i, 1
			}
		case '.':
			if m := runLen(w[i:], '.'); m >= 2 {
				return i, m
			}
			if sentenceJoin(w, i) {
				return i, 1
			}
		case '-':
			if m := runLen(w[i:], '-'); m >= 2 {
				return i, m
			}
			if i > 0 && i+1 < len(w) && r.splitHyphen(w, i) {
				return i, 1
			}
			if i > 1 && w[i-1] == '.' && i+1 < len(w) && isASCIILetter(w[i+1]) && sc.whole(w[:i], -1) {
				return i, 1 // "U.S.-led"
			}
		}
		i++
	}
	return 0, 0
}

// letterPair reports whether the character at w[i] joins two single
// letters ("w/o", "I/O"), which stay one token.
func letterPair(w string, i int) bool {
	return i+1 < len(w) && isASCIILetter(w[i-1]) && isASCIILetter(w[i+1]) &&
		(i == 1 || !isASCIILetter(w[i-2])) && (i+2 == len(w) || !isASCIILetter(w[i+2]))
}

// sentenceJoin reports whether the period at w[i] ends one sentence and
// starts the next without a space: a word of two or more lower-case
// letters, then a capitalized word ("week.At").
func sentenceJoin(w string, i int) bool {
	if i < 2 || i+2 >= len(w) {
		return false
	}
	if !(w[i-1] >= 'a' && w[i-1] <= 'z' && w[i-2] >= 'a' && w[i-2] <= 'z') {
		return false
	}
	return w[i+1] >= 'A' && w[i+1] <= 'Z' && w[i+2] >= 'a' && w[i+2] <= 'z'
}

// splitHyphen reports whether the hyphen at w[i] separates two tokens.
func (r *Rules) splitHyphen(w string, i int) bool {
	left := w[:i]
	if k := strings.LastIndexAny(left, "-."); k >= 0 {
		left = left[k+1:]
	}
	if left == "" || !isWordByte(w[i+1]) {
		return false
	}
	if len(left) == 1 && len(left) < i {
		return true // "Hizb-e-Islami": a one-letter prefix starts a word
	}
	if isDigit(left[len(left)-1]) && isDigit(w[i+1]) {
		// A range ("1969-1970") splits; phone numbers and dates, with
		// two hyphens or four digits after at most three, stay whole.
		if countAround(w, i, '-') != 1 {
			return false
		}
		right := w[i+1:]
		k := 0
		for k < len(right) && isDigit(right[k]) {
			k++
		}
		return !(len(left) <= 3 && k == 4)
	}
	if !isWordByte(left[len(left)-1]) {
		return false
	}
	return !r.HyphenPrefixes[lowerASCII(left)]
}

// linkWindow bounds how far linkLen looks for the '@' of an address or the
// top-level domain of a host.
const linkWindow = 64

// linkLen is the length of a URL or e-mail address at the start of w
// (without trailing punctuation), or 0.
func (r *Rules) linkLen(w string) int {
	if len(w) < 5 {
		return 0
	}
	isURL := hasPrefixFold(w, "http://") || hasPrefixFold(w, "https://") || hasPrefixFold(w, "www.") ||
		hasPrefixFold(w, "ftp://") || hasPrefixFold(w, "mailto:")
	// Look for the marks of a host or an address near the start only, so
	// that a long run without spaces costs linear time.
	head := w[:min(len(w), linkWindow)]
	if !isURL && !r.isDomain(head) {
		at := strings.IndexByte(head, '@')
		if at <= 0 || !isWordByte(w[at-1]) && w[at-1] != '.' {
			return 0
		}
		dot := strings.IndexByte(head[at:], '.')
		if dot < 2 || at+dot+1 >= len(w) || !isWordByte(w[at+dot+1]) {
			return 0
		}
		// The local part must hold only address characters.
		for i := 0; i < at; i++ {
			if !isWordByte(w[i]) && !strings.ContainsRune(".-_+", rune(w[i])) {
				return 0
			}
		}
	}
	end := len(w)
	for end > 0 {
		c := w[end-1]
		if strings.IndexByte(".,;:!?\"')>]", c) >= 0 {
			if c == ')' && strings.IndexByte(w[:end], '(') >= 0 {
				break
			}
			end--
			continue
		}
		if c >= utf8.RuneSelf {
			ru, n := utf8.DecodeLastRuneInString(w[:end])
			if strings.ContainsRune("”’»…", ru) {
				end -= n
				continue
			}
		}
		break
	}
	if end < 5 {
		return 0
	}
	// Stop at the first character no URL holds.
	for i := 0; i < end; i++ {
		c := w[i]
		if c == '"' || c == '<' || c == '>' || c >= utf8.RuneSelf && strings.HasPrefix(w[i:], "”") {
			end = i
			break
		}
	}
	return end
}

// countAround counts c in the run of digits and c around w[i], looking at
// most 32 bytes each way so that long runs cost linear time.
func countAround(w string, i int, c byte) int {
	n := 0
	for j := i; j >= 0 && j > i-32 && (w[j] == c || isDigit(w[j])); j-- {
		if w[j] == c {
			n++
		}
	}
	for j := i + 1; j < len(w) && j < i+32 && (w[j] == c || isDigit(w[j])); j++ {
		if w[j] == c {
			n++
		}
	}
	return n
}

// sameByteRun reports whether w repeats one ASCII punctuation byte.
func sameByteRun(w string) bool {
	c := w[0]
	if c >= utf8.RuneSelf || isWordByte(c) {
		return false
	}
	return runLen(w, c) == len(w)
}

// isDomain reports whether w starts with a host name under a known
// top-level domain ("example.com", "Get-A-Free-House.com/offer").
func (r *Rules) isDomain(w string) bool {
	host := w
	if k := strings.IndexByte(w, '/'); k >= 0 {
		host = w[:k]
	}
	for len(host) > 0 && !isWordByte(host[len(host)-1]) {
		host = host[:len(host)-1]
	}
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || len(host)-dot > 5 || !r.Domains[lowerASCII(host[dot+1:])] {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := host[i]; !isDigit(c) && !isASCIILetter(c) && c != '.' && c != '-' && c != '_' {
			return false
		}
	}
	return isWordByte(host[0])
}

func runLen(w string, c byte) int {
	n := 0
	for n < len(w) && w[n] == c {
		n++
	}
	return n
}

func runLenBack(w string, c byte) int {
	n := 0
	for n < len(w) && w[len(w)-1-n] == c {
		n++
	}
	return n
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// non-ASCII character (treated as a letter).
func isWordByte(c byte) bool { return isDigit(c) || isASCIILetter(c) || c >= utf8.RuneSelf }

func isWordByteBefore(w string, i int) bool {
	ru, _ := utf8.DecodeLastRuneInString(w[:i])
	return unicode.IsLetter(ru) || unicode.IsDigit(ru)
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// lowerASCII lower-cases ASCII letters, allocating only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] |= 0x20
				}
			}
			return string(b)
		}
	}
	return s
}
