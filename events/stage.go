package events

import (
	"fmt"
	"os"

	"github.com/parley-nlp/parley/document"
)

// Config configures the events stage. The zero value uses the embedded
// lexicon only.
type Config struct {
	// Lexicon replaces the embedded lexicon when non-nil.
	Lexicon *Lexicon
	// VerbsFile, when set, is a TABARI or PETRARCH-2 CAMEO verb dictionary
	// merged with the lexicon; its patterns are tried before parley's own.
	VerbsFile string
}

// Stage is the pipeline stage "events". It is read-only after New and safe
// for concurrent use on different documents.
type Stage struct {
	lx *Lexicon
}

// New builds the stage from cfg.
func New(cfg Config) (*Stage, error) {
	lx := cfg.Lexicon
	if lx == nil {
		var err error
		if lx, err = DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	if cfg.VerbsFile != "" {
		f, err := os.Open(cfg.VerbsFile)
		if err != nil {
			return nil, fmt.Errorf("events: verbs dictionary: %w", err)
		}
		defer f.Close()
		legacy, err := ImportVerbs(f, cfg.VerbsFile)
		if err != nil {
			return nil, err
		}
		// The user's dictionary speaks first: they import it to code
		// with their codes. parley's patterns still cover what it lacks.
		merged := NewLexicon()
		merged.Merge(legacy)
		merged.Merge(lx)
		lx = merged
	}
	return &Stage{lx: lx}, nil
}

// Lexicon returns the lexicon the stage codes with.
func (s *Stage) Lexicon() *Lexicon { return s.lx }

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "events" }

// Process implements pipeline.Stage: it sets doc.Events (non-nil). Layers
// it reads may be missing; it then codes with what is there.
func (s *Stage) Process(doc *document.Document) error {
	if !wellFormed(doc) {
		doc.Events = []document.Event{}
		return nil
	}
	doc.Events = Code(s.lx, doc)
	return nil
}

// wellFormed checks the indexes the coder relies on, so that a broken
// upstream layer gives no events instead of a panic.
func wellFormed(doc *document.Document) bool {
	n := len(doc.Tokens)
	for _, t := range doc.Tokens {
		if t.Start < 0 || t.End > len(doc.Text) || t.Start > t.End || t.Head >= n || t.Head < document.NoHead {
			return false
		}
	}
	for _, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > n || s.FirstToken > s.EndToken {
			return false
		}
	}
	for _, q := range doc.Quotes {
		if q.Speaker >= len(doc.Actors) {
			return false
		}
	}
	for _, t := range doc.Times {
		if t.Anchor >= n {
			return false
		}
	}
	return true
}
