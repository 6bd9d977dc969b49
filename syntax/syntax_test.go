package syntax

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-nlp/parley/conllu"
	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

var long = flag.Bool("long", false, "score the embedded models on EWT dev")

func loadModels(t testing.TB) (*Tagger, *Parser) {
	t.Helper()
	tg, p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg, p
}

// checkTree fails unless heads form one tree: exactly one root and every
// word reaching it without a cycle.
func checkTree(t testing.TB, heads []int) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
		} else if h < 0 || h >= len(heads) || h == i {
			t.Fatalf("word %d has head %d", i, h)
		}
	}
	if len(heads) > 0 && roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
	for i := range heads {
		seen := 0
		for j := i; j != -1; j = heads[j] {
			if seen++; seen > len(heads) {
				t.Fatalf("cycle through word %d in %v", i, heads)
			}
		}
	}
}

func TestTagAndParseTree(t *testing.T) {
	tg, p := loadModels(t)
	for _, s := range []string{
		"",
		"Hello",
		". . . , , ;",
		"The envoy met the president on Tuesday and they discussed the ceasefire .",
		strings.Repeat("war peace , the of 42 ", 90),
	} {
		words := strings.Fields(s)
		tags := tg.Tag(words)
		heads, labels := p.Parse(words, tags)
		if len(tags) != len(words) || len(heads) != len(words) || len(labels) != len(words) {
			t.Fatalf("%q: lengths %d %d %d", s, len(tags), len(heads), len(labels))
		}
		checkTree(t, heads)
		for i, h := range heads {
			if (h == -1) != (labels[i] == "root") {
				t.Errorf("%q: word %d head %d label %s", s, i, h, labels[i])
			}
		}
	}
}

func TestTagLemma(t *testing.T) {
	tg, _ := loadModels(t)
	words := strings.Fields("The envoys were meeting the ministers .")
	var got []string
	for _, x := range tg.Tag(words) {
		got = append(got, x.UPOS+"/"+x.Lemma)
	}
	if g, want := strings.Join(got, " "), "DET/the NOUN/envoy AUX/be VERB/meet DET/the NOUN/minister PUNCT/."; g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

func TestGolden(t *testing.T) {
	tg, p := loadModels(t)
	f, err := os.Open("testdata/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "words: "):
			words = strings.Fields(strings.TrimPrefix(line, "words: "))
		case strings.HasPrefix(line, "label: "):
			f := strings.Fields(strings.TrimPrefix(line, "label: "))
			_, labels := p.Parse(words, tg.Tag(words))
			dep := index(words, f[0])
			if dep < 0 || len(f) != 2 {
				t.Fatalf("bad golden line %q", line)
			}
			if labels[dep] != f[1] {
				t.Errorf("%s: label of %s is %s, want %s", strings.Join(words, " "), f[0], labels[dep], f[1])
			}
		case strings.HasPrefix(line, "head: "):
			f := strings.Fields(strings.TrimPrefix(line, "head: "))
			heads, _ := p.Parse(words, tg.Tag(words))
			dep, head := index(words, f[0]), index(words, f[1])
			if dep < 0 || (head < 0 && f[1] != "ROOT") {
				t.Fatalf("bad golden line %q", line)
			}
			if heads[dep] != head {
				got := "ROOT"
				if heads[dep] >= 0 {
					got = words[heads[dep]]
				}
				t.Errorf("%s: head of %s is %s, want %s", strings.Join(words, " "), f[0], got, f[1])
			}
		}
	}
}

func index(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

func TestStage(t *testing.T) {
	st, err := NewStage()
	if err != nil {
		t.Fatal(err)
	}
	d := document.New("t", "", "Peace talks resumed. They ended.")
	// Tokens by spaces and the final periods, two sentences.
	spans := [][2]int{{0, 5}, {6, 11}, {12, 19}, {19, 20}, {21, 25}, {26, 31}, {31, 32}}
	for _, s := range spans {
		d.Tokens = append(d.Tokens, document.Token{Span: document.Span{Start: s[0], End: s[1]}, Head: document.NoHead})
	}
	d.Sentences = []document.Sentence{{Span: document.Span{Start: 0, End: 20}, FirstToken: 0, EndToken: 4}, {Span: document.Span{Start: 21, End: 32}, FirstToken: 4, EndToken: 7}}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if !d.Has(document.LayerSyntax) {
		t.Fatal("syntax layer missing")
	}
	for i, tok := range d.Tokens {
		s := d.Sentences[d.SentenceOf(i)]
		if tok.Head != document.RootHead && (tok.Head < s.FirstToken || tok.Head >= s.EndToken) {
			t.Errorf("token %d head %d outside its sentence", i, tok.Head)
		}
	}
	if d.Tokens[2].Head != document.RootHead || d.Tokens[5].Head != document.RootHead {
		t.Errorf("roots: %+v", d.Tokens)
	}
}

func TestRefuseForeignModel(t *testing.T) {
	if _, err := ReadTagger(strings.NewReader("parley-syntax parser v1\nxxxx")); err == nil || !strings.Contains(err.Error(), "not a parley tagger model") {
		t.Errorf("got %v", err)
	}
	if _, err := ReadParser(strings.NewReader("parley-syntax parser v0\n")); err == nil {
		t.Error("old version accepted")
	}
}

func TestModelRoundTrip(t *testing.T) {
	tg, p := loadModels(t)
	var buf bytes.Buffer
	if err := WriteParser(&buf, p); err != nil {
		t.Fatal(err)
	}
	p2, err := ReadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if p.Relabeler != nil { // saved apart (WriteRelabeler)
		if err := p2.Attach(p.Relabeler); err != nil {
			t.Fatal(err)
		}
	}
	words := strings.Fields("The council adopted a resolution on Friday .")
	tags := tg.Tag(words)
	h1, l1 := p.Parse(words, tags)
	h2, l2 := p2.Parse(words, tags)
	if strings.Join(l1, " ") != strings.Join(l2, " ") || len(h1) != len(h2) {
		t.Errorf("round trip changed the parse: %v %v / %v %v", h1, l1, h2, l2)
	}
}

// TestDevScores prints dev accuracy; run with -long (it takes seconds).
func TestDevScores(t *testing.T) {
	if !*long {
		t.Skip("run with -long")
	}
	path := shared.Path(t, "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	tg, p := loadModels(t)
	idx := map[string]int{}
	var tags []string
	dv := toTrain(sents, idx, true, &tags)
	var dvTags [][]Tagged
	for _, s := range dv {
		dvTags = append(dvTags, tg.Tag(s.words))
	}
	uas, las := p.evaluate(dv, dvTags)
	t.Logf("dev UAS %.2f LAS %.2f", uas, las)
}

func FuzzParse(f *testing.F) {
	f.Add("The envoy met the president .")
	f.Add(", , ( ) ''")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		tg, p := loadModels(t)
		words := strings.Fields(s)
		heads, _ := p.Parse(words, tg.Tag(words))
		checkTree(t, heads)
	})
}

