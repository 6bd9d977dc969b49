package quotes

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

//go:embed data/cues.txt
var dataFS embed.FS

// Form says which inflection of a cue verb a word is.
type Form int

// Verb forms. Past covers both the past tense and the past participle.
const (
	FormBase Form = iota
	FormThird
	FormPast
	FormIng
)

// cue is one lexicon entry: a verb lemma with optional fixed words after it,
// or a prepositional phrase ("according to").
type cue struct {
	lemma string
	// after are the fixed words that must follow the verb ("out" for
	// "point out"); gap allows one determiner or possessive before them.
	after []string
	gap   bool
	// prep marks a phrase whose speaker follows it ("according to X").
	prep  bool
	words []string // the whole phrase, for prepositions
}

// Lexicon maps inflected verb forms to speech cues. The zero value is empty;
// build one with LoadLexicon or DefaultLexicon. A Lexicon is read-only after
// loading and safe for concurrent use.
type Lexicon struct {
	forms map[string][]formCue
	preps []*cue
}

type formCue struct {
	c    *cue
	form Form
}

// DefaultLexicon returns the embedded cue lexicon (data/cues.txt).
func DefaultLexicon() (*Lexicon, error) {
	return LoadLexicon(dataFS, "data/cues.txt")
}

// LoadLexicon reads a cue lexicon in the data/cues.txt format from fsys.
func LoadLexicon(fsys fs.FS, name string) (*Lexicon, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("quotes: cue lexicon: %w", err)
	}
	defer f.Close()
	lx, err := ParseLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("quotes: cue lexicon %s: %w", name, err)
	}
	return lx, nil
}

// ParseLexicon reads a cue lexicon from r.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	lx := &Lexicon{forms: map[string][]formCue{}}
	sc := bufio.NewScanner(r)
	section := "verbs"
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		head, irregular, _ := strings.Cut(line, "|")
		words := strings.Fields(strings.ToLower(head))
		if len(words) == 0 {
			return nil, fmt.Errorf("line %d: empty cue", n)
		}
		switch section {
		case "prepositions":
			lx.preps = append(lx.preps, &cue{lemma: strings.Join(words, " "), prep: true, words: words})
		case "verbs":
			c := &cue{lemma: words[0]}
			for _, w := range words[1:] {
				if w == "*" {
					c.gap = true
					continue
				}
				c.after = append(c.after, w)
			}
			forms := inflect(words[0])
			if irregular != "" {
				f := strings.Fields(strings.ToLower(irregular))
				if len(f) != 4 {
					return nil, fmt.Errorf("line %d: want 4 irregular forms, got %d", n, len(f))
				}
				forms = [4]string{words[0], f[0], f[1], f[3]}
				if f[2] != f[1] {
					lx.add(f[2], c, FormPast)
				}
			}
			for i, w := range forms {
				lx.add(w, c, Form(i))
			}
		default:
			return nil, fmt.Errorf("line %d: unknown section %q", n, section)
		}
	}
	return lx, sc.Err()
}

func (lx *Lexicon) add(word string, c *cue, f Form) {
	for _, fc := range lx.forms[word] {
		if fc.c.lemma == c.lemma && strings.Join(fc.c.after, " ") == strings.Join(c.after, " ") && fc.form == f {
			return
		}
	}
	lx.forms[word] = append(lx.forms[word], formCue{c, f})
}

// IsCue reports whether word (any case) is a form of a cue verb.
func (lx *Lexicon) IsCue(word string) bool {
	return len(lx.forms[strings.ToLower(word)]) > 0
}

// inflect returns the regular base, third-person, past and -ing forms.
func inflect(v string) [4]string {
	third, past, ing := v+"s", v+"ed", v+"ing"
	n := len(v)
	consY := n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"):
		third = v + "es"
	case consY:
		third = v[:n-1] + "ies"
	}
	switch {
	case strings.HasSuffix(v, "e"):
		past = v + "d"
	case consY:
		past = v[:n-1] + "ied"
	}
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") {
		ing = v[:n-1] + "ing"
	}
	return [4]string{v, third, past, ing}
}
