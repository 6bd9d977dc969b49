package extract

import (
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/tokenize"
)

// tokenizeStage builds the tokenize stage: EWT-style tokens and sentences.
func tokenizeStage(o Options) (pipeline.Stage, error) { return tokenize.New(), nil }
