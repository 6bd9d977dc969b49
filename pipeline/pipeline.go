// Package pipeline wires parley's stages and runs them over many documents
// in parallel, keeping input order. Concurrency lives here, outside the
// algorithms (STYLE.md, practice 5).
package pipeline

import (
	"fmt"

	"github.com/parley-nlp/parley/document"
)

// Stage is one annotation step. Process reads the layers it needs from doc
// and adds its own; it never rewrites another stage's layer. A Stage must be
// safe for concurrent use on different documents.
type Stage interface {
	Name() string
	Process(doc *document.Document) error
}

// Pipeline is an ordered list of stages.
type Pipeline struct {
	Stages []Stage
}

// Process runs every stage on doc. Errors are wrapped with the stage name and
// the document id.
func (p *Pipeline) Process(doc *document.Document) error {
	for _, s := range p.Stages {
		if err := s.Process(doc); err != nil {
			return fmt.Errorf("%s: %s: %w", doc.ID, s.Name(), err)
		}
	}
	return nil
}
