package syntax

import (
	_ "embed" // the models
	"fmt"
	"sync"

	"github.com/parley-nlp/parley/document"
)

// The models are embedded as strings: read in place, never copied.
var (
	//go:embed models/tagger.bin
	taggerData string
	//go:embed models/parser.bin
	parserData string
)

var (
	loadOnce  sync.Once
	defTagger *Tagger
	defParser *Parser
	loadErr   error
)

// Default returns the embedded tagger and parser, loading them once. They
// are read-only and safe for concurrent use.
func Default() (*Tagger, *Parser, error) {
	loadOnce.Do(func() {
		var err error
		if defTagger, err = parseTagger(taggerData); err != nil {
			loadErr = fmt.Errorf("embedded tagger: %w", err)
			return
		}
		if defParser, err = parseParser(parserData); err != nil {
			loadErr = fmt.Errorf("embedded parser: %w", err)
		}
	})
	return defTagger, defParser, loadErr
}

// Stage is the pipeline stage "syntax": for every sentence of the
// document's tokens it fills UPOS, XPOS, Lemma, Head (a document token
// index, document.RootHead for the root) and DepRel.
type Stage struct {
	Tagger *Tagger
	Parser *Parser
}

// NewStage returns the stage with the embedded models.
func NewStage() (*Stage, error) {
	t, p, err := Default()
	if err != nil {
		return nil, err
	}
	return &Stage{Tagger: t, Parser: p}, nil
}

// Name is "syntax".
func (*Stage) Name() string { return "syntax" }

// Process tags and parses doc's tokens sentence by sentence. Tokens that
// lie outside every sentence are parsed as sentences of their own.
func (st *Stage) Process(doc *document.Document) error {
	next := 0
	for _, s := range doc.Sentences {
		first, end := max(s.FirstToken, next), min(s.EndToken, len(doc.Tokens))
		if first > next {
			st.sentence(doc, next, first)
		}
		if first < end {
			st.sentence(doc, first, end)
		}
		next = max(next, end)
	}
	if next < len(doc.Tokens) {
		st.sentence(doc, next, len(doc.Tokens))
	}
	return nil
}

func (st *Stage) sentence(doc *document.Document, first, end int) {
	words := make([]string, end-first)
	for i := range words {
		t := doc.Tokens[first+i]
		if t.Start >= 0 && t.Start <= t.End && t.End <= len(doc.Text) {
			words[i] = doc.Text[t.Start:t.End]
		}
	}
	tags := st.Tagger.Tag(words)
	heads, labels := st.Parser.Parse(words, tags)
	for i := range words {
		t := &doc.Tokens[first+i]
		t.UPOS, t.XPOS, t.Lemma = tags[i].UPOS, tags[i].XPOS, tags[i].Lemma
		t.DepRel = labels[i]
		if heads[i] < 0 {
			t.Head = document.RootHead
		} else {
			t.Head = first + heads[i]
		}
	}
}
