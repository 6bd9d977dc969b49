package extract

import (
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/timex"
)

// timesStage builds the times stage: TIMEX3 expressions normalized against
// the publication date.
func timesStage(o Options) (pipeline.Stage, error) { return timex.New(), nil }
