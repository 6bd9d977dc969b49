package extract

import "github.com/parley-nlp/parley/pipeline"

// quotesStage builds the quotes stage (nil until it is part of the build).
func quotesStage(o Options) (pipeline.Stage, error) { return nil, nil }
