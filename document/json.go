package document

import (
	"encoding/json"
	"unicode/utf8"
)

// This file is the JSON edge of the contract (../shared/CONTRACT.md): byte
// offsets become code-point offsets here and nowhere else.

// JSONSpan is a span with code-point offsets and its text.
type JSONSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// JSONSentence is a sentence as the contract prints it.
type JSONSentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// JSONActor is an actor as the contract prints it.
type JSONActor struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Country  *string    `json:"country"`
	Sector   *string    `json:"sector"`
	Role     *string    `json:"role"`
	Cameo    *string    `json:"cameo"`
	Mentions []JSONSpan `json:"mentions"`
}

// JSONQuote is a quote as the contract prints it.
type JSONQuote struct {
	Start         int       `json:"start"`
	End           int       `json:"end"`
	Text          string    `json:"text"`
	Kind          string    `json:"kind"`
	Speaker       *string   `json:"speaker"`
	SpeakerName   *string   `json:"speaker_name"`
	SpeakerCtry   *string   `json:"speaker_country"`
	SpeakerSector *string   `json:"speaker_sector"`
	Cue           *JSONSpan `json:"cue"`
}

// JSONTime is a time expression as the contract prints it.
type JSONTime struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value *string `json:"value"`
	Type  string  `json:"type"`
	Mod   string  `json:"mod,omitempty"`
}

// JSONEvent is an event as the contract prints it.
type JSONEvent struct {
	Sentence     int      `json:"sentence"`
	Trigger      JSONSpan `json:"trigger"`
	Plover       string   `json:"plover"`
	Mode         string   `json:"mode,omitempty"`
	Cameo        string   `json:"cameo"`
	Source       *string  `json:"source"`
	SourceCtry   *string  `json:"source_country"`
	SourceSector *string  `json:"source_sector"`
	SourceCameo  *string  `json:"source_cameo"`
	Target       *string  `json:"target"`
	TargetCtry   *string  `json:"target_country"`
	TargetSector *string  `json:"target_sector"`
	TargetCameo  *string  `json:"target_cameo"`
	Date         *string  `json:"date"`
	Negated      bool     `json:"negated"`
	Hypothetical bool     `json:"hypothetical"`
}

// JSONDocument is the contract's document object.
type JSONDocument struct {
	ID        string         `json:"id"`
	Published *string        `json:"published"`
	Title     string         `json:"title,omitempty"`
	URL       string         `json:"url,omitempty"`
	Source    string         `json:"source,omitempty"`
	Text      *string        `json:"text,omitempty"`
	Sentences []JSONSentence `json:"sentences"`
	Actors    []JSONActor    `json:"actors"`
	Quotes    []JSONQuote    `json:"quotes"`
	Times     []JSONTime     `json:"times"`
	Events    []JSONEvent    `json:"events"`
}

// RuneIndex converts byte offsets of one text into code-point offsets.
// The zero value is not usable; build one with NewRuneIndex.
type RuneIndex struct {
	text  string
	ascii bool
	// checkpoints[i] is the code-point offset of byte i*step (rounded down to
	// a rune start); conversions walk at most step bytes.
	checkpoints []int
}

const runeIndexStep = 64

// NewRuneIndex indexes text for byte → code-point conversion.
func NewRuneIndex(text string) *RuneIndex {
	ri := &RuneIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if ri.ascii {
		return ri
	}
	ri.checkpoints = make([]int, len(text)/runeIndexStep+1)
	runes := 0
	for i := 0; i < len(text); i++ {
		if i%runeIndexStep == 0 {
			// code points started strictly before byte i
			ri.checkpoints[i/runeIndexStep] = runes
		}
		if !utf8.RuneStart(text[i]) {
			continue
		}
		runes++
	}
	return ri
}

// Runes returns the code-point offset of byte offset off (a rune boundary).
func (ri *RuneIndex) Runes(off int) int {
	if ri.ascii {
		return off
	}
	if off > len(ri.text) {
		off = len(ri.text)
	}
	c := off / runeIndexStep
	n := ri.checkpoints[c]
	for i := c * runeIndexStep; i < off; i++ {
		if utf8.RuneStart(ri.text[i]) {
			n++
		}
	}
	return n
}

