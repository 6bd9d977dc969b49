// Package tokenize splits a document's text into tokens and sentences the
// way UD English EWT does: clitics ("do|n't", "it|'s") and punctuation are
// tokens of their own, abbreviations ("Mr.", "U.S."), numbers ("40,000",
// "43.5"), URLs and e-mail addresses stay whole.
//
// Units and invariants: every span is a half-open BYTE range into the text,
// on UTF-8 boundaries. Tokens are ordered and never overlap; the text
// between them is whitespace only, so tokens plus gaps give back the text
// exactly. Sentences are ordered, cover every token once, and each
// sentence's span runs from its first token's start to its last token's end.
// A wire story's dateline ("BRUSSELS (AP) —", "LIMA, March 3 (Reuters) -")
// is a sentence of its own, so that the story's first sentence parses
// without it.
//
// The mechanism (scan.go, split.go) is separate from the policy (Rules in
// rules.go): abbreviations, clitics and punctuation classes are tables.
package tokenize

import (
	"github.com/parley-nlp/parley/document"
)

// Stage is the pipeline stage that adds the Tokens and Sentences layers.
// It is safe for concurrent use.
type Stage struct {
	rules *Rules
}

// New returns the tokenize stage with the English rules.
func New() *Stage { return &Stage{rules: English()} }

// NewWithRules returns a tokenize stage using r, which it prepares (see
// Rules.Prepare) and which must not change afterwards.
func NewWithRules(r *Rules) *Stage {
	r.Prepare()
	return &Stage{rules: r}
}

// Name is "tokenize".
func (s *Stage) Name() string { return "tokenize" }

// Process sets doc.Tokens (every Head is document.NoHead) and
// doc.Sentences. It never fails.
func (s *Stage) Process(doc *document.Document) error {
	spans := s.rules.Tokens(doc.Text)
	toks := make([]document.Token, len(spans))
	for i, sp := range spans {
		toks[i] = document.Token{Span: sp, Head: document.NoHead}
	}
	doc.Tokens = toks
	doc.Sentences = s.rules.Sentences(doc.Text, spans)
	return nil
}
