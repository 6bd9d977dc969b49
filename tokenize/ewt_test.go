package tokenize

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/internal/shared"
)

// treebankText rebuilds the raw text of a UD English EWT file the way the
// project's scorer does: sentences of a paragraph joined by a space,
// paragraphs by a blank line. It skips when the shared data is absent.
func treebankText(tb testing.TB, name string) string {
	tb.Helper()
	return rebuild(readTreebank(tb, shared.Path(tb, "data", "ud-english-ewt", name)))
}

// treebankSentence is one gold sentence: its text and its tokens' forms
// (a multiword token counts once, as written).
type treebankSentence struct {
	newPar bool
	text   string
	forms  []string
	multi  []bool // forms[i] is a multiword token ("don't" = do + n't)
}

func readTreebank(tb testing.TB, path string) []treebankSentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []treebankSentence
	var cur treebankSentence
	skipTo := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.text != "" || len(cur.forms) > 0 {
				out = append(out, cur)
			}
			cur, skipTo = treebankSentence{}, 0
		case strings.HasPrefix(line, "# newdoc"), strings.HasPrefix(line, "# newpar") && !strings.HasPrefix(line, "# newpar_"):
			cur.newPar = true
		case strings.HasPrefix(line, "# text = "):
			cur.text = line[len("# text = "):]
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) != 10 || strings.Contains(cols[0], ".") {
				continue
			}
			if a, b, ok := strings.Cut(cols[0], "-"); ok {
				cur.forms = append(cur.forms, strings.Join(strings.Fields(cols[1]), ""))
				cur.multi = append(cur.multi, true)
				skipTo = atoi(b)
				_ = a
				continue
			}
			if atoi(cols[0]) <= skipTo {
				continue
			}
			cur.forms = append(cur.forms, strings.Join(strings.Fields(cols[1]), ""))
			cur.multi = append(cur.multi, false)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func rebuild(sents []treebankSentence) string {
	var b strings.Builder
	for i, s := range sents {
		switch {
		case i == 0:
		case s.newPar:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
		b.WriteString(s.text)
	}
	b.WriteString("\n")
	return b.String()
}

// scores measures r on gold sentences the way the project's scorer
// (CoNLL 2018 style) does: tokens and sentences are compared by their
// place in the text with whitespace removed, and system tokens that tile a
// gold multiword token ("do" + "n't" for "don't") count as that token.
func scores(r *Rules, gold []treebankSentence) (tokensF1, sentencesF1 float64) {
	text := rebuild(gold)
	type span struct{ a, b int }
	// Gold spans in whitespace-free offsets.
	goldTok := map[span]bool{}
	goldMulti := map[span]bool{}
	goldSent := map[span]bool{}
	pos := 0
	for _, s := range gold {
		start := pos
		for i, f := range s.forms {
			goldTok[span{pos, pos + len(f)}] = true
			if s.multi[i] {
				goldMulti[span{pos, pos + len(f)}] = true
			}
			pos += len(f)
		}
		goldSent[span{start, pos}] = true
	}
	// System spans: map byte offsets of text to whitespace-free offsets.
	squeeze := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		ru, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			squeeze[i+k] = n
			if !unicode.IsSpace(ru) {
				n++
			}
		}
		i += size
	}
	squeeze[len(text)] = n
	toks := r.Tokens(text)
	sysTok := map[span]bool{}
	for i := 0; i < len(toks); {
		a, b := squeeze[toks[i].Start], squeeze[toks[i].End]
		// Merge a run of adjacent tokens that tiles one gold multiword
		// token.
		j, end := i+1, b
		for j < len(toks) && !goldMulti[span{a, end}] && toks[j].Start == toks[j-1].End {
			end = squeeze[toks[j].End]
			j++
		}
		if goldMulti[span{a, end}] && j > i+1 {
			sysTok[span{a, end}] = true
			i = j
			continue
		}
		sysTok[span{a, b}] = true
		i++
	}
	sysSent := map[span]bool{}
	for _, s := range r.Sentences(text, toks) {
		sysSent[span{squeeze[s.Start], squeeze[s.End]}] = true
	}
	f1 := func(gold, sys map[span]bool) float64 {
		hit := 0
		for s := range sys {
			if gold[s] {
				hit++
			}
		}
		if hit == 0 {
			return 0
		}
		p, r := float64(hit)/float64(len(sys)), float64(hit)/float64(len(gold))
		return 100 * 2 * p * r / (p + r)
	}
	return f1(goldTok, sysTok), f1(goldSent, sysSent)
}

// TestEWTScores checks tokenization and sentence splitting against the EWT
// development set (the set rules were tuned on) and logs the figures.
// Floors sit a little below the measured values to catch regressions.
func TestEWTScores(t *testing.T) {
	gold := readTreebank(t, shared.Path(t, "data", "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	tok, sent := scores(English(), gold)
	t.Logf("EWT dev: tokens F1 %.2f, sentences F1 %.2f", tok, sent)
	if tok < 99.0 || sent < 85.0 {
		t.Errorf("EWT dev below floor: tokens F1 %.2f (want ≥ 99.0), sentences F1 %.2f (want ≥ 85.0)", tok, sent)
	}
}

func TestScoresPerfect(t *testing.T) {
	// A system that reproduces the gold exactly scores 100; one that
	// merges two sentences loses one of two sentences.
	gold := []treebankSentence{
		{newPar: true, text: "We don't know.", forms: []string{"We", "don't", "know", "."}, multi: []bool{false, true, false, false}},
		{text: "Stay here.", forms: []string{"Stay", "here", "."}, multi: make([]bool, 3)},
	}
	if tok, sent := scores(English(), gold); tok != 100 || sent != 100 {
		t.Errorf("scores = %.2f, %.2f; want 100, 100", tok, sent)
	}
	gold[1] = treebankSentence{text: "stay here.", forms: []string{"stay", "here", "."}, multi: make([]bool, 3)}
	r := English()
	r.LowerStarts = false
	if _, sent := scores(r, gold); sent != 0 {
		t.Errorf("merged sentences scored %.2f, want 0", sent)
	}
}
