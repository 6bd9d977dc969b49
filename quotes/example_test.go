package quotes_test

import (
	"fmt"
	"strings"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/quotes"
)

func Example() {
	text := "“We will not yield,” said Arlen Voss. He added that talks could resume."
	doc := document.New("ex", "2026-01-10", text)
	i := strings.Index(text, "Arlen Voss")
	doc.Actors = []document.Actor{{ID: "A1", Name: "Arlen Voss", Type: "person", Country: "VLM",
		Mentions: []document.Mention{{Span: document.Span{Start: i, End: i + len("Arlen Voss")}, Kind: "name"}}}}
	st, err := quotes.New()
	if err != nil {
		panic(err)
	}
	if err := st.Process(doc); err != nil {
		panic(err)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%s %q speaker=%s cue=%q\n", q.Kind, doc.SpanText(q.Span), doc.Actors[q.Speaker].Name, doc.SpanText(q.Cue))
	}
	// Output:
	// direct "We will not yield," speaker=Arlen Voss cue="said"
	// indirect "talks could resume" speaker=Arlen Voss cue="added"
}
