package server

import (
	"fmt"
	"math"
	"sort"

	"github.com/parley-nlp/parley/store"
)

// This file lays out the two charts in SVG user units on the server, so the
// pages need no chart library and show without JavaScript.

// barChart is a timeline as stacked bars: cooperative events at the bottom,
// conflictual (and the rest) on top.
type barChart struct {
	Width, Height float64
	Base          float64 // y of the x axis
	Max           int     // the count the full height stands for
	Bars          []bar
	Ticks         []tick
}

type bar struct {
	X, W         float64
	CoopY, CoopH float64
	ConfY, ConfH float64
	Start        string
	Count        int
	Cooperative  int
	Conflictual  int
}

type tick struct {
	X     float64
	Label string
}

// Chart geometry.
const (
	chartWidth  = 720.0
	chartHeight = 220.0
	chartLeft   = 36.0
	chartBottom = 24.0
	chartTop    = 10.0
)

// newBarChart lays out buckets (ascending); at most about eight labels are
// drawn under the axis.
func newBarChart(buckets []store.Bucket) barChart {
	c := barChart{Width: chartWidth, Height: chartHeight, Base: chartHeight - chartBottom}
	for _, b := range buckets {
		c.Max = max(c.Max, b.Count)
	}
	if len(buckets) == 0 || c.Max == 0 {
		return c
	}
	slot := (chartWidth - chartLeft) / float64(len(buckets))
	scale := (c.Base - chartTop) / float64(c.Max)
	every := (len(buckets) + 7) / 8
	for i, b := range buckets {
		x := chartLeft + float64(i)*slot
		w := math.Max(1, slot*0.8)
		coopH := float64(b.Cooperative) * scale
		confH := float64(b.Count-b.Cooperative) * scale
		c.Bars = append(c.Bars, bar{X: x + (slot-w)/2, W: w,
			CoopY: c.Base - coopH, CoopH: coopH, ConfY: c.Base - coopH - confH, ConfH: confH,
			Start: b.Start, Count: b.Count, Cooperative: b.Cooperative, Conflictual: b.Count - b.Cooperative})
		if i%every == 0 {
			c.Ticks = append(c.Ticks, tick{X: x + slot/2, Label: b.Start})
		}
	}
	return c
}

// netLayout is the actor network drawn on a circle.
type netLayout struct {
	Size  float64
	Nodes []netNode
	Edges []netEdge
}

type netNode struct {
	store.Node
	X, Y, R        float64
	LabelX, LabelY float64
	Label          string // the name, shortened to fit beside the circle
	Anchor         string // text-anchor of the label: start, middle or end
}

type netEdge struct {
	store.Edge
	Path        string // an SVG path: a slight curve, so A→B and B→A both show
	StrokeWidth float64
	SourceName  string
	TargetName  string
}

// Network geometry: the circle leaves netMargin on each side for labels.
const (
	netSize   = 760.0
	netMargin = 120.0
)

// newNetLayout places nodes on a circle, heaviest first from the top,
// clockwise, with radius growing with their event count.
func newNetLayout(n *store.Network) netLayout {
	l := netLayout{Size: netSize}
	nodes := append([]store.Node(nil), n.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].Events > nodes[j].Events })
	maxEvents, maxWeight := 1, 1
	for _, nd := range nodes {
		maxEvents = max(maxEvents, nd.Events)
	}
	for _, e := range n.Edges {
		maxWeight = max(maxWeight, e.Weight)
	}
	c, radius := netSize/2, netSize/2-netMargin
	at := map[int64]int{}
	for i, nd := range nodes {
		angle := 2*math.Pi*float64(i)/float64(len(nodes)) - math.Pi/2
		x, y := c+radius*math.Cos(angle), c+radius*math.Sin(angle)
		node := netNode{Node: nd, X: round1(x), Y: round1(y),
			R:      round1(5 + 10*math.Sqrt(float64(nd.Events)/float64(maxEvents))),
			LabelX: round1(c + (radius+22)*math.Cos(angle)), LabelY: round1(c + (radius+22)*math.Sin(angle) + 4),
			Label: shorten(nd.Name, maxLabelRunes), Anchor: "start"}
		switch cos := math.Cos(angle); {
		case math.Abs(cos) < 0.15:
			node.Anchor = "middle"
		case cos < 0:
			node.Anchor = "end"
		}
		at[nd.ID] = len(l.Nodes)
		l.Nodes = append(l.Nodes, node)
	}
	for _, e := range n.Edges {
		si, ok1 := at[e.Source]
		ti, ok2 := at[e.Target]
		if !ok1 || !ok2 {
			continue
		}
		s, t := l.Nodes[si], l.Nodes[ti]
		// Control point: the midpoint pushed sideways by a tenth of the
		// length, to the left of the direction of travel.
		mx, my := (s.X+t.X)/2, (s.Y+t.Y)/2
		dx, dy := t.X-s.X, t.Y-s.Y
		qx, qy := mx-dy*0.1, my+dx*0.1
		// End the curve at the target's rim, where the arrowhead belongs:
		// step back from the centre towards the control point.
		ex, ey := t.X, t.Y
		if d := math.Hypot(qx-t.X, qy-t.Y); d > t.R+2 {
			ex, ey = t.X+(qx-t.X)*(t.R+2)/d, t.Y+(qy-t.Y)*(t.R+2)/d
		}
		l.Edges = append(l.Edges, netEdge{Edge: e,
			Path:        fmt.Sprintf("M%.1f %.1f Q%.1f %.1f %.1f %.1f", s.X, s.Y, qx, qy, ex, ey),
			StrokeWidth: round1(1 + 5*float64(e.Weight)/float64(maxWeight)),
			SourceName:  s.Name, TargetName: t.Name})
	}
	return l
}

// maxLabelRunes keeps a label within netMargin at 12px type.
const maxLabelRunes = 20

// shorten cuts s to at most n runes, ending with an ellipsis when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
