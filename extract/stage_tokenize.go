package extract

import "github.com/parley-nlp/parley/pipeline"

// tokenizeStage builds the tokenize stage (nil until it is part of the build).
func tokenizeStage(o Options) (pipeline.Stage, error) { return nil, nil }
