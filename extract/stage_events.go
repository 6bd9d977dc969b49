package extract

import (
	"github.com/parley-nlp/parley/events"
	"github.com/parley-nlp/parley/pipeline"
)

// eventsStage builds the events stage: parley's embedded PLOVER/CAMEO
// lexicon, plus the legacy TABARI/PETRARCH-2 verb dictionary o.VerbsFile
// when one is named.
func eventsStage(o Options) (pipeline.Stage, error) {
	return events.New(events.Config{VerbsFile: o.VerbsFile})
}
