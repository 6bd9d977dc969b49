package server

import (
	"fmt"
	"math"
	"testing"

	"github.com/parley-nlp/parley/store"
)

func sprint(v any) string { return fmt.Sprint(v) }

func TestBarChart(t *testing.T) {
	c := newBarChart([]store.Bucket{
		{Start: "2025-01-01", Count: 4, Cooperative: 1, Conflictual: 3},
		{Start: "2025-02-01", Count: 2, Cooperative: 2},
	})
	if len(c.Bars) != 2 || c.Max != 4 || len(c.Ticks) != 2 {
		t.Fatalf("chart = %+v", c)
	}
	full := c.Base - chartTop
	b := c.Bars[0]
	if math.Abs(b.CoopH+b.ConfH-full) > 1e-9 || math.Abs(b.CoopH-full/4) > 1e-9 || b.ConfY+b.ConfH != b.CoopY {
		t.Errorf("first bar = %+v (full height %v)", b, full)
	}
	if b2 := c.Bars[1]; math.Abs(b2.CoopH-full/2) > 1e-9 || b2.ConfH != 0 || b2.X <= b.X+b.W {
		t.Errorf("second bar = %+v", b2)
	}
	if e := newBarChart(nil); len(e.Bars) != 0 {
		t.Errorf("empty chart has bars: %+v", e)
	}
}

func TestNetLayout(t *testing.T) {
	n := &store.Network{
		Nodes: []store.Node{{ActorRef: store.ActorRef{ID: 1, Name: "A"}, Events: 3}, {ActorRef: store.ActorRef{ID: 2, Name: "B"}, Events: 1},
			{ActorRef: store.ActorRef{ID: 3, Name: "C"}, Events: 2}},
		Edges: []store.Edge{{Source: 1, Target: 2, Weight: 1, Tone: "cooperative"}, {Source: 1, Target: 3, Weight: 2, Tone: "conflictual"},
			{Source: 9, Target: 1, Weight: 5, Tone: "conflictual"}},
	}
	l := newNetLayout(n)
	if len(l.Nodes) != 3 || l.Nodes[0].Name != "A" || len(l.Edges) != 2 {
		t.Fatalf("layout: %d nodes (first %q), %d edges", len(l.Nodes), l.Nodes[0].Name, len(l.Edges))
	}
	c := l.Size / 2
	for _, nd := range l.Nodes {
		r := math.Hypot(nd.X-c, nd.Y-c)
		if math.Abs(r-(l.Size/2-netMargin)) > 0.2 || nd.R < 5 || nd.R > 15 {
			t.Errorf("node %s at radius %.1f, size %.1f", nd.Name, r, nd.R)
		}
	}
	if l.Nodes[0].X != c || l.Nodes[0].Y >= c {
		t.Errorf("heaviest node is not at the top: %+v", l.Nodes[0])
	}
	if l.Edges[1].StrokeWidth <= l.Edges[0].StrokeWidth || l.Edges[0].SourceName != "A" || l.Edges[0].TargetName != "B" {
		t.Errorf("edges = %+v", l.Edges)
	}
}

func TestAutoInterval(t *testing.T) {
	b := func(days ...string) []store.Bucket {
		var out []store.Bucket
		for _, d := range days {
			out = append(out, store.Bucket{Start: d})
		}
		return out
	}
	tests := []struct {
		in   []store.Bucket
		want string
	}{
		{b(), "day"}, {b("2025-01-01"), "day"}, {b("2025-01-01", "2025-01-30"), "day"},
		{b("2025-01-01", "2025-03-01"), "week"}, {b("2025-01-01", "2025-06-01"), "month"}, {b("2024-12-30", "2025-01-02"), "day"},
	}
	for _, tc := range tests {
		if got := autoInterval(tc.in); got != tc.want {
			t.Errorf("autoInterval(%v) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestShorten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"NATO", "NATO"}, {"Lithuania's defence ministry", "Lithuania's defence…"}, {"ÄÖÜäöü", "ÄÖÜ…"},
	}
	for _, tc := range tests {
		n := maxLabelRunes
		if tc.in == "ÄÖÜäöü" {
			n = 4
		}
		if got := shorten(tc.in, n); got != tc.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tc.in, n, got, tc.want)
		}
	}
}
