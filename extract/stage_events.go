package extract

import "github.com/parley-nlp/parley/pipeline"

// eventsStage builds the events stage (nil until it is part of the build).
func eventsStage(o Options) (pipeline.Stage, error) { return nil, nil }
