package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

func TestSummaryEventTargets(t *testing.T) {
	text := "Freedonian police detained protesters. The minister met Sylvania's envoy."
	span := func(s string) document.Span {
		i := strings.Index(text, s)
		return document.Span{Start: i, End: i + len(s)}
	}
	d := document.New("sum", "2025-03-04", text)
	d.Actors = []document.Actor{
		{ID: "A1", Name: "Freedonian police", Country: "FRE", Sector: "COP"},
		{ID: "A2", Name: "Sylvania", Country: "SYL"},
	}
	for _, tc := range []struct {
		name string
		ev   document.Event
		want string
	}{
		{"country acted on, no target actor", document.Event{Trigger: span("detained"), Plover: "COERCE", Cameo: "173", Source: 0, Target: -1, TargetCountry: "FRE"},
			"detained COERCE (CAMEO 173) Freedonian police [FRE COP] → (FRE), —"},
		{"target actor", document.Event{Trigger: span("met"), Plover: "CONSULT", Cameo: "040", Source: 0, Target: 1},
			"met CONSULT (CAMEO 040) Freedonian police [FRE COP] → Sylvania [SYL], —"},
		{"neither", document.Event{Trigger: span("met"), Plover: "CONSULT", Cameo: "040", Source: 0, Target: -1},
			"met CONSULT (CAMEO 040) Freedonian police [FRE COP] → ?, —"},
	} {
		d.Events = []document.Event{tc.ev}
		var b bytes.Buffer
		writeSummary(&b, d)
		if !strings.Contains(b.String(), "   - "+tc.want+"\n") {
			t.Errorf("%s: summary\n%s\nlacks %q", tc.name, b.String(), tc.want)
		}
	}
}
