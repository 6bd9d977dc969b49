package storetest

import (
	"strings"

	"github.com/parley-nlp/parley/document"
)

// The fixtures are invented news texts (fictional countries), annotated by
// hand the way the pipeline would annotate them.

func span(text, sub string) document.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in text")
	}
	return document.Span{Start: i, End: i + len(sub)}
}

func sentences(text string, ends ...string) []document.Sentence {
	var out []document.Sentence
	start := 0
	for _, e := range ends {
		s := span(text[start:], e)
		end := start + s.End
		out = append(out, document.Sentence{Span: document.Span{Start: start, End: end}})
		start = end + 1
	}
	return out
}

func mention(text, sub, kind string) document.Mention {
	return document.Mention{Span: span(text, sub), Kind: kind}
}

// Fixture ids and values the suite asserts on.
const (
	DocGeneva = "geneva-talks"
	DocShell  = "kalmar-shelling"
	DocCurfew = "kalmar-curfew"
	DocArrest = "kalmar-arrest"
)

// Geneva is published 2024-03-04 (a Monday): a meeting, a quote, an
// accusation.
func Geneva() *document.Document {
	t := `Ruritania's foreign minister Anna Kolár met her Borduria counterpart in Geneva on Monday. ` +
		`"We agreed to reopen the border crossings," Kolár said. ` +
		`Borduria accused Ruritania of shelling a village.`
	d := document.New(DocGeneva, "2024-03-04", t)
	d.Title, d.URL, d.Source = "Talks in Geneva", "https://news.example/geneva", "Example Wire"
	d.Sentences = sentences(t, "Monday.", "said.", "village.")
	d.Actors = []document.Actor{
		{ID: "A1", Name: "Anna Kolár", Type: "person", Country: "RUR", Sector: "GOV", Role: "Foreign Minister",
			Cameo: "RURGOV", RegistryID: "kolar-anna",
			Mentions: []document.Mention{mention(t, "Anna Kolár", "name"), mention(t, "Kolár said", "name")}},
		{ID: "A2", Name: "Ruritania", Type: "state", Country: "RUR", Cameo: "RUR",
			Mentions: []document.Mention{mention(t, "Ruritania's", "name")}},
		{ID: "A3", Name: "Borduria", Type: "state", Country: "BOR", Cameo: "BOR",
			Mentions: []document.Mention{mention(t, "Borduria accused", "name")}},
	}
	d.Actors[0].Mentions[1].End -= len(" said")
	d.Actors[2].Mentions[0].End -= len(" accused")
	d.Quotes = []document.Quote{{Span: span(t, "We agreed to reopen the border crossings,"), Kind: document.QuoteDirect,
		Speaker: 0, Cue: span(t, "said")}}
	d.Times = []document.Time{{Span: span(t, "Monday"), Value: "2024-03-04", Type: "DATE", Anchor: -1}}
	d.Events = []document.Event{
		{Sentence: 0, Trigger: span(t, "met"), Plover: "CONSULT", Cameo: "040", Source: 0, Target: 2, Date: "2024-03-04", Quote: -1},
		{Sentence: 1, Trigger: span(t, "agreed"), Plover: "AGREE", Cameo: "057", Source: 0, Target: -1, Quote: 0},
		{Sentence: 2, Trigger: span(t, "accused"), Plover: "ACCUSE", Cameo: "112", Source: 2, Target: 1, Quote: -1},
	}
	return d
}

