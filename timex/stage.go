package timex

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// Config chooses which TIMEX3 types the stage records. The zero value
// records DATE and TIME only, as the annotation guideline of our answer
// keys does (durations are skipped there: they do not date anything).
type Config struct {
	Durations bool // also record DURATION ("three days" → P3D)
	Sets      bool // also record SET ("every week" → P1W, "annually" → P1Y)
}

// Stage is the pipeline stage "times": it adds doc.Times (ordered by
// position, non-nil even when empty). It reads doc.Sentences, doc.Tokens
// and the syntax layer when present and works on bare text otherwise.
// It holds only its Config, so it is safe for concurrent use.
type Stage struct {
	cfg Config
}

// New returns the times stage with the default Config (DATE and TIME).
func New() *Stage { return &Stage{} }

// NewWithConfig returns the times stage recording the types cfg asks for.
func NewWithConfig(cfg Config) *Stage { return &Stage{cfg: cfg} }

// Name is the layer this stage adds.
func (*Stage) Name() string { return document.LayerTimes }

// Process finds and normalizes the time expressions of doc.
func (s *Stage) Process(doc *document.Document) error {
	all := Annotate(doc)
	doc.Times = all[:0]
	for _, t := range all {
		if (t.Type == "DURATION" && !s.cfg.Durations) || (t.Type == "SET" && !s.cfg.Sets) {
			continue
		}
		doc.Times = append(doc.Times, t)
	}
	return nil
}

// Annotate returns every time expression of doc (all four TIMEX3 types)
// without changing doc.
func Annotate(doc *document.Document) []document.Time {
	ref := ParseRef(doc.Published)
	syntax := doc.Has(document.LayerSyntax)
	out := []document.Time{}
	for _, s := range sentenceSpans(doc) {
		if s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End {
			continue
		}
		ws := scan(doc.Text[s.Start:s.End], s.Start)
		sentStart := len(out)
		var dayOnly, days []int
		f := finder{ws: ws}
		for _, c := range f.findAll() {
			span := document.Span{Start: ws[c.first].Start, End: ws[c.end-1].End}
			tfirst, tend := -1, -1
			if len(doc.Tokens) > 0 {
				tfirst, tend = doc.TokensIn(span)
				if tfirst >= tend {
					// the tokenizer cut differently: take the tokens touching the span
					tfirst, tend = doc.TokenAt(span.Start), doc.TokenAt(span.End-1)+1
				}
			}
			dir, anchor := Unknown, -1
			verb := -1
			if syntax && tfirst >= 0 && tfirst < tend && tend <= len(doc.Tokens) {
				if h := spanHead(doc, tfirst, tend); h >= 0 {
					verb = governingVerb(doc, h)
				}
				anchor = verb
			} else if tfirst >= 0 && tfirst < tend && tend <= len(doc.Tokens) {
				lo, hi := 0, len(doc.Tokens)
				if si := doc.SentenceOf(tfirst); si >= 0 {
					lo, hi = doc.Sentences[si].FirstToken, doc.Sentences[si].EndToken
				}
				anchor = nearestVerb(doc, tfirst, tend, lo, hi)
			}
			if c.tense {
				if verb >= 0 && !c.lexicalTense {
					dir = syntacticTense(doc, verb)
				}
				if dir == Unknown {
					dir = lexicalDirection(ws, c.first, c.end)
				}
			}
			t := resolve(c, Ref{Date: ref.Date, OK: ref.OK, Dir: dir})
			t.Span, t.Anchor = span, anchor
			if c.dayOfMonth > 0 {
				dayOnly = append(dayOnly, len(out))
				days = append(days, c.dayOfMonth)
			}
			out = append(out, t)
		}
		out = resolveDays(out, sentStart, dayOnly, days)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// resolveDays gives each bare day ("the 24th") at out[dayOnly[k]] the month
// of the nearest dated expression of its sentence (out[sentStart:]), else
// of the last one before the sentence; without either it is dropped.
func resolveDays(out []document.Time, sentStart int, dayOnly, days []int) []document.Time {
	if len(dayOnly) == 0 {
		return out
	}
	month := func(v string) string {
		if len(v) >= 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q' && v[5] != 'H' && isDigits(v[5:7]) {
			return v[:7]
		}
		return ""
	}
	drop := map[int]bool{}
	for k, i := range dayOnly {
		best, bestDist := "", 1<<30
		for j := sentStart; j < len(out); j++ {
			if m := month(out[j].Value); m != "" && j != i {
				dist := j - i
				if dist < 0 {
					dist = -dist
				}
				if dist < bestDist {
					best, bestDist = m, dist
				}
			}
		}
		for j := sentStart - 1; best == "" && j >= 0 && j >= sentStart-20; j-- {
			best = month(out[j].Value)
		}
		y, m := 0, 0
		if best != "" {
			y, m = atoi(best[:4]), atoi(best[5:7])
		}
		if best == "" || !validDay(y, m, days[k]) {
			drop[i] = true
			continue
		}
		out[i].Value = ymd(y, m, days[k])
	}
	kept := out[:0]
	for i, t := range out {
		if !drop[i] {
			kept = append(kept, t)
		}
	}
	return kept
}

// resolve gives a candidate its value under ref.
func resolve(c cand, ref Ref) document.Time {
	t := document.Time{Type: c.typ, Mod: c.mod, Value: c.value}
	if c.rel != nil {
		t.Value = ""
		if ref.OK {
			t.Value = c.rel(ref)
		}
	}
	if !WellFormed(t.Value) {
		t.Value = "" // out of range after shifting ("900 centuries ago")
	}
	return t
}

// sentenceSpans returns the document's sentences, or a rough split of the
// text (line breaks and sentence-final punctuation) when the sentence layer
// is missing; the rough split only bounds the tense context.
func sentenceSpans(doc *document.Document) []document.Span {
	if len(doc.Sentences) > 0 {
		out := make([]document.Span, len(doc.Sentences))
		for i, s := range doc.Sentences {
			out[i] = s.Span
		}
		return out
	}
	return roughSentences(doc.Text)
}

func roughSentences(text string) []document.Span {
	var out []document.Span
	start := 0
	emit := func(end int) {
		if end > start {
			out = append(out, document.Span{Start: start, End: end})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i)
			start = i + 1
		case '.', '!', '?':
			if i+2 >= len(text) || text[i+1] != ' ' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if !unicode.IsUpper(r) && r != '"' && r != '“' {
				continue
			}
			// "Mr. Peskov", "Gen. Milley", "U.S. officials": not a boundary
			k := i
			for k > start && (unicode.IsLetter(rune(text[k-1])) || text[k-1] == '.') {
				k--
			}
			if w := text[k:i]; w != "" && (len(w) == 1 || strings.Contains(w, ".") || (len(w) <= 3 && unicode.IsUpper(rune(w[0])))) {
				continue
			}
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}
