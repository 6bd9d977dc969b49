// Package examples holds parley's bundled example articles: short news texts
// about diplomacy and conflict, written by the parley authors for the demo
// and for tests. They are invented illustrations, not reports of real events.
//
// Each article is a UTF-8 file articles/ID.txt whose first line is the
// headline, followed by a blank line and the body. The body (without the
// headline) is the document text; Published is the dateline's day, the
// reference date for relative expressions such as "on Tuesday".
package examples

import (
	"embed"
	"fmt"
	"strings"

	"github.com/parley-nlp/parley/document"
)

//go:embed articles/*.txt
var files embed.FS

// Source is the Source of every bundled article.
const Source = "parley examples (invented)"

// Article is one bundled example.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD
	Text      string `json:"text"`
}

// index lists the articles in demo order with their publication days.
var index = []struct{ id, published string }{
	{"baltic-cable-talks", "2025-03-11"},
	{"black-sea-shipping", "2025-04-02"},
	{"sudan-ceasefire-appeal", "2025-05-16"},
	{"nato-readiness-exercise", "2025-06-13"},
	{"coast-guard-pact", "2025-02-12"},
}

// All returns every bundled article in demo order.
func All() ([]Article, error) {
	out := make([]Article, 0, len(index))
	for _, e := range index {
		a, err := load(e.id, e.published)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Get returns the article with id.
func Get(id string) (Article, error) {
	for _, e := range index {
		if e.id == id {
			return load(e.id, e.published)
		}
	}
	return Article{}, fmt.Errorf("examples: no article %q", id)
}

func load(id, published string) (Article, error) {
	b, err := files.ReadFile("articles/" + id + ".txt")
	if err != nil {
		return Article{}, fmt.Errorf("examples: %w", err)
	}
	title, body, ok := strings.Cut(string(b), "\n\n")
	if !ok || strings.Contains(title, "\n") {
		return Article{}, fmt.Errorf("examples: %s: want a headline line, a blank line and the body", id)
	}
	return Article{ID: id, Title: strings.TrimSpace(title), Published: published, Text: strings.TrimRight(body, "\n") + "\n"}, nil
}

// Document returns a new, unannotated document for the article.
func (a Article) Document() *document.Document {
	d := document.New(a.ID, a.Published, a.Text)
	d.Title = a.Title
	d.Source = Source
	return d
}
