package extract

import "github.com/parley-nlp/parley/pipeline"

// actorsStage builds the actors stage (nil until it is part of the build).
func actorsStage(o Options) (pipeline.Stage, error) { return nil, nil }