// Bytes returns the byte offset of code-point offset cp (clamped to the text).
func (ri *RuneIndex) Bytes(cp int) int {
	if ri.ascii {
		if cp > len(ri.text) {
			return len(ri.text)
		}
		return cp
	}
	// binary search over checkpoints, then walk
	lo, hi := 0, len(ri.checkpoints)
	for lo+1 < hi {
		m := (lo + hi) / 2
		if ri.checkpoints[m] <= cp {
			lo = m
		} else {
			hi = m
		}
	}
	n := ri.checkpoints[lo]
	i := lo * runeIndexStep
	for ; i < len(ri.text); i++ {
		if utf8.RuneStart(ri.text[i]) {
			if n == cp {
				return i
			}
			n++
		}
	}
	return len(ri.text)
}

func (ri *RuneIndex) span(s Span) JSONSpan {
	return JSONSpan{Start: ri.Runes(s.Start), End: ri.Runes(s.End), Text: ri.text[s.Start:s.End]}
}

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// ToJSON converts d into the contract's JSON shape. withText includes the
// document text (for --with-text and the API).
func (d *Document) ToJSON(withText bool) JSONDocument {
	ri := NewRuneIndex(d.Text)
	out := JSONDocument{
		ID: d.ID, Published: str(d.Published), Title: d.Title, URL: d.URL, Source: d.Source,
		Sentences: make([]JSONSentence, 0, len(d.Sentences)),
		Actors:    make([]JSONActor, 0, len(d.Actors)),
		Quotes:    make([]JSONQuote, 0, len(d.Quotes)),
		Times:     make([]JSONTime, 0, len(d.Times)),
		Events:    make([]JSONEvent, 0, len(d.Events)),
	}
	if withText {
		t := d.Text
		out.Text = &t
	}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, JSONSentence{Start: ri.Runes(s.Start), End: ri.Runes(s.End)})
	}
	for _, a := range d.Actors {
		ja := JSONActor{ID: a.ID, Name: a.Name, Type: a.Type, Country: str(a.Country), Sector: str(a.Sector),
			Role: str(a.Role), Cameo: str(a.Cameo), Mentions: make([]JSONSpan, 0, len(a.Mentions))}
		for _, m := range a.Mentions {
			ja.Mentions = append(ja.Mentions, ri.span(m.Span))
		}
		out.Actors = append(out.Actors, ja)
	}
	actor := func(i int) *Actor {
		if i < 0 || i >= len(d.Actors) {
			return nil
		}
		return &d.Actors[i]
	}
	for _, q := range d.Quotes {
		sp := ri.span(q.Span)
		jq := JSONQuote{Start: sp.Start, End: sp.End, Text: sp.Text, Kind: q.Kind}
		if a := actor(q.Speaker); a != nil {
			jq.Speaker, jq.SpeakerName, jq.SpeakerCtry, jq.SpeakerSector = str(a.ID), str(a.Name), str(a.Country), str(a.Sector)
		}
		if q.Cue.End > q.Cue.Start {
			c := ri.span(q.Cue)
			jq.Cue = &c
		}
		out.Quotes = append(out.Quotes, jq)
	}
	for _, t := range d.Times {
		sp := ri.span(t.Span)
		out.Times = append(out.Times, JSONTime{Start: sp.Start, End: sp.End, Text: sp.Text, Value: str(t.Value), Type: t.Type, Mod: t.Mod})
	}
	for _, e := range d.Events {
		je := JSONEvent{Sentence: e.Sentence, Trigger: ri.span(e.Trigger), Plover: e.Plover, Mode: e.Mode, Cameo: e.Cameo,
			Date: str(e.Date), Negated: e.Negated, Hypothetical: e.Hypothetical}
		if a := actor(e.Source); a != nil {
			je.Source, je.SourceCtry, je.SourceSector, je.SourceCameo = str(a.ID), str(a.Country), str(a.Sector), str(a.Cameo)
		}
		if a := actor(e.Target); a != nil {
			je.Target, je.TargetSector, je.TargetCameo = str(a.ID), str(a.Sector), str(a.Cameo)
		}
		je.TargetCtry = str(d.TargetCountryOf(e))
		out.Events = append(out.Events, je)
	}
	return out
}

// MarshalContract returns the contract JSON of d on one line.
func (d *Document) MarshalContract(withText bool) ([]byte, error) {
	return json.Marshal(d.ToJSON(withText))
}
