package extract

import (
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/syntax"
)

// syntaxStage builds the tagger, lemmatizer and dependency parser stage
// from the embedded models.
func syntaxStage(o Options) (pipeline.Stage, error) { return syntax.NewStage() }
