package syntax

import (
	"bytes"
	"reflect"
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

// TestSureWordsSkipped checks the right-to-left pass's shortcut: a word
// marked sure keeps the class it is given and is not scored, the others
// are scored; and without dev sentences no margin is chosen.
func TestSureWordsSkipped(t *testing.T) {
	tg, _ := loadModels(t)
	if tg.RW2 == nil {
		t.Skip("embedded tagger has no right-to-left pass")
	}
	words := strings.Fields("observers said the delegations argued about wording until dawn")
	given := make([]int, len(words))
	sure := make([]bool, len(words))
	for i := range given {
		given[i] = 0 // a class no word here should take when scored
		sure[i] = i%2 == 0
	}
	nt := len(tg.Tags)
	sums := make([]float32, len(words)*nt)
	out := tg.pass(words, tg.info(words), tg.RW2, given, sums, sure)
	for i := range words {
		scored := false
		for _, v := range sums[i*nt : (i+1)*nt] {
			scored = scored || v != 0
		}
		_, fixed := tg.Fixed[words[i]]
		switch {
		case fixed:
		case sure[i] && (out[i] != given[i] || scored):
			t.Errorf("%s: sure word got class %d (scored %v)", words[i], out[i], scored)
		case !sure[i] && !scored:
			t.Errorf("%s: unsure word not scored", words[i])
		}
	}
	if m := tg.chooseSureMargin(nil, 0); m != 0 {
		t.Errorf("margin %v chosen without dev sentences", m)
	}
}

// TestLemmaUsesWordClasses checks that a suffix rule's output is checked
// against the lexicon: one cut letter too many is restored when the
// longer form is a lemma of the word's class.
func TestLemmaUsesWordClasses(t *testing.T) {
	l := &Lemmatizer{Seen: map[string]string{}, Rules: map[string]string{"VBN\ted": "-|2|"}}
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"underscored", "VERB", "VBN", "underscore"},
		{"walked", "VERB", "VBN", "walk"},
		{"blorfed", "VERB", "VBN", "blorf"}, // unknown either way: the rule stands
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("%s/%s: %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}

// TestReversedInfo checks that the right-to-left pass's word features,
// reused from the left-to-right ones, equal those computed afresh.
func TestReversedInfo(t *testing.T) {
	tg, _ := loadModels(t)
	for _, s := range []string{"A", "The envoy met the minister in Lima .", "lima TALKS Resume"} {
		w := strings.Fields(s)
		rev := make([]string, len(w))
		for i := range w {
			rev[len(w)-1-i] = w[i]
		}
		if got, want := reversedInfo(tg.info(w)), tg.info(rev); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: reversed features differ", s)
		}
	}
}
