package extract

import (
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/quotes"
)

// quotesStage builds the quotes stage: direct, partial and reported speech
// with speakers, over the embedded cue lexicon.
func quotesStage(o Options) (pipeline.Stage, error) { return quotes.New() }
