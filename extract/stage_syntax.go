package extract

import (
	"fmt"

	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/syntax"
)

// syntaxStage builds the tagger, lemmatizer and dependency parser stage
// from the embedded models.
func syntaxStage(o Options) (pipeline.Stage, error) {
	st, err := SyntaxStage(o.Parser)
	if err != nil {
		return nil, err // not a nil *Stage in a non-nil interface
	}
	return st, nil
}

// SyntaxStage returns the syntax stage with the parser named as in
// Options.Parser ("" is fast).
func SyntaxStage(parser string) (*syntax.Stage, error) {
	switch parser {
	case "", ParserFast:
		return syntax.NewFastStage()
	case ParserEnsemble:
		return syntax.NewStage()
	}
	return nil, fmt.Errorf("unknown parser %q (want %s or %s)", parser, ParserFast, ParserEnsemble)
}
