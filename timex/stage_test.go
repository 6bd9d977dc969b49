package timex

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/parley-nlp/parley/document"
)

// tinyTokenize is a test tokenizer: words and single punctuation marks,
// one sentence for the whole text, no syntax (Head = NoHead).
func tinyTokenize(doc *document.Document) {
	doc.Tokens = []document.Token{}
	start := -1
	flush := func(end int) {
		if start >= 0 {
			doc.Tokens = append(doc.Tokens, document.Token{Span: document.Span{Start: start, End: end}, Head: document.NoHead})
			start = -1
		}
	}
	for i, r := range doc.Text {
		switch {
		case unicode.IsSpace(r):
			flush(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
			doc.Tokens = append(doc.Tokens, document.Token{Span: document.Span{Start: i, End: i + len(string(r))}, Head: document.NoHead})
		}
	}
	flush(len(doc.Text))
	doc.Sentences = []document.Sentence{{Span: document.Span{Start: 0, End: len(doc.Text)}, FirstToken: 0, EndToken: len(doc.Tokens)}}
}

// parse fills the syntax layer from "UPOS/XPOS/head/deprel" per token
// (head is a token index, -1 for the root).
func parse(doc *document.Document, tags string) {
	for i, f := range strings.Fields(tags) {
		p := strings.Split(f, "/")
		var h int
		fmt.Sscan(p[2], &h)
		doc.Tokens[i].UPOS, doc.Tokens[i].XPOS, doc.Tokens[i].Head, doc.Tokens[i].DepRel = p[0], p[1], h, p[3]
	}
}

func timesLine(doc *document.Document) string {
	var parts []string
	for _, tm := range doc.Times {
		s := line(doc.SpanText(tm.Span), tm.Value, tm.Type, tm.Mod)
		if tm.Anchor >= 0 {
			s += " @" + doc.TokenText(tm.Anchor)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestStageSyntaxDirectionAndAnchor(t *testing.T) {
	tests := []struct{ text, tags, want string }{
		{"We would have a plan in November .",
			"PRON/PRP/2/nsubj AUX/MD/2/aux VERB/VB/-1/root DET/DT/4/det NOUN/NN/2/obj ADP/IN/6/case PROPN/NNP/2/obl PUNCT/./2/punct",
			"November=2024-11 DATE @have"},
		{"In November Russia hit Kharkiv .",
			"ADP/IN/1/case PROPN/NNP/3/obl PROPN/NNP/3/nsubj VERB/VBD/-1/root PROPN/NNP/3/obj PUNCT/./3/punct",
			"November=2023-11 DATE @hit"},
		{"Talks resume on Friday .",
			"NOUN/NNS/1/nsubj VERB/VBP/-1/root ADP/IN/3/case PROPN/NNP/1/obl PUNCT/./1/punct",
			"Friday=2024-07-19 DATE @resume"},
	}
	for _, tc := range tests {
		doc := document.New("t", "2024-07-17", tc.text)
		tinyTokenize(doc)
		parse(doc, tc.tags)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		if got := timesLine(doc); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestStageLexicalFallback(t *testing.T) {
	tests := []struct{ text, published, want string }{
		{"Russia invaded the east in February 2022 and was not invited .", "2024-07-17",
			"February 2022=2022-02 DATE @invaded"},
		{"In November , Russia launched strikes .", "2024-07-17", "November=2023-11 DATE @launched"},
		{"Peace talks in November .", "2024-07-17", "November=2024-11 DATE"},
		{"Officials met last week .", "", "last week=null DATE @met"},
		{"Putin could end it today .", "2024-07-17", "today=2024-07-17 DATE @end"},
		{"The talks will be held on Friday .", "2024-07-17", "Friday=2024-07-19 DATE @held"},
	}
	for _, tc := range tests {
		doc := document.New("t", tc.published, tc.text)
		tinyTokenize(doc)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		if got := timesLine(doc); got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestStageBareText(t *testing.T) {
	doc := document.New("t", "2024-07-17", "Nothing temporal here.")
	if err := New().Process(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Times == nil || len(doc.Times) != 0 {
		t.Fatalf("want empty non-nil times, got %#v", doc.Times)
	}
	doc = document.New("t", "2024-07-17", "Talks lasted three days. They met on July 16.\nA vote follows every week.")
	New().Process(doc)
	if got, want := timesLine(doc), "July 16=2024-07-16 DATE"; got != want {
		t.Errorf("default config: got %s, want %s", got, want)
	}
	doc.Times = nil
	NewWithConfig(Config{Durations: true, Sets: true}).Process(doc)
	if got, want := timesLine(doc), "three days=P3D DURATION; July 16=2024-07-16 DATE; every week=P1W SET"; got != want {
		t.Errorf("all types: got %s, want %s", got, want)
	}
	if doc.Times[0].Anchor != -1 {
		t.Errorf("no tokens: anchor %d, want -1", doc.Times[0].Anchor)
	}
	if New().Name() != "times" {
		t.Errorf("name %q", New().Name())
	}
}