func BenchmarkTag(b *testing.B) {
	tg, _ := loadModels(b)
	words := strings.Fields("The foreign minister said on Tuesday that the two countries would resume talks on a ceasefire next week in Geneva .")
	b.ResetTimer()
	for range b.N {
		tg.Tag(words)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkParse(b *testing.B) {
	tg, p := loadModels(b)
	words := strings.Fields("The foreign minister said on Tuesday that the two countries would resume talks on a ceasefire next week in Geneva .")
	tags := tg.Tag(words)
	b.ResetTimer()
	for range b.N {
		p.Parse(words, tags)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := parseTagger(taggerData); err != nil {
			b.Fatal(err)
		}
		if _, err := parseParser(parserData); err != nil {
			b.Fatal(err)
		}
	}
}

// A news report's main clause keeps its verb; a reduced relative before
// the main verb and a participle after an auxiliary stay participles.
// Sentences invented.
func TestFiniteVerb(t *testing.T) {
	tg, p := loadModels(t)
	tests := []struct{ sent, word, want string }{
		{"Kenyan doctors donated medicine to the clinic .", "donated", "VBD"},
		{"Chilean rebels announced that they would talk .", "announced", "VBD"},
		{"The files attached were deleted yesterday .", "attached", "VBN"},
		{"Chilean guerrillas wounded two Peruvian soldiers .", "wounded", "VBD"},
		{"Peruvian rebels announced they would talk .", "announced", "VBD"},
		{"Chilean forces shelled Tacna overnight , officials said .", "shelled", "VBD"},
		{"The ministers have signed the treaty .", "signed", "VBN"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.sent)
		tags := tg.Tag(words)
		heads, _ := p.Parse(words, tags)
		for i, w := range words {
			if w != tc.word {
				continue
			}
			if tags[i].XPOS != tc.want {
				t.Errorf("%q: %s tagged %s, want %s", tc.sent, w, tags[i].XPOS, tc.want)
			}
			if tc.want == "VBD" && heads[i] != -1 && words[heads[i]] != "said" {
				t.Errorf("%q: %s is not the root or the reported clause (head %d)", tc.sent, w, heads[i])
			}
		}
	}
}

// BenchmarkArcScorerCost parses invented sentences with the embedded
// parser and again without its arc scorer and chooser, in alternation,
// and reports the time with them relative to the time without.
func BenchmarkArcScorerCost(b *testing.B) {
	tg, p := loadModels(b)
	if p.Arcs == nil {
		b.Skip("no arc scorer")
	}
	without := *p
	without.Arcs, without.Chooser = nil, nil
	words, tags := tagSentences(tg,
		"The foreign minister said on Tuesday that the two countries would resume talks on a ceasefire next week in Geneva .",
		"Rebels who had seized the northern town withdrew after two days of shelling , local officials told reporters .",
		"Talks between the envoys , which began in March , stalled over the release of prisoners held by both sides .",
		"The council , meeting in emergency session , urged all parties to refrain from action that could escalate the conflict .",
		"He met the prime minister , the defence minister and the head of the armed forces before flying home .",
		"Aid convoys carrying food and medicine reached the besieged city for the first time since the fighting began .",
	)
	var with, wo time.Duration
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		p.ParseAll(words, tags)
		t1 := time.Now()
		without.ParseAll(words, tags)
		with += t1.Sub(t0)
		wo += time.Since(t1)
	}
	b.ReportMetric(float64(with)/float64(wo), "with/without")
}

func BenchmarkLoadArcScorer(b *testing.B) {
	for range b.N {
		if _, err := parseArcScorer(arcsData); err != nil {
			b.Fatal(err)
		}
	}
}
