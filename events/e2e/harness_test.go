package e2e_test

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/extract"
	"github.com/parley-nlp/parley/pipeline"
)

// testTokenizer is a stand-in tokenizer for end-to-end tests and the
// benchmark while the default pipeline has none: words, UD-style clitics
// ("n't", "'s") and punctuation, sentences at . ! ? before a capital and at
// line breaks.
type testTokenizer struct{}

func (testTokenizer) Name() string { return "test-tokenize" }

var abbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"lt": true, "col": true, "sen": true, "rep": true, "gov": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "jr": true, "prof": true}

func (testTokenizer) Process(d *document.Document) error {
	if d.Tokens != nil {
		return nil
	}
	d.Tokens = []document.Token{}
	d.Sentences = []document.Sentence{}
	text := d.Text
	add := func(s, e int) {
		d.Tokens = append(d.Tokens, document.Token{Span: document.Span{Start: s, End: e}, Head: document.NoHead})
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						if r2 == ',' && !unicode.IsDigit(r3) {
							break
						}
						if (r2 == '\'' || r2 == '’') && (strings.HasPrefix(strings.ToLower(text[j+n2:]), "s") || strings.HasPrefix(strings.ToLower(text[j+n2:]), "t ")) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			if strings.HasSuffix(strings.ToLower(w), "n") && j < len(text) && (strings.HasPrefix(text[j:], "'t") || strings.HasPrefix(text[j:], "’t")) {
				add(i, j-1)
				_, q := utf8.DecodeRuneInString(text[j:])
				add(j-1, j+q+1)
				i = j + q + 1
				continue
			}
			// "U.S." and "Mr." keep their period.
			if j < len(text) && text[j] == '.' && (abbrev[strings.ToLower(w)] || strings.Contains(w, ".") || len(w) == 1 && unicode.IsUpper(r)) {
				j++
			}
			add(i, j)
			i = j
		case (r == '\'' || r == '’') && len(d.Tokens) > 0 && d.Tokens[len(d.Tokens)-1].End == i && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S'):
			add(i, i+n+1)
			i += n + 1
		default:
			add(i, i+n)
			i += n
		}
	}
	start := 0
	for k := range d.Tokens {
		t := d.TokenText(k)
		end := false
		if t == "." || t == "!" || t == "?" {
			end = true
		}
		if k+1 < len(d.Tokens) {
			gap := text[d.Tokens[k].End:d.Tokens[k+1].Start]
			if strings.Contains(gap, "\n") {
				end = true
			}
			if end && !strings.Contains(gap, "\n") {
				nt := d.TokenText(k + 1)
				r, _ := utf8.DecodeRuneInString(nt)
				if !(unicode.IsUpper(r) || strings.ContainsRune("\"“‘'(", r)) {
					end = false
				}
			}
			if end && (t == "." || t == "!" || t == "?") {
				// keep a closing quote with its sentence
				for k+1 < len(d.Tokens) && strings.ContainsAny(d.TokenText(k+1), "\"”’") && !strings.Contains(text[d.Tokens[k].End:d.Tokens[k+1].Start], "\n") && d.Tokens[k+1].Start == d.Tokens[k].End {
					k++
				}
			}
		} else {
			end = true
		}
		if end && k+1 > start {
			d.Sentences = append(d.Sentences, document.Sentence{Span: document.Span{Start: d.Tokens[start].Start, End: d.Tokens[k].End}, FirstToken: start, EndToken: k + 1})
			start = k + 1
		}
	}
	return nil
}

// e2ePipeline is parley's default pipeline, with the stand-in tokenizer in
// front when the default pipeline does not tokenize yet.
func e2ePipeline(tb testing.TB, o extract.Options) *pipeline.Pipeline {
	tb.Helper()
	p, err := extract.New(o)
	if err != nil {
		// A model may be missing or mid-retraining in a development
		// checkout; the end-to-end tests need the real pipeline.
		tb.Skipf("default pipeline unavailable: %v", err)
	}
	probe := document.New("probe", "2024-07-17", "Russia attacked Ukraine.")
	if err := p.Process(probe); err != nil {
		tb.Fatal(err)
	}
	if len(probe.Tokens) == 0 {
		p.Stages = append([]pipeline.Stage{testTokenizer{}}, p.Stages...)
	}
	return p
}

// TestDevDump runs the end-to-end pipeline over a JSONL input named by
// PARLEY_EVENTS_IN and writes contract JSONL to PARLEY_EVENTS_OUT, for
// scoring with tools/score.py during development. Skipped otherwise.
func TestDevDump(t *testing.T) {
	in, out := os.Getenv("PARLEY_EVENTS_IN"), os.Getenv("PARLEY_EVENTS_OUT")
	if in == "" || out == "" {
		t.Skip("PARLEY_EVENTS_IN/OUT not set")
	}
	p := e2ePipeline(t, extract.Options{VerbsFile: os.Getenv("PARLEY_EVENTS_VERBS"), ActorsFile: os.Getenv("PARLEY_EVENTS_ACTORS")})
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := document.New(r.ID, r.Published, r.Text)
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		b, err := d.MarshalContract(false)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(append(b, '\n'))
	}
}

// TestEndToEnd codes invented news through the whole default pipeline.
// It asserts only what every stage must get right for events to work:
// the type, and the source's country.
func TestEndToEnd(t *testing.T) {
	p := e2ePipeline(t, extract.Options{})
	tests := []struct{ text, want string }{
		{"Russia invaded Ukraine in February 2022.", "ASSAULT RUS"},
		{"Japan and South Korea held talks in Tokyo on Tuesday.", "CONSULT JPN"},
		{"France condemned the missile strikes on Kyiv.", "ACCUSE FRA"},
		// the side an act is directed against does not threaten
		{"The Chilean foreign minister said any military action against Peru would trigger an overwhelming response.", "THREATEN CHL"},
	}
	for _, tc := range tests {
		if got := codedEvents(t, p, tc.text, false); !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s among them", tc.text, got, tc.want)
		}
	}
	// Sentences invented; none of these events is there.
	for _, tc := range []struct{ text, notWant string }{
		// a reception, wherever the parser hangs its "by" phrase
		{"Chile's proposals were met with ridicule by Peru and its neighbours.", "CONSULT CHL"},
		{"The Chilean foreign minister said any military action against Peru would trigger an overwhelming response.", "THREATEN PER"},
	} {
		if got := codedEvents(t, p, tc.text, false); slices.Contains(got, tc.notWant) {
			t.Errorf("%q: got %v, want no %s", tc.text, got, tc.notWant)
		}
	}
}

// codedEvents runs text through p and returns each event as "PLOVER
// [CAMEO] source-country".
func codedEvents(t *testing.T, p *pipeline.Pipeline, text string, withCameo bool) []string {
	t.Helper()
	d := document.New("t", "2024-07-17", text)
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		c := ""
		if e.Source >= 0 {
			c = d.Actors[e.Source].Country
		}
		code := e.Plover
		if withCameo {
			code += " " + e.Cameo
		}
		got = append(got, code+" "+c)
	}
	return got
}
