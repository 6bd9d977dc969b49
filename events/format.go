package events

import (
	"fmt"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// Format renders event e of doc on one line, for tests and debugging:
//
//	ASSAULT:aerial 195 RUS->UKR "bombed" s=0 date=2024-07-16 neg hyp q=0
//
// Actors print as their country (or name when it has none), "-" when absent.
func Format(doc *document.Document, e document.Event) string {
	var b strings.Builder
	b.WriteString(e.Plover)
	if e.Mode != "" {
		b.WriteString(":" + e.Mode)
	}
	side := func(i int) string {
		if i < 0 || i >= len(doc.Actors) {
			return "-"
		}
		if c := doc.Actors[i].Country; c != "" {
			return c
		}
		return doc.Actors[i].Name
	}
	trig := ""
	if e.Trigger.Start >= 0 && e.Trigger.End <= len(doc.Text) && e.Trigger.Start <= e.Trigger.End {
		trig = doc.Text[e.Trigger.Start:e.Trigger.End]
	}
	target := side(e.Target)
	if e.Target < 0 && e.TargetCountry != "" {
		target = "(" + e.TargetCountry + ")" // a country acted on, no actor named
	} else if e.Target >= 0 && doc.Actors[e.Target].Country == "" && e.TargetCountry != "" {
		target += "(" + e.TargetCountry + ")" // an actor of no country of its own, at home
	}
	fmt.Fprintf(&b, " %s %s->%s %q s=%d", e.Cameo, side(e.Source), target, trig, e.Sentence)
	if e.Date != "" {
		b.WriteString(" date=" + e.Date)
	}
	if e.Negated {
		b.WriteString(" neg")
	}
	if e.Hypothetical {
		b.WriteString(" hyp")
	}
	if e.Quote >= 0 {
		fmt.Fprintf(&b, " q=%d", e.Quote)
	}
	return b.String()
}
