package extract

import (
	"fmt"

	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/syntax"
)

// syntaxStage builds the tagger, lemmatizer and dependency parser stage
// from the embedded models.
func syntaxStage(o Options) (pipeline.Stage, error) {
	switch o.Parser {
	case "", ParserFast:
		return syntax.NewFastStage()
	case ParserEnsemble:
		return syntax.NewStage()
	}
	return nil, fmt.Errorf("unknown parser %q (want %s or %s)", o.Parser, ParserFast, ParserEnsemble)
}