// Shelling is published 2024-03-20: an assault and a demand; Kolár has a
// newer role and Borduria is spelt in lower case (both must merge).
func Shelling() *document.Document {
	t := `The army of borduria shelled the outskirts of Kalmar in Ruritania on Tuesday. ` +
		`Deputy Prime Minister Anna Kolár demanded an immediate ceasefire from Borduria.`
	d := document.New(DocShell, "2024-03-20", t)
	d.Title = "Shelling near Kalmar"
	d.Sentences = sentences(t, "Tuesday.", "Borduria.")
	d.Actors = []document.Actor{
		{ID: "A1", Name: "borduria", Type: "state", Country: "BOR", Sector: "MIL", Cameo: "BORMIL",
			Mentions: []document.Mention{mention(t, "borduria", "name"), mention(t, "Borduria.", "name")}},
		{ID: "A2", Name: "Ruritania", Type: "state", Country: "RUR",
			Mentions: []document.Mention{mention(t, "Ruritania", "name")}},
		{ID: "A3", Name: "Anna Kolar", Type: "person", Country: "RUR", Sector: "GOV", Role: "Deputy Prime Minister",
			RegistryID: "kolar-anna", Mentions: []document.Mention{mention(t, "Anna Kolár", "name")}},
	}
	d.Actors[0].Mentions[1].End--
	d.Quotes = []document.Quote{}
	d.Times = []document.Time{{Span: span(t, "Tuesday"), Value: "2024-03-19", Type: "DATE", Anchor: -1}}
	d.Events = []document.Event{
		{Sentence: 0, Trigger: span(t, "shelled"), Plover: "ASSAULT", Cameo: "195", Source: 0, Target: 1, Date: "2024-03-19", Quote: -1},
		{Sentence: 1, Trigger: span(t, "demanded"), Plover: "DEMAND", Cameo: "1043", Source: 2, Target: 0, Quote: -1, Negated: false},
	}
	return d
}

// Trade has no id, no actors and no events; it is published 2024-04.
func Trade() *document.Document {
	t := "Trade negotiations between the two governments resumed quietly in April."
	d := document.New("", "2024-04", t)
	d.Sentences = sentences(t, "April.")
	d.Actors, d.Quotes, d.Times, d.Events = []document.Actor{}, []document.Quote{}, []document.Time{}, []document.Event{}
	return d
}

// Curfew is published 2024-03-22: two domestic acts with no actor as their
// target (Target -1), each acting on a country (TargetCountry): one by the
// police, one with no source named either.
func Curfew() *document.Document {
	t := `Ruritanian riot police dispersed a crowd of protesters in Kalmar on Thursday. ` +
		`A night curfew was declared across the province.`
	d := document.New(DocCurfew, "2024-03-22", t)
	d.Title = "Curfew in Kalmar"
	d.Sentences = sentences(t, "Thursday.", "province.")
	d.Actors = []document.Actor{
		{ID: "A1", Name: "Ruritanian police", Type: "organization", Country: "RUR", Sector: "COP", Cameo: "RURCOP",
			Mentions: []document.Mention{mention(t, "Ruritanian riot police", "name")}},
	}
	d.Quotes = []document.Quote{}
	d.Times = []document.Time{{Span: span(t, "Thursday"), Value: "2024-03-21", Type: "DATE", Anchor: -1}}
	d.Events = []document.Event{
		{Sentence: 0, Trigger: span(t, "dispersed"), Plover: "COERCE", Cameo: "175", Source: 0, Target: -1, TargetCountry: "RUR",
			Date: "2024-03-21", Quote: -1},
		{Sentence: 1, Trigger: span(t, "declared"), Plover: "COERCE", Cameo: "1723", Source: -1, Target: -1, TargetCountry: "RUR",
			Quote: -1},
	}
	return d
}

// Arrest is published 2024-03-23: a domestic act on a target actor the
// text gives no country (Target set, the actor's Country empty), acting on
// the source's country (TargetCountry).
func Arrest() *document.Document {
	t := `The Kalmar gendarmerie detained the activist Ivo Marek.`
	d := document.New(DocArrest, "2024-03-23", t)
	d.Sentences = sentences(t, "Marek.")
	d.Actors = []document.Actor{
		{ID: "A1", Name: "Kalmar gendarmerie", Type: "organization", Country: "RUR", Sector: "COP", Cameo: "RURCOP",
			Mentions: []document.Mention{mention(t, "Kalmar gendarmerie", "name")}},
		{ID: "A2", Name: "Ivo Marek", Type: "person", Sector: "CVL",
			Mentions: []document.Mention{mention(t, "Ivo Marek", "name")}},
	}
	d.Quotes, d.Times = []document.Quote{}, []document.Time{}
	d.Events = []document.Event{
		{Sentence: 0, Trigger: span(t, "detained"), Plover: "COERCE", Cameo: "173", Source: 0, Target: 1, TargetCountry: "RUR",
			Quote: -1},
	}
	return d
}
