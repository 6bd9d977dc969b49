package conllu

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// Copy says which annotation columns ToDocument copies into the tokens.
type Copy struct {
	Tags  bool // UPOS, XPOS, LEMMA
	Heads bool // HEAD, DEPREL
}

// ToDocument builds a document whose Text is the sentences' surface text,
// with one Token per syntactic word and one Sentence per CoNLL-U sentence.
//
// A sentence's text is its "# text" comment when that agrees with the
// forms (same characters outside whitespace); otherwise it is rebuilt from
// the forms and SpaceAfter=No. Sentences are joined by one space, and by a
// blank line where a "# newdoc" or "# newpar" comment starts a paragraph.
// The words of a multiword token ("don't" = "do" + "n't") share its surface
// form; when their forms do not spell it, the form's bytes are divided
// between them. Heads outside the sentence become document.NoHead.
func ToDocument(id string, sents []*Sentence, c Copy) *document.Document {
	var b strings.Builder
	d := &document.Document{ID: id, Sentences: []document.Sentence{}, Tokens: []document.Token{}}
	for si, s := range sents {
		if len(s.Words) == 0 {
			continue
		}
		if si > 0 && b.Len() > 0 {
			if startsParagraph(s) {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		units := surfaceUnits(s)
		text, starts := layout(s, units)
		b.WriteString(text)
		first := len(d.Tokens)
		for ui, u := range units {
			spans := splitSpan(u, starts[ui]+base, s)
			for k, w := range s.Words[u.first:u.end] {
				t := document.Token{Span: spans[k], Head: document.NoHead}
				if c.Tags {
					t.UPOS, t.XPOS, t.Lemma = blank(w.UPOS), blank(w.XPOS), blank(w.Lemma)
				}
				if c.Heads {
					t.DepRel = blank(w.DepRel)
					switch {
					case w.Head == 0:
						t.Head = document.RootHead
					case w.Head > 0 && w.Head <= len(s.Words):
						t.Head = first + w.Head - 1
					}
				}
				d.Tokens = append(d.Tokens, t)
			}
		}
		d.Sentences = append(d.Sentences, document.Sentence{
			Span:       document.Span{Start: base, End: base + len(text)},
			FirstToken: first, EndToken: len(d.Tokens),
		})
	}
	d.Text = b.String()
	return d
}

func blank(v string) string {
	if v == "_" {
		return ""
	}
	return v
}

func startsParagraph(s *Sentence) bool {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "newdoc") || (strings.HasPrefix(c, "newpar") && !strings.HasPrefix(c, "newpar_")) {
			return true
		}
	}
	return false
}

// unit is one surface token: a word, or a multiword token covering words
// [first, end) (0-based).
type unit struct {
	form       string
	first, end int
	spaceAfter bool
}

func surfaceUnits(s *Sentence) []unit {
	var us []unit
	for i := 0; i < len(s.Words); {
		if m := s.multiWordAt(i + 1); m != nil && m.Last <= len(s.Words) && m.Form != "" {
			us = append(us, unit{form: m.Form, first: i, end: m.Last, spaceAfter: m.SpaceAfter})
			i = m.Last
			continue
		}
		w := s.Words[i]
		us = append(us, unit{form: w.Form, first: i, end: i + 1, spaceAfter: w.SpaceAfter})
		i++
	}
	return us
}

// layout returns the sentence text and the byte offset of each unit in it.
func layout(s *Sentence, us []unit) (string, []int) {
	starts := make([]int, len(us))
	if text, ok := s.Comment("text"); ok {
		var forms strings.Builder
		for _, u := range us {
			forms.WriteString(u.form)
		}
		if squeeze(forms.String()) == squeeze(text) && !strings.ContainsAny(text, "\n\r") {
			pos := 0
			for i, u := range us {
				for pos < len(text) && isSpace(text[pos:]) {
					_, n := utf8.DecodeRuneInString(text[pos:])
					pos += n
				}
				starts[i] = pos
				for _, r := range u.form {
					if unicode.IsSpace(r) {
						continue
					}
					for pos < len(text) {
						tr, n := utf8.DecodeRuneInString(text[pos:])
						pos += n
						if !unicode.IsSpace(tr) && tr == r {
							break
						}
					}
				}
				us[i].form = text[starts[i]:pos]
			}
			return text, starts
		}
	}
	var b strings.Builder
	for i, u := range us {
		starts[i] = b.Len()
		b.WriteString(strings.Map(noNewline, u.form))
		if u.spaceAfter && i < len(us)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String(), starts
}

func noNewline(r rune) rune {
	if r == '\n' || r == '\r' || r == '\t' {
		return ' '
	}
	return r
}

func isSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// splitSpan divides the unit's bytes, starting at off, between its words.
func splitSpan(u unit, off int, s *Sentence) []document.Span {
	n := u.end - u.first
	spans := make([]document.Span, n)
	if n == 1 {
		spans[0] = document.Span{Start: off, End: off + len(u.form)}
		return spans
	}
	var cat strings.Builder
	for _, w := range s.Words[u.first:u.end] {
		cat.WriteString(w.Form)
	}
	pos := 0
	for k, w := range s.Words[u.first:u.end] {
		var l int
		switch {
		case cat.String() == u.form:
			l = len(w.Form)
		case k == n-1:
			l = len(u.form) - pos
		default:
			// Forms that do not spell the token: give each word its
			// length, on rune boundaries, leaving at least the rest.
			l = min(len(w.Form), len(u.form)-pos)
			for l > 0 && pos+l < len(u.form) && !utf8.RuneStart(u.form[pos+l]) {
				l--
			}
		}
		spans[k] = document.Span{Start: off + pos, End: off + pos + l}
		pos += l
	}
	return spans
}
