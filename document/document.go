// Package document defines the one type that flows through parley's
// pipeline: a Document owns the original text and every annotation layer.
//
// Invariants:
//   - Text never changes after the Document is created.
//   - Every Span is a half-open byte range [Start, End) into Text, on UTF-8
//     boundaries. Code points appear only at the JSON edge (see json.go).
//   - Layers refer to each other by integer index (token index, sentence
//     index, actor index), never by pointer.
//   - A nil layer slice means "the stage did not run"; an empty, non-nil
//     slice means "ran and found nothing" (see Has).
package document

import "fmt"

// Span is a half-open byte range into Document.Text. The zero Span is empty.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// NoHead marks a token with no syntactic head yet; RootHead marks the root of
// a sentence's dependency tree.
const (
	NoHead   = -2
	RootHead = -1
)

// Token is one word of the text as UD English EWT tokenizes it.
// Head is a document-level token index, RootHead, or NoHead when unparsed.
type Token struct {
	Span
	UPOS   string
	XPOS   string
	Lemma  string
	Head   int
	DepRel string
}

// Sentence is a token range [FirstToken, EndToken) and its byte span.
type Sentence struct {
	Span
	FirstToken, EndToken int
}

// Mention is one place in the text where an actor is named or referred to.
// Tokens is the token range [First, End) covered, when known.
type Mention struct {
	Span
	// Kind says how the actor is referred to: "name", "title", "pronoun",
	// "metonym", "demonym", "role". It helps later stages weigh mentions.
	Kind string
}

// Actor is one real-world actor referred to in the document.
// Empty strings are unknown values and print as JSON null.
type Actor struct {
	ID      string // "A1", "A2", ... unique in the document
	Name    string // canonical name
	Type    string // person | state | organization
	Country string // ISO 3166-1 alpha-3, or an IGO short name (NATO, UN ...)
	Sector  string // GOV, MIL, LEG, JUD, OPP, REB, MED, BUS, CVL, IGO, NGO, PTY, SPY, COP
	Role    string // for persons: the role at the document's date
	Cameo   string // CAMEO actor code (RUSGOV ...)
	// RegistryID is the stable id of the registry record, when resolved from
	// the registry; the store uses it to merge actors across documents.
	RegistryID string
	Mentions   []Mention
}

// Place is a place the text names that is no actor of its own: "talks in
// Vienna", "shells fell on targets in Jericho", "arrived in Amman"; or a
// group of a country's people named in passing. It tells later stages
// where an act happened, and so on whose territory, or whose people.
type Place struct {
	Span
	Country string // ISO 3166-1 alpha-3 of the state the place lies in
	// People marks a group of the country's people named in passing
	// ("the evacuation of Turkish citizens"), not a place.
	People bool
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is a direct, partial or indirect (reported) quotation.
// Speaker is an index into Document.Actors, or -1 when unknown.
type Quote struct {
	Span
	Kind    string
	Speaker int
	Cue     Span // the cue verb or phrase; zero when none
}

// Time is a TIMEX3 expression. Value is empty when it cannot be normalized
// (for example a relative expression without a publication date).
type Time struct {
	Span
	Value string
	Type  string // DATE, TIME, DURATION, SET
	Mod   string // TIMEX3 mod: START, MID, END, APPROX ... (optional)
	// Anchor is the document token index of the clause head (usually a verb)
	// that the expression modifies, or -1 when not linked.
	Anchor int
}

// Event is one coded political event. Source and Target index
// Document.Actors, or -1 when absent.
type Event struct {
	Sentence int
	Trigger  Span
	Plover   string
	Mode     string
	Cameo    string
	Source   int
	Target   int
	// TargetCountry is the country acted on when the target actor has
	// none of its own: with no actor (Target < 0), a domestic act with no
	// foreign party ("police dispersed the protesters", "rebels shelled
	// the town") acts on the source's own country; a target the text
	// gives no country ("detained opposition leader Ana Ruiz") at home is
	// of the source's country. Empty otherwise: see TargetCountryOf.
	TargetCountry string
	Date          string // TIMEX3-style date, empty when unknown
	Negated       bool
	Hypothetical  bool
	Quote         int // index into Document.Quotes when the event is inside reported speech, else -1
}

// TargetCountryOf returns the country e acts on: its target actor's, else
// the one the events stage inferred (Event.TargetCountry).
func (d *Document) TargetCountryOf(e Event) string {
	if e.Target >= 0 && e.Target < len(d.Actors) && d.Actors[e.Target].Country != "" {
		return d.Actors[e.Target].Country
	}
	return e.TargetCountry
}

// Document is a text and all its annotation layers.
type Document struct {
	ID        string
	Published string // YYYY-MM-DD, YYYY-MM, or empty
	Title     string
	URL       string
	Source    string
	Text      string

	Sentences []Sentence
	Tokens    []Token
	Actors    []Actor
	Places    []Place // filled by the actors stage with Actors; not part of the JSON contract
	Quotes    []Quote
	Times     []Time
	Events    []Event
}

// New returns a document for text. The caller guarantees text is valid UTF-8
// (the input package cleans text on the way in).
func New(id, published, text string) *Document {
	return &Document{ID: id, Published: published, Text: text}
}

// SpanText returns the text covered by s.
func (d *Document) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// TokenText returns the text of token i.
func (d *Document) TokenText(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// SentenceOf returns the index of the sentence containing token i, or -1.
func (d *Document) SentenceOf(tok int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case tok < d.Sentences[m].FirstToken:
			hi = m
		case tok >= d.Sentences[m].EndToken:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the token that contains byte offset off, or -1.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < d.Tokens[m].Start:
			hi = m
		case off >= d.Tokens[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokensIn returns the token range [first, end) of tokens lying inside s.
func (d *Document) TokensIn(s Span) (first, end int) {
	first, end = len(d.Tokens), len(d.Tokens)
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first = lo
	end = first
	for end < len(d.Tokens) && d.Tokens[end].End <= s.End {
		end++
	}
	return first, end
}

// Layer names, for Has.
const (
	LayerSentences = "sentences"
	LayerTokens    = "tokens"
	LayerSyntax    = "syntax"
	LayerActors    = "actors"
	LayerQuotes    = "quotes"
	LayerTimes     = "times"
	LayerEvents    = "events"
)

// Has reports whether the stage producing layer has run on d.
func (d *Document) Has(layer string) bool {
	switch layer {
	case LayerSentences:
		return d.Sentences != nil
	case LayerTokens:
		return d.Tokens != nil
	case LayerSyntax:
		return len(d.Tokens) > 0 && d.Tokens[0].Head != NoHead
	case LayerActors:
		return d.Actors != nil
	case LayerQuotes:
		return d.Quotes != nil
	case LayerTimes:
		return d.Times != nil
	case LayerEvents:
		return d.Events != nil
	}
	return false
}
