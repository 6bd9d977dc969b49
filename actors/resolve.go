package actors

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// Pronoun classes for ResolveAt.
var (
	personPronouns = map[string]bool{"he": true, "him": true, "his": true, "himself": true,
		"she": true, "her": true, "hers": true, "herself": true}
	groupPronouns = map[string]bool{"it": true, "its": true, "itself": true, "they": true, "them": true, "their": true}
	firstPlural   = map[string]bool{"we": true, "our": true, "us": true}
)

// ResolveAt returns the index in doc.Actors of the actor that the token at
// tokenIndex refers to, or -1. A token inside an actor mention resolves to
// that actor. A third-person pronoun resolves to the nearest preceding actor
// mention of the right kind (persons for he/she, states and organizations
// for it/its; they/their to either) within the current and the two
// preceding sentences. doc.Actors must be filled (the actors stage ran).
func ResolveAt(doc *document.Document, tokenIndex int) int {
	if tokenIndex < 0 || tokenIndex >= len(doc.Tokens) {
		return -1
	}
	tok := doc.Tokens[tokenIndex]
	for ai, a := range doc.Actors {
		for _, m := range a.Mentions {
			if m.Span.Overlaps(tok.Span) {
				return ai
			}
		}
	}
	w := strings.ToLower(doc.Text[tok.Start:tok.End])
	wantPerson := personPronouns[w]
	wantGroup := groupPronouns[w]
	if !wantPerson && !wantGroup {
		return -1
	}
	limit := 0
	if s := doc.SentenceOf(tokenIndex); s >= 0 {
		if s >= 2 {
			limit = doc.Sentences[s-2].Start
		}
	} else if tok.Start > 600 {
		limit = tok.Start - 600
	}
	best, bestEnd := -1, -1
	for ai, a := range doc.Actors {
		isPerson := a.Type == "person"
		if wantPerson && !isPerson || w != "they" && w != "them" && w != "their" && wantGroup && isPerson {
			continue
		}
		for _, m := range a.Mentions {
			if m.End <= tok.Start && m.Start >= limit && m.End > bestEnd {
				best, bestEnd = ai, m.End
			}
		}
	}
	return best
}
