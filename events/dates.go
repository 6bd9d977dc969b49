package events

import "github.com/parley-nlp/parley/document"

// A readout reports one occasion (a call, a meeting, talks) and what was
// said and done in it: its acts happened that day. When a document's first
// event is such an occasion, reported as a fact, the acts it reports with
// no time of their own take the occasion's date: the date the text gives
// it ("On May 3, the Chilean president had a telephone conversation ..."),
// else the publication date. Hypothetical acts keep no date. A news story
// that opens otherwise ("X has called for a summit ...") keeps its
// background undated.

// readoutDates fills the dates of events (in document order) that have
// none from the readout's occasion, and returns events.
func readoutDates(doc *document.Document, events []document.Event) []document.Event {
	date, ok := readoutDate(doc, events)
	if !ok {
		return events
	}
	for i := range events {
		if events[i].Date == "" && !events[i].Hypothetical {
			events[i].Date = date
		}
	}
	return events
}

// readoutDate returns the date of the occasion a readout opens with.
func readoutDate(doc *document.Document, events []document.Event) (string, bool) {
	first := -1
	for i, e := range events {
		if first < 0 || e.Sentence < events[first].Sentence {
			first = i
		}
	}
	if first < 0 {
		return "", false
	}
	e := events[first]
	if e.Plover != "CONSULT" || e.Hypothetical || e.Negated || e.Sentence > 2 {
		return "", false
	}
	if e.Date != "" {
		return e.Date, true
	}
	if len(doc.Published) != len("2006-01-02") {
		return "", false
	}
	return doc.Published, true
}
