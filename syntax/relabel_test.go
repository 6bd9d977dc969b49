package syntax

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/conllu"
)

// tinyTaggerParser trains a tagger and a two-member parser on the
// invented treebank.
func tinyTaggerParser(t testing.TB) ([]*conllu.Sentence, *Tagger, *Parser) {
	t.Helper()
	tb := tinyTreebank()
	tg, err := TrainTagger(tb, tb, TrainOptions{Seed: 1, Iters: 3})
	if err != nil {
		t.Fatal(err)
	}
	p, err := TrainParser(tb, tb, TrainOptions{Seed: 1, Iters: 4}, []ParserMember{{Seed: 1}, {Reverse: true, Seed: 2}})
	if err != nil {
		t.Fatal(err)
	}
	return tb, tg, p
}

// tinyRelabeler trains a parser and a relabeler on the invented
// treebank, from jackknifed parses (parsed) or the gold trees.
func tinyRelabeler(t *testing.T, parsed bool) (*Tagger, *Parser, *Relabeler) {
	t.Helper()
	tb, tg, p := tinyTaggerParser(t)
	r, err := TrainRelabeler(tb, tb, tg, p, TrainOptions{Seed: 1, Iters: 3}, RelabelOptions{Parsed: parsed, FoldIters: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stacked != parsed {
		t.Errorf("stacked %v, trained on parses %v", r.Stacked, parsed)
	}
	return tg, p, r
}

// TestTrainRelabeler: training is deterministic for a seed, the model
// survives saving, and it changes labels only (the root's arc keeps
// "root", no other arc takes it).
func TestTrainRelabeler(t *testing.T) {
	for _, parsed := range []bool{false, true} {
		tg, p, r := tinyRelabeler(t, parsed)
		_, _, r2 := tinyRelabeler(t, parsed)
		var b1, b2 bytes.Buffer
		if err := WriteRelabeler(&b1, r); err != nil {
			t.Fatal(err)
		}
		if err := WriteRelabeler(&b2, r2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Errorf("parsed %v: two runs with one seed differ", parsed)
		}
		if !parsed {
			// It learns the training arcs: labels wiped to one wrong
			// label come back (the gold trees and tags given).
			correct, total := 0, 0
			for _, s := range tinyTreebank() {
				words := forms(s)
				tags := make([]Tagged, len(words))
				heads := make([]int, len(words))
				labels := make([]string, len(words))
				for i, w := range s.Words {
					tags[i] = Tagged{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma}
					heads[i], labels[i] = w.Head-1, "det"
				}
				r.Relabel(words, tags, heads, labels)
				for i, w := range s.Words {
					total++
					if labels[i] == w.DepRel {
						correct++
					}
				}
			}
			if correct < total*9/10 {
				t.Errorf("%d of %d training labels right", correct, total)
			}
		}
		r3, err := ReadRelabeler(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		withR, withR3 := *p, *p
		if err := withR.Attach(r); err != nil {
			t.Fatal(err)
		}
		if err := withR3.Attach(r3); err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{
			"The envoy rejected the resolution .",
			"Talks resumed on Monday .",
			"Troops met in Oslo .",
		} {
			words := strings.Fields(s)
			tags := tg.Tag(words)
			h0, _ := p.Parse(words, tags)
			h1, l1 := withR.Parse(words, tags)
			h3, l3 := withR3.Parse(words, tags)
			if !slices.Equal(h0, h1) {
				t.Errorf("%q: the relabeler moved heads %v → %v", s, h0, h1)
			}
			if fmt.Sprint(h1, l1) != fmt.Sprint(h3, l3) {
				t.Errorf("%q: saving changed the labels %v / %v", s, l1, l3)
			}
			checkRootLabels(t, s, h1, l1)
		}
	}
}

func checkRootLabels(t *testing.T, s string, heads []int, labels []string) {
	t.Helper()
	for i, h := range heads {
		if (h == -1) != (labels[i] == "root") {
			t.Errorf("%q: word %d head %d label %s", s, i, h, labels[i])
		}
	}
}

// TestRelabelAnyTree relabels random trees with the embedded parser's
// labels: whatever the tree, the labels stay in the label set and
// "root" marks exactly the root's arc; ParseAll agrees with Parse.
func TestRelabelAnyTree(t *testing.T) {
	tg, p := loadModels(t)
	r := p.Relabeler
	if r == nil {
		_, _, r = tinyRelabeler(t, true)
		// the tiny model knows fewer labels than the embedded parser
	}
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := strings.Fields("the envoy said talks , in Geneva had failed and troops left . would resume")
	known := map[string]bool{}
	for _, l := range r.Labels {
		known[l] = true
	}
	for range 200 {
		n := 1 + rng.IntN(20)
		words := make([]string, n)
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		tags := tg.Tag(words)
		a := randomTree(rng, n)
		labels := make([]string, n)
		for i := range labels {
			labels[i] = r.Labels[rng.IntN(len(r.Labels))]
		}
		heads := slices.Clone(a.heads)
		r.Relabel(words, tags, heads, labels)
		if !slices.Equal(heads, a.heads) {
			t.Fatalf("heads changed")
		}
		checkRootLabels(t, strings.Join(words, " "), heads, labels)
		for _, l := range labels {
			if !known[l] {
				t.Fatalf("label %q not in the set", l)
			}
		}
	}
	if p.Relabeler == nil {
		return
	}
	sents, tags := tagSentences(tg, "The talks in Geneva had failed .", "Troops left and the envoy said so .")
	hs, ls := p.ParseAll(sents, tags)
	for i, w := range sents {
		h, l := p.Parse(w, tags[i])
		if fmt.Sprint(h, l) != fmt.Sprint(hs[i], ls[i]) {
			t.Errorf("ParseAll %v %v, Parse %v %v", hs[i], ls[i], h, l)
		}
	}
}

// checkRefused asserts that read refuses an old version, another kind, a
// truncated file and an empty one, saying which kind and version it wants.
func checkRefused(t *testing.T, kind, otherKind string, read func(io.Reader) error) {
	t.Helper()
	v := versionOf(kind)
	for _, data := range []string{
		fmt.Sprintf("parley-syntax %s v%d\nxxxx", kind, v-1),
		fmt.Sprintf("parley-syntax %s v%d\nxxxx", otherKind, versionOf(otherKind)),
		fmt.Sprintf("parley-syntax %s v%d\n", kind, v),
		"",
	} {
		if err := read(strings.NewReader(data)); err == nil {
			t.Errorf("%q accepted", data)
		}
	}
	want := fmt.Sprintf("not a parley %s model of format v%d", kind, v)
	if err := read(strings.NewReader(fmt.Sprintf("parley-syntax %s v9\n", kind))); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}

func TestRefuseForeignLabeler(t *testing.T) {
	checkRefused(t, "labeler", "parser", func(r io.Reader) error { _, err := ReadRelabeler(r); return err })
	_, _, r := tinyRelabeler(t, false)
	p := &Parser{Labels: []string{"a", "root"}}
	if err := p.Attach(r); err == nil {
		t.Error("a relabeler of other labels attached")
	}
}
