package timex

import "github.com/parley-nlp/parley/document"

// Find returns the time expressions of a bare text, all four TIMEX3 types,
// resolved against published (YYYY-MM-DD, YYYY-MM or ""), with the tense
// read from the words alone.
func Find(text, published string) []document.Time {
	return Annotate(document.New("", published, text))
}

// Normalize reads phrase as one time expression (its first one) and
// resolves it against published with the given direction, as if the
// clause around it had that tense. ok is false when phrase holds no
// expression.
func Normalize(phrase, published string, dir Direction) (t document.Time, ok bool) {
	ws := scan(phrase, 0)
	f := finder{ws: ws}
	cs := f.findAll()
	if len(cs) == 0 {
		return document.Time{}, false
	}
	c := cs[0]
	ref := ParseRef(published)
	ref.Dir = dir
	t = resolve(c, ref)
	t.Span = document.Span{Start: ws[c.first].Start, End: ws[c.end-1].End}
	t.Anchor = -1
	return t, true
}
