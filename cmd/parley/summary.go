package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// writeSummary prints a document's layers for a person reading a terminal:
// who is in it, who said what, when, and who did what to whom.
func writeSummary(w io.Writer, d *document.Document) {
	title := d.Title
	if title == "" {
		title = firstLine(d.Text, 80)
	}
	fmt.Fprintf(w, "== %s  (%s, published %s)\n", title, d.ID, orDash(d.Published))
	fmt.Fprintf(w, "   %d sentences, %d tokens\n", len(d.Sentences), len(d.Tokens))
	actorName := func(i int) string {
		if i < 0 || i >= len(d.Actors) {
			return "?"
		}
		a := d.Actors[i]
		code := strings.Trim(a.Country+" "+a.Sector, " ")
		if code == "" {
			return a.Name
		}
		return a.Name + " [" + code + "]"
	}
	if len(d.Actors) > 0 {
		fmt.Fprintf(w, "\n   Actors (%d)\n", len(d.Actors))
		for i, a := range d.Actors {
			role := ""
			if a.Role != "" {
				role = ", " + a.Role
			}
			fmt.Fprintf(w, "   - %s (%s%s), %d mention(s)\n", actorName(i), a.Type, role, len(a.Mentions))
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(w, "\n   Quotes (%d)\n", len(d.Quotes))
		for _, q := range d.Quotes {
			fmt.Fprintf(w, "   - %s: %q (%s)\n", actorName(q.Speaker), clip(d.SpanText(q.Span), 110), q.Kind)
		}
	}
	if len(d.Times) > 0 {
		fmt.Fprintf(w, "\n   Times (%d)\n", len(d.Times))
		for _, t := range d.Times {
			fmt.Fprintf(w, "   - %q → %s\n", d.SpanText(t.Span), orDash(t.Value))
		}
	}
	if len(d.Events) > 0 {
		fmt.Fprintf(w, "\n   Events (%d)\n", len(d.Events))
		for _, e := range d.Events {
			flags := ""
			if e.Negated {
				flags += " negated"
			}
			if e.Hypothetical {
				flags += " hypothetical"
			}
			target := actorName(e.Target)
			if (e.Target < 0 || e.Target >= len(d.Actors)) && e.TargetCountry != "" {
				target = "(" + e.TargetCountry + ")" // a country acted on, no actor named
			}
			fmt.Fprintf(w, "   - %s %s (CAMEO %s) %s → %s, %s%s\n", d.SpanText(e.Trigger), e.Plover, e.Cameo,
				actorName(e.Source), target, orDash(e.Date), flags)
		}
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clip(s, n)
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
