package syntax

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/conllu"
)

func TestParseWordClasses(t *testing.T) {
	m := parseWordClasses("# comment\nwalked\tdL\nparis\tnPC\nbroken line\n\tn\nodd\tn?v\n")
	for _, c := range []struct {
		form string
		want string // class letters, "-" when absent
	}{
		{"walked", "dL"},
		{"paris", "nPC"},
		{"odd", "nv"}, // unknown letters are ignored
		{"broken line", "-"},
		{"", "-"},
	} {
		bits, ok := m[c.form]
		got := "-"
		if ok {
			got = ""
			for i := 0; i < len(wordClassLetters); i++ {
				if bits&(1<<i) != 0 {
					got += wordClassLetters[i : i+1]
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.form, got, c.want)
		}
	}
}

// TestEmbeddedWordClasses checks facts the generated lexicon must hold:
// inflections are recognised, names are marked, unknown strings are not.
func TestEmbeddedWordClasses(t *testing.T) {
	has := func(form, letter string) bool {
		v := wordClassOf(form)
		return v != 0 && (v-1)&(1<<strings.Index(wordClassLetters, letter)) != 0
	}
	for _, c := range []struct{ form, letter string }{
		{"negotiated", "d"}, {"negotiating", "g"}, {"treaties", "N"}, {"truce", "n"},
		{"went", "d"}, {"larger", "c"}, {"quickly", "r"}, {"london", "P"},
	} {
		if !has(c.form, c.letter) {
			t.Errorf("%q lacks class %q", c.form, c.letter)
		}
	}
	if wordClassOf("qzxwv") != 0 {
		t.Error("nonsense word found")
	}
}

func TestBidirectionalTaggerRoundTrip(t *testing.T) {
	sents := tinyTreebank()
	var train []*conllu.Sentence
	for range 10 {
		train = append(train, sents...)
	}
	tg, err := TrainTagger(train, sents, TrainOptions{Seed: 1, Iters: 3, TwoPass: true, Bidirectional: true})
	if err != nil {
		t.Fatal(err)
	}
	if tg.RW2 == nil {
		t.Fatal("no right-to-left pass")
	}
	var buf bytes.Buffer
	if err := WriteTagger(&buf, tg); err != nil {
		t.Fatal(err)
	}
	back, err := ReadTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.RW2 == nil || !back.WordClasses {
		t.Fatal("right-to-left pass or word classes lost in the round trip")
	}
	words := strings.Fields("The envoys met the minister .")
	got, want := back.Tag(words), tg.Tag(words)
	for i := range words {
		if got[i] != want[i] {
			t.Errorf("%s: %v after the round trip, %v before", words[i], got[i], want[i])
		}
	}
	if got[2].UPOS != "VERB" || got[4].UPOS != "NOUN" {
		t.Errorf("tags %v", got)
	}
}
