package server

import (
	"html"
	"html/template"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// annotation is one highlighted span of a document's text (byte offsets).
type annotation struct {
	start, end int
	layer      string // actor, quote, time, event: the CSS class hl-LAYER
	key        string // data-ann: the same for every piece of one annotation
	title      string // the tooltip
}

// layerRank orders annotations that share start and end: the outer element
// first, so quotes enclose the mentions and triggers inside them.
var layerRank = map[string]int{"quote": 0, "actor": 1, "time": 2, "event": 3}

// highlight renders text as HTML with every annotation wrapped in a
// <span class="hl hl-LAYER" data-ann=KEY title=TITLE>. Annotations that
// cross each other are split into several elements sharing one data-ann,
// so the markup always nests properly. Text and attributes are escaped;
// spans outside the text or not on UTF-8 boundaries are clipped or moved to
// the previous boundary, never trusted.
func highlight(text string, anns []annotation) template.HTML {
	n := len(text)
	fix := func(off int) int {
		off = max(0, min(off, n))
		for off > 0 && off < n && !utf8.RuneStart(text[off]) {
			off--
		}
		return off
	}
	valid := make([]annotation, 0, len(anns))
	for _, a := range anns {
		a.start, a.end = fix(a.start), fix(a.end)
		if a.start < a.end {
			valid = append(valid, a)
		}
	}
	// Outer before inner: by start, then longer first, then layer rank.
	sort.SliceStable(valid, func(i, j int) bool {
		a, b := valid[i], valid[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return layerRank[a.layer] < layerRank[b.layer]
	})
	cuts := []int{0, n}
	for _, a := range valid {
		cuts = append(cuts, a.start, a.end)
	}
	sort.Ints(cuts)

	var b strings.Builder
	var open []int   // indexes into valid, outermost first
	var active []int // annotations covering the current segment, in order
	next := 0        // the next annotation to activate
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		kept := active[:0]
		for _, k := range active {
			if valid[k].end > lo {
				kept = append(kept, k)
			}
		}
		active = kept
		for next < len(valid) && valid[next].start <= lo {
			if valid[next].end > lo {
				active = append(active, next)
			}
			next++
		}
		sort.Ints(active)
		common := 0
		for common < len(open) && common < len(active) && open[common] == active[common] {
			common++
		}
		for len(open) > common {
			b.WriteString("</span>")
			open = open[:len(open)-1]
		}
		for _, k := range active[common:] {
			a := valid[k]
			b.WriteString(`<span class="hl hl-` + a.layer + `" data-ann="` + html.EscapeString(a.key) +
				`" title="` + html.EscapeString(a.title) + `">`)
			open = append(open, k)
		}
		b.WriteString(html.EscapeString(text[lo:hi]))
	}
	for range open {
		b.WriteString("</span>")
	}
	return template.HTML(b.String())
}

// annKey is the data-ann of the i-th annotation of a layer.
func annKey(layer string, i int) string { return layer[:1] + strconv.Itoa(i) }
