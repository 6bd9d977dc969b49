package conllu

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

// An invented sentence with a multiword token, an empty node and
// SpaceAfter=No.
const sample = `# newdoc id = t1
# sent_id = a-1
# text = The envoys won't sign it.
1	The	the	DET	DT	_	2	det	_	_
2	envoys	envoy	NOUN	NNS	_	5	nsubj	_	_
3-4	won't	_	_	_	_	_	_	_	_
3	wo	will	AUX	MD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	sign	sign	VERB	VB	_	0	root	_	_
5.1	sign	sign	VERB	VB	_	_	_	_	_
6	it	it	PRON	PRP	_	5	obj	_	SpaceAfter=No
7	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = a-2
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	resume	resume	VERB	VBP	_	0	root	_	SpaceAfter=No
3	!	!	PUNCT	.	_	2	punct	_	_
`

func TestReadAll(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if id, _ := s.Comment("sent_id"); id != "a-1" {
		t.Errorf("sent_id = %q", id)
	}
	if len(s.Words) != 7 || len(s.MultiWords) != 1 {
		t.Errorf("words %d multiwords %d, want 7 and 1", len(s.Words), len(s.MultiWords))
	}
	if s.Words[5].SpaceAfter || !s.Words[4].SpaceAfter {
		t.Errorf("SpaceAfter wrong: %+v", s.Words[5])
	}
}

func TestToDocumentAndWrite(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	d := ToDocument("x", sents, Copy{Tags: true, Heads: true})
	if want := "The envoys won't sign it.\n\nTalks resume!"; d.Text != want && d.Text != "The envoys won't sign it. Talks resume!" {
		t.Fatalf("Text = %q", d.Text)
	}
	var toks []string
	for i := range d.Tokens {
		toks = append(toks, d.TokenText(i))
	}
	if got, want := strings.Join(toks, "|"), "The|envoys|wo|n't|sign|it|.|Talks|resume|!"; got != want {
		t.Errorf("tokens %s, want %s", got, want)
	}
	if d.Tokens[4].Head != document.RootHead || d.Tokens[0].Head != 1 || d.Tokens[7].Head != 8 {
		t.Errorf("heads wrong: %+v", d.Tokens)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"# sent_id = 2\n# text = Talks resume!\n",
		"6\tit\tit\tPRON\tPRP\t_\t5\tobj\t_\tSpaceAfter=No\n",
		"3\two\twill\tAUX\tMD\t_\t5\taux\t_\tSpaceAfter=No\n",
		"1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Without tags and heads every annotation column is "_".
	d = ToDocument("x", sents, Copy{})
	buf.Reset()
	Write(&buf, d)
	if !strings.Contains(buf.String(), "2\tresume\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n") {
		t.Errorf("bare output wrong:\n%s", buf.String())
	}
}

func TestMalformed(t *testing.T) {
	for _, in := range []string{
		"1\tA\n",
		"2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n",
		"1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n",
		"3-1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := ReadAll(strings.NewReader(in)); err == nil {
			t.Errorf("no error for %q", in)
		}
	}
}

// TestTreebankRoundTrip reads EWT dev, rebuilds it as a document and
// checks that every sentence text survives and that the words' forms
// tile the multiword tokens.
func TestTreebankRoundTrip(t *testing.T) {
	p := shared.Path(t, "data", "ud-english-ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	d := ToDocument("dev", sents, Copy{Heads: true})
	nw := 0
	for i, s := range sents {
		nw += len(s.Words)
		text, _ := s.Comment("text")
		ds := d.Sentences[i]
		if got := d.SpanText(ds.Span); got != text {
			t.Fatalf("sentence %d: text %q, want %q", i, got, text)
		}
	}
	if nw != len(d.Tokens) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens), nw)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	again, err := ReadAll(&buf)
	if err != nil || len(again) != len(sents) {
		t.Fatalf("reread: %v, %d sentences", err, len(again))
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n")
	f.Add("1-3\tAb\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		rd := NewReader(strings.NewReader(in))
		var sents []*Sentence
		for i := 0; i < 1000; i++ {
			s, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err == nil {
				sents = append(sents, s)
			}
		}
		d := ToDocument("f", sents, Copy{Tags: true, Heads: true})
		for _, tok := range d.Tokens {
			if tok.Start < 0 || tok.End < tok.Start || tok.End > len(d.Text) {
				t.Fatalf("bad span %v in %q", tok.Span, d.Text)
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Fatal(err)
		}
	})
}
