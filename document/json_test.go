package document

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestRuneIndex(t *testing.T) {
	tests := []struct {
		text string
		off  int
		want int
	}{
		{"abc", 2, 2},
		{"Kyiv’s plan", 4, 4},
		{"Kyiv’s plan", 7, 5},
		{"Kyiv’s plan", 13, 11},
		{"—ab", 3, 1},
	}
	for _, tt := range tests {
		ri := NewRuneIndex(tt.text)
		if got := ri.Runes(tt.off); got != tt.want {
			t.Errorf("Runes(%q, %d) = %d, want %d", tt.text, tt.off, got, tt.want)
		}
		if got := ri.Bytes(tt.want); got != tt.off {
			t.Errorf("Bytes(%q, %d) = %d, want %d", tt.text, tt.want, got, tt.off)
		}
	}
}

// FuzzRuneIndex checks the index against a direct count at every rune start.
func FuzzRuneIndex(f *testing.F) {
	f.Add("Mr. Peskov said “no” — at 5 p.m.")
	f.Add("日本語のテキスト and English")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ri := NewRuneIndex(s)
		n := 0
		for i := range s {
			if got := ri.Runes(i); got != n {
				t.Fatalf("Runes(%d) = %d, want %d", i, got, n)
			}
			if got := ri.Bytes(n); got != i {
				t.Fatalf("Bytes(%d) = %d, want %d", n, got, i)
			}
			n++
		}
		if got := ri.Runes(len(s)); got != n {
			t.Fatalf("Runes(end) = %d, want %d", got, n)
		}
	})
}

func TestToJSONSpansAreCodePoints(t *testing.T) {
	d := New("x", "2024-07-17", "“Talks,” Mr. Lavrov said in Moscow’s statement.")
	lavrov := Span{Start: len("“Talks,” Mr. "), End: len("“Talks,” Mr. Lavrov")}
	d.Sentences = []Sentence{{Span: Span{0, len(d.Text)}}}
	d.Actors = []Actor{{ID: "A1", Name: "Sergey Lavrov", Type: "person", Country: "RUS", Sector: "GOV",
		Mentions: []Mention{{Span: lavrov, Kind: "name"}}}}
	d.Quotes = []Quote{{Span: Span{len("“"), len("“Talks,")}, Kind: QuoteDirect, Speaker: 0}}
	b, err := d.MarshalContract(false)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Sentences []struct{ Start, End int }
		Actors    []struct {
			Country  *string
			Role     *string
			Mentions []struct {
				Start, End int
				Text       string
			}
		}
		Quotes []struct {
			Start, End  int
			Text        string
			SpeakerName string `json:"speaker_name"`
		}
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	runes := []rune(d.Text)
	m := back.Actors[0].Mentions[0]
	if string(runes[m.Start:m.End]) != "Lavrov" || m.Text != "Lavrov" {
		t.Errorf("mention = %d:%d %q", m.Start, m.End, m.Text)
	}
	if back.Actors[0].Role != nil || *back.Actors[0].Country != "RUS" {
		t.Errorf("empty role should be null, country RUS: %s", b)
	}
	q := back.Quotes[0]
	if string(runes[q.Start:q.End]) != "Talks," || q.SpeakerName != "Sergey Lavrov" {
		t.Errorf("quote = %+v", q)
	}
	if back.Sentences[0].End != len(runes) {
		t.Errorf("sentence end = %d, want %d", back.Sentences[0].End, len(runes))
	}
}

func TestLookups(t *testing.T) {
	d := New("x", "", "Kyiv says no. Moscow disagrees.")
	d.Tokens = []Token{{Span: Span{0, 4}}, {Span: Span{5, 9}}, {Span: Span{10, 12}}, {Span: Span{12, 13}},
		{Span: Span{14, 20}}, {Span: Span{21, 30}}, {Span: Span{30, 31}}}
	d.Sentences = []Sentence{{Span: Span{0, 13}, FirstToken: 0, EndToken: 4}, {Span: Span{14, 31}, FirstToken: 4, EndToken: 7}}
	if got := d.SentenceOf(5); got != 1 {
		t.Errorf("SentenceOf(5) = %d", got)
	}
	if got := d.TokenAt(16); got != 4 {
		t.Errorf("TokenAt(16) = %d", got)
	}
	if got := d.TokenAt(13); got != -1 {
		t.Errorf("TokenAt(13) = %d, want -1 (space)", got)
	}
	if f, e := d.TokensIn(Span{14, 31}); f != 4 || e != 7 {
		t.Errorf("TokensIn = %d,%d", f, e)
	}
}

// An event whose target is a country with no actor named prints the
// country and a null target; a named target prints its actor.
func TestToJSONTargetCountry(t *testing.T) {
	d := New("x", "2024-07-17", "Police dispersed the crowd. Chile thanked Peru.")
	d.Sentences = []Sentence{{Span: Span{0, 27}}, {Span: Span{28, len(d.Text)}}}
	d.Actors = []Actor{{ID: "A1", Name: "Chile", Type: "state", Country: "CHL", Sector: "GOV"},
		{ID: "A2", Name: "Peru", Type: "state", Country: "PER", Sector: "GOV"}}
	d.Events = []Event{
		{Sentence: 0, Trigger: Span{7, 16}, Plover: "COERCE", Cameo: "17", Source: 0, Target: -1, TargetCountry: "CHL", Quote: -1},
		{Sentence: 1, Trigger: Span{34, 41}, Plover: "SUPPORT", Cameo: "051", Source: 0, Target: 1, TargetCountry: "XXX", Quote: -1},
	}
	j := d.ToJSON(false)
	if e := j.Events[0]; e.Target != nil || e.TargetCtry == nil || *e.TargetCtry != "CHL" {
		t.Errorf("domestic event: target %v, country %v", e.Target, e.TargetCtry)
	}
	if e := j.Events[1]; e.Target == nil || *e.Target != "A2" || *e.TargetCtry != "PER" {
		t.Errorf("named target: target %v, country %v", e.Target, e.TargetCtry)
	}
}
