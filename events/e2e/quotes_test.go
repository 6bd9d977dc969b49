package e2e_test

import (
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/extract"
)

// TestCommittingIsNoCue runs the whole pipeline: "committed" says
// something only as "committed to"; "have committed abuses, and that ..."
// must not make the next clause a quotation of the abusers. Text invented.
func TestCommittingIsNoCue(t *testing.T) {
	p := e2ePipeline(t, extract.Options{})
	d := document.New("t", "2024-01-01", "The envoy has established that soldiers of the RSF have committed abuses in Darfur, "+
		"and that fighters of the RSF have committed looting in Khartoum.")
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quotes {
		if q.Cue.Len() > 0 && d.SpanText(q.Cue) == "committed" {
			t.Errorf("quotation cued by %q: %q", d.SpanText(q.Cue), d.SpanText(q.Span))
		}
	}
}
