package extract

import (
	"github.com/parley-nlp/parley/actors"
	"github.com/parley-nlp/parley/pipeline"
)

// actorsStage builds the actors stage over the embedded registry, plus the
// PETRARCH/Phoenix actor dictionary or parley registry file named by
// Options.ActorsFile.
func actorsStage(o Options) (pipeline.Stage, error) {
	reg, err := actors.Default()
	if err != nil {
		return nil, err
	}
	if o.ActorsFile != "" {
		if reg, err = actors.WithFile(reg, o.ActorsFile); err != nil {
			return nil, err
		}
	}
	return actors.NewStage(reg)
}
