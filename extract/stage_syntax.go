package extract

import "github.com/parley-nlp/parley/pipeline"

// syntaxStage builds the syntax stage (nil until it is part of the build).
func syntaxStage(o Options) (pipeline.Stage, error) { return nil, nil }
