// Package extract builds parley's default pipeline: tokenize → syntax →
// actors → times → quotes → events. Each stage comes from its own package;
// this package only wires them, so the CLI, the ingester and the server all
// extract the same way.
package extract

import (
	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/pipeline"
)

// Options configures the default pipeline. The zero value uses the embedded
// models, registry and lexicons.
type Options struct {
	// ActorsFile, when set, is a PETRARCH/Phoenix actor dictionary (or a
	// parley registry file) imported in addition to the embedded registry.
	ActorsFile string
	// VerbsFile, when set, is a TABARI/PETRARCH-2 CAMEO verb dictionary used
	// in addition to parley's own event lexicon.
	VerbsFile string
	// Until names the last stage to run ("tokenize", "syntax", ...); empty
	// runs them all.
	Until string
	// Parser is "fast" (the default when empty: the parser's first member
	// alone) or "ensemble" (all members, half a point LAS better on EWT,
	// a third slower). Events coded on the annotated dev texts score the
	// same with both, so extraction defaults to speed.
	Parser string
}

// Parser choices of Options.Parser.
const (
	ParserFast     = "fast"
	ParserEnsemble = "ensemble"
)

// stageBuilder returns a stage, or nil when the stage is not part of this
// build.
type stageBuilder struct {
	name  string
	build func(Options) (pipeline.Stage, error)
}

func builders() []stageBuilder {
	return []stageBuilder{
		{"tokenize", tokenizeStage},
		{"syntax", syntaxStage},
		{"actors", actorsStage},
		{"times", timesStage},
		{"quotes", quotesStage},
		{"events", eventsStage},
	}
}

// New builds the default pipeline.
func New(o Options) (*pipeline.Pipeline, error) {
	p := &pipeline.Pipeline{}
	for _, b := range builders() {
		s, err := b.build(o)
		if err != nil {
			return nil, err
		}
		if s != nil {
			p.Stages = append(p.Stages, s)
		}
		if b.name == o.Until {
			break
		}
	}
	p.Stages = append(p.Stages, emptyLayers{})
	return p, nil
}

// emptyLayers gives every layer that no stage produced an empty value, so
// the contract prints [] for layers that do not exist yet.
type emptyLayers struct{}

func (emptyLayers) Name() string { return "finish" }

func (emptyLayers) Process(d *document.Document) error {
	if d.Sentences == nil {
		d.Sentences = []document.Sentence{}
	}
	if d.Tokens == nil {
		d.Tokens = []document.Token{}
	}
	if d.Actors == nil {
		d.Actors = []document.Actor{}
	}
	if d.Quotes == nil {
		d.Quotes = []document.Quote{}
	}
	if d.Times == nil {
		d.Times = []document.Time{}
	}
	if d.Events == nil {
		d.Events = []document.Event{}
	}
	return nil
}
