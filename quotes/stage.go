package quotes

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// Stage is the pipeline stage that fills doc.Quotes. It reads doc.Text,
// doc.Sentences (its own splitter when absent), doc.Actors and, when the
// parser ran, the syntax of doc.Tokens. It may append actors for speakers
// that the actors stage did not record. It is safe for concurrent use.
type Stage struct {
	Lexicon *Lexicon
}

// New returns the quotes stage with the embedded cue lexicon.
func New() (*Stage, error) {
	lx, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	return &Stage{Lexicon: lx}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "quotes" }

// Process implements pipeline.Stage: it sets doc.Quotes (non-nil).
func (st *Stage) Process(doc *document.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("quotes: internal error: %v", r)
		}
	}()
	doc.Quotes = Find(doc, st.Lexicon)
	return nil
}

// Find returns the quotations and reported speech of doc, ordered by start.
// It may append speaker actors to doc.Actors.
func Find(doc *document.Document, lx *Lexicon) []document.Quote {
	out := []document.Quote{}
	if lx == nil || doc == nil || doc.Text == "" {
		return out
	}
	a := newAnalysis(doc, lx)
	r := &run{analysis: a, usedCue: map[int]string{}, reported: map[int]bool{}}
	r.marked = findMarked(a.text, a.paras)
	for _, q := range r.marked {
		a.quoted = append(a.quoted, document.Span{Start: q.open, End: max(q.closeE, q.open+1)})
	}
	r.header()
	qi := 0
	for si, s := range a.sents {
		for qi < len(r.marked) && r.marked[qi].open < s.End {
			r.quote(qi)
			qi++
		}
		r.report(si)
	}
	for ; qi < len(r.marked); qi++ {
		r.quote(qi)
	}
	out = append(out, r.out...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// run is one pass of the stage over a document.
type run struct {
	*analysis
	marked   []markedQuote
	out      []document.Quote
	usedCue  map[int]string // cue start → kind of the quote it attributes
	reported map[int]bool   // sentences already recorded as reported speech
	// prevQuote is the latest recorded quotation: index into marked and its
	// speaker.
	prevQuote   int
	prevSpeaker int
	havePrev    bool
	// header statement: "The below is attributable to X:".
	headerSpeaker int
	headerCue     document.Span
	headerFrom    int
	lastRep       lastReport
}

// sentWords returns the word range of sentence si.
func (r *run) sentWords(si int) (int, int) { return r.wordRange(r.sents[si]) }

func (r *run) quote(qi int) {
	q := r.marked[qi]
	content := q.content
	if content.Len() <= 0 || !hasLetter(r.text[content.Start:content.End]) {
		return
	}
	si := r.sentenceAt(q.open)
	sentStart := 0
	if si >= 0 {
		sentStart = r.sents[si].Start
	}
	if pi := r.paragraphAt(q.open); pi >= 0 && r.paras[pi].Start > sentStart {
		sentStart = r.paras[pi].Start
	}
	prefix := ""
	if sentStart <= q.open {
		prefix = strings.TrimSpace(r.text[sentStart:q.open])
	}
	body := r.text[content.Start:content.End]
	if r.isTitle(q, body, prefix) {
		return
	}
	kind := document.QuoteDirect
	first, _ := utf8.DecodeRuneInString(body)
	if prefix != "" {
		last, _ := utf8.DecodeLastRuneInString(prefix)
		switch {
		case unicode.IsLower(first) && last == ',' && r.resumes(q, sentStart):
			// “We will hold,” Voss said, “and we will not bargain.”
		case unicode.IsLower(first):
			kind = document.QuotePartial
		case strings.ContainsRune(":,;—–-([", last) || strings.ContainsRune("”\"’»", last):
		case r.lx.IsCue(lastWord(prefix)):
		default:
			kind = document.QuotePartial
		}
	}
	cue := document.Span{}
	speaker := -1
	found := false
	// A quotation right after another one, or reopening its paragraph,
	// continues the same speaker.
	if r.havePrev && (q.reopened || (r.marked[r.prevQuote].para == q.para &&
		strings.TrimSpace(r.text[r.marked[r.prevQuote].closeE:q.open]) == "")) {
		speaker, found = r.prevSpeaker, true
	}
	if !found && q.close >= 0 && kind == document.QuoteDirect {
		i0 := r.wordIndex(q.closeE)
		e := i0
		for e < len(r.words) && e < i0+10 && !isBoundary(r.words[e]) && r.words[e].Start < r.paraEnd(q.closeE) {
			e++
		}
		for _, h := range r.cuesIn(i0, e, func(int) bool { return false }) {
			if h.prep || h.rank > 2 {
				continue
			}
			cue, speaker, found = h.span, r.speakerOf(h, i0, e), true
			break
		}
	}
	if !found && si >= 0 {
		from, _ := r.sentWords(si)
		to := r.wordIndex(q.open)
		hits := r.cuesIn(from, to, r.inQuoted)
		if kind == document.QuotePartial && len(hits) == 0 {
			_, sto := r.sentWords(si)
			hits = r.cuesIn(from, sto, r.inQuoted)
		}
		if h, ok := bestCue(hits, kind == document.QuoteDirect); ok {
			cue, speaker, found = h.span, r.speakerOf(h, from, r.sentEnd(si)), true
		}
	}
	if !found && kind == document.QuotePartial && len(strings.Fields(body)) <= 3 {
		return // a scare-quoted term nobody is said to have said
	}
	if !found {
		speaker = r.standaloneSpeaker(q, si)
	}
	if cue.Len() > 0 {
		if r.usedCue[cue.Start] != document.QuotePartial {
			r.usedCue[cue.Start] = kind
		}
	}
	r.out = append(r.out, document.Quote{Span: content, Kind: kind, Speaker: speaker, Cue: cue})
	r.prevQuote, r.prevSpeaker, r.havePrev = qi, speaker, true
	if speaker >= 0 {
		r.lastSpeaker = speaker
		r.lastSent = r.sentenceAt(max(q.closeE-1, q.open))
	}
}

// sentEnd returns the end of sentence si's word range.
func (r *run) sentEnd(si int) int { _, e := r.sentWords(si); return e }

// bestCue picks the main cue of a clause: the best rank; for a quotation
// introduced by its cue, the last one before it.
func bestCue(hits []cueHit, last bool) (cueHit, bool) {
	if len(hits) == 0 {
		return cueHit{}, false
	}
	best := hits[0]
	for _, h := range hits[1:] {
		if h.rank < best.rank || (last && h.rank == best.rank) {
			best = h
		}
	}
	return best, true
}

// standaloneSpeaker attributes a quotation without a cue of its own: the
// speaker of the quotation before it in the same paragraph or the sentence
// before, else the person the sentence before names, else the latest
// speaker.
func (r *run) standaloneSpeaker(q markedQuote, si int) int {
	if r.havePrev && r.prevSpeaker >= 0 {
		pq := r.marked[r.prevQuote]
		if pq.para == q.para || r.sentenceAt(pq.closeE-1) >= si-1 {
			return r.prevSpeaker
		}
	}
	if si > 0 {
		if x := r.leftmostIn(r.sents[si-1], r.isPerson); x >= 0 {
			return x
		}
	}
	if si+1 < len(r.sents) {
		from, to := r.sentWords(si + 1)
		for _, h := range r.cuesIn(from, to, r.inQuoted) {
			if x := r.speakerOf(h, from, to); x >= 0 {
				return x
			}
		}
	}
	return r.lastSpeaker
}

func (r *run) paraEnd(off int) int {
	if pi := r.paragraphAt(off); pi >= 0 {
		return r.paras[pi].End
	}
	return len(r.text)
}

// isTitle reports quoted titles, headings and capitalised terms that are
// nobody's words: a heading line wholly in quotation marks, or a short
// Title Case phrase without final punctuation.
func (r *run) isTitle(q markedQuote, body, prefix string) bool {
	trimmed := strings.TrimRight(body, " ")
	lastR, _ := utf8.DecodeLastRuneInString(trimmed)
	if strings.ContainsRune(".?!,;:…", lastR) {
		return false
	}
	words := strings.Fields(body)
	p := r.paras[q.para]
	// (a quotation closed in a later paragraph fills no line of its own)
	wholeLine := p.Start <= q.open && q.closeE <= p.End &&
		strings.TrimSpace(r.text[p.Start:q.open]) == "" && strings.TrimSpace(r.text[q.closeE:p.End]) == ""
	if wholeLine && len(words) <= 10 {
		return true
	}
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(c) && !unicode.IsUpper(c) && !smallWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var smallWords = set("of the and for in on to a an at by with from or")

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",.;:")
}

// resumes reports whether q goes on with a direct quotation closed earlier
// in the same sentence (“...,” he said, “and ...”).
func (r *run) resumes(q markedQuote, sentStart int) bool {
	if !r.havePrev || len(r.out) == 0 {
		return false
	}
	pq := r.marked[r.prevQuote]
	last := r.out[len(r.out)-1]
	return last.Kind == document.QuoteDirect && pq.close >= 0 && pq.open >= sentStart && pq.para == q.para
}
