package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

var firstPerson = set("i we me us my our myself ourselves")

// statementQuote returns the quotation that contains sentence s when that
// quotation reads as an institutional statement (no first person), so its
// sentences can hold reported speech; ok is false when s is inside another
// quotation; inside is false when s is not inside any.
func (r *run) statementQuote(s document.Span) (q document.Span, inside, ok bool) {
	// marked is ordered by opening mark; only the last one opening at or
	// before the sentence can contain it.
	n := sort.Search(len(r.marked), func(i int) bool { return r.marked[i].open > s.Start })
	for _, m := range r.marked[max(0, n-1):n] {
		region := document.Span{Start: m.open, End: max(m.closeE, m.open+1)}
		if !(region.Start <= s.Start && s.End <= region.End+1) {
			continue
		}
		i, j := r.wordRange(m.content)
		for k := i; k < j; k++ {
			if firstPerson[r.words[k].lower] {
				return region, true, false
			}
		}
		return region, true, j-i > 40
	}
	return document.Span{}, false, true
}

// report records sentence si as reported speech when it has a speech cue
// outside quotation marks that does not merely attribute a direct quote.
func (r *run) report(si int) {
	s := r.sents[si]
	if r.reported[si] {
		return
	}
	region, inside, ok := r.statementQuote(s)
	if !ok {
		return
	}
	if inside {
		r.open = region
		defer func() { r.open = document.Span{} }()
	}
	skip := r.inQuoted
	from, to := r.sentWords(si)
	var hits []cueHit
	for _, h := range r.cuesIn(from, to, skip) {
		if r.usedCue[h.span.Start] == document.QuoteDirect {
			continue
		}
		hits = append(hits, h)
	}
	h, found := bestCue(hits, false)
	if !found {
		if r.headerSpeaker >= 0 && s.Start > r.headerFrom && !inside && r.hasNoQuote(s) {
			r.record(si, r.headerSpeaker, r.headerCue, r.contentSpan(s, cueHit{verb: -1}))
			return
		}
		if r.continues(si, inside) {
			r.record(si, r.lastRep.speaker, r.lastRep.cue, r.contentSpan(s, cueHit{verb: -1}))
		}
		return
	}
	if r.firstPersonSubject(h, from) {
		return // the author's own statement ("We call on ...") reports nobody
	}
	speaker := r.speakerOf(h, from, to)
	if speaker < 0 && r.headerSpeaker >= 0 && s.Start > r.headerFrom {
		speaker = r.headerSpeaker
	}
	r.record(si, speaker, h.span, r.contentSpan(s, h))
	// "He made these remarks at a rally": the sentence before is what was said.
	if si > 0 && !r.reported[si-1] && r.refersBack(h, from) {
		if _, in, _ := r.statementQuote(r.sents[si-1]); !in && r.hasNoQuote(r.sents[si-1]) && r.paragraphAt(r.sents[si-1].Start) > 0 {
			r.record(si-1, speaker, h.span, r.contentSpan(r.sents[si-1], cueHit{verb: -1}))
		}
	}
}

// refersBack reports "said this" and "This was stated by".
func (r *run) refersBack(h cueHit, from int) bool {
	if h.last+1 < len(r.words) && r.words[h.last+1].lower == "this" {
		return true
	}
	return h.passive && from < len(r.words) && r.words[from].lower == "this"
}

func (r *run) hasNoQuote(s document.Span) bool {
	i := sort.Search(len(r.quoted), func(i int) bool { return r.quoted[i].End > s.Start })
	return i == len(r.quoted) || !r.quoted[i].Overlaps(s)
}

func (r *run) record(si, speaker int, cue, span document.Span) {
	r.reported[si] = true
	r.lastRep = lastReport{si: si, speaker: speaker, cue: cue}
	r.out = append(r.out, document.Quote{Span: span, Kind: document.QuoteIndirect, Speaker: speaker, Cue: cue})
	if speaker >= 0 {
		r.lastSpeaker, r.lastSent = speaker, si
	}
}

// contentSpan returns the reported content of sentence s with cue h: what
// follows the cue (after "that" or the addressee), or what precedes the
// attribution; the whole sentence when neither has words.
func (r *run) contentSpan(s document.Span, h cueHit) document.Span {
	end := s.End
	for end > s.Start {
		c, n := utf8.DecodeLastRuneInString(r.text[:end])
		if c != '.' && c != '!' && c != '?' && c != ' ' {
			break
		}
		end -= n
	}
	whole := document.Span{Start: s.Start, End: end}
	if h.verb < 0 || end <= s.Start {
		return whole
	}
	// What follows the cue: after "that" when it comes soon, else right
	// after the cue (and any colon or comma).
	after, strong := h.last+1, false
	for k := after; k < len(r.words) && k < after+8 && r.words[k].Start < end; k++ {
		if r.words[k].lower == "that" || (h.prep && r.words[k].lower == ",") {
			after, strong = k+1, r.words[k].lower == "that"
			break
		}
	}
	for after < len(r.words) && (r.words[after].lower == "," || r.words[after].lower == ":") {
		after++
	}
	var afterSpan document.Span
	afterWords := 0
	if after < len(r.words) && r.words[after].Start < end {
		afterSpan = trimSpan(r.text, document.Span{Start: r.words[after].Start, End: end})
		i, j := r.wordRange(afterSpan)
		afterWords = j - i
	}
	if strong && afterWords > 0 {
		return afterSpan
	}
	// "Iran will not sign, the minister said on Sunday": the content is
	// what precedes the attribution.
	weakAfter := afterWords < 3 || (after < len(r.words) && adjuncts[r.words[after].lower])
	if weakAfter && !h.prep {
		for k := h.verb - 1; k > 0 && k >= h.verb-8 && r.words[k].Start > s.Start; k-- {
			w := r.words[k]
			if w.lower == "," {
				if i, _ := r.wordRange(document.Span{Start: s.Start, End: w.Start}); k-i >= 3 {
					return trimSpan(r.text, document.Span{Start: s.Start, End: w.Start})
				}
				break
			}
			if !w.letter || r.lx.IsCue(w.lower) && k != h.verb && !r.nameWord(k, h.verb) {
				break
			}
		}
	}
	if afterWords >= 3 {
		return afterSpan
	}
	cueStart := r.words[h.verb].Start
	if cueStart > s.Start {
		t := strings.TrimRight(r.text[s.Start:cueStart], " ,")
		if len(strings.Fields(t)) >= 3 {
			return document.Span{Start: s.Start, End: s.Start + len(t)}
		}
	}
	return whole
}

// nameWord reports whether the cue word at k only modifies a noun of the
// speaker's name, which ends at the cue verb v: "the state news agency
// said", "state television reported". It opens the phrase (after a
// comma or an article) and a plain word follows it.
func (r *run) nameWord(k, v int) bool {
	if k+1 >= v || k == 0 {
		return false
	}
	switch r.words[k-1].lower {
	case ",", "the", "a", "an":
	default:
		return false
	}
	next := r.words[k+1]
	return next.letter && !next.upper && !r.lx.IsCue(next.lower)
}

// header finds statement headers ("The below is attributable to
// Spokesperson Ned Price:") and headline attributions ("President of
// Ukraine: ..." or "... - Volodymyr Zelenskyy").
func (r *run) header() {
	r.headerSpeaker = -1
	for _, p := range r.paras {
		line := strings.ToLower(r.text[p.Start:p.End])
		i := strings.Index(line, "attributable to ")
		if i < 0 {
			continue
		}
		cue := document.Span{Start: p.Start + i, End: p.Start + i + len("attributable to")}
		from := r.wordIndex(cue.End)
		_, to := r.wordRange(p)
		speaker := r.actorAfter(from, to)
		if speaker < 0 {
			end := p.End
			if r.text[end-1] == ':' {
				end--
			}
			np := trimSpan(r.text, document.Span{Start: cue.End, End: end})
			if np.Len() > 0 && np.Len() < 80 {
				speaker = r.addActor(np, strings.ToLower(lastWord(r.text[np.Start:np.End])))
			}
		}
		r.headerSpeaker, r.headerCue, r.headerFrom = speaker, cue, p.End
		break
	}
	r.headline()
	r.transcript()
}

// transcript attributes the paragraphs of a transcript, "Mao Ning: We
// urge ...", to the person named before the colon: each sentence is that
// person's speech (a press conference's answers). Questions put by media
// ("Reuters: ...") are no one's political speech and are left alone.
func (r *run) transcript() {
	for pi, p := range r.paras {
		if pi == 0 && len(r.paras) > 1 {
			continue // a first line is a heading: headline reads it
		}
		c := strings.Index(r.text[p.Start:p.End], ": ")
		if c <= 0 || c > 60 {
			continue
		}
		x := r.mentionOver(document.Span{Start: p.Start, End: p.Start + c})
		if x < 0 || !r.isPerson(x) {
			continue
		}
		cue := document.Span{Start: p.Start, End: p.Start + c + 1}
		for si := max(r.sentenceAt(p.Start), 0); si < len(r.sents) && r.sents[si].Start < p.End; si++ {
			st := r.sents[si]
			if st.End <= p.Start+c+1 || r.reported[si] {
				continue
			}
			span := st
			if span.Start < p.Start+c+2 {
				span.Start = p.Start + c + 2
			}
			r.record(si, x, cue, r.contentSpan(span, cueHit{verb: -1}))
		}
	}
}

// mentionOver returns the actor of a mention spanning exactly sp, or -1.
func (r *run) mentionOver(sp document.Span) int {
	for _, m := range r.ments {
		if m.Span == sp {
			return m.actor
		}
	}
	return -1
}

// headline attributes a first line of the form "SPEAKER: words" or
// "words - SPEAKER ..." to a person actor named there.
func (r *run) headline() {
	if len(r.paras) < 2 || len(r.sents) == 0 {
		return
	}
	p := r.paras[0]
	line := r.text[p.Start:p.End]
	if strings.ContainsAny(line, "\"“”«»") {
		return
	}
	si := r.sentenceAt(p.Start)
	if si < 0 || r.sents[si].End > p.End {
		return
	}
	if c := strings.Index(line, ": "); c > 0 && c < 60 {
		if x := r.mentionEndingAt(p.Start + c); x >= 0 && r.isPerson(x) {
			cue := document.Span{Start: p.Start, End: p.Start + c + 1}
			r.recordLine(p, x, cue, document.Span{Start: p.Start + c + 2, End: p.End})
			return
		}
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		c := strings.LastIndex(line, dash)
		if c <= 0 {
			continue
		}
		after := document.Span{Start: p.Start + c + len(dash), End: p.End}
		i, j := r.wordRange(after)
		if i >= j {
			continue
		}
		x := r.actorCovering(r.words[i].Span)
		if x < 0 || !r.isPerson(x) {
			continue
		}
		end := r.words[i].End
		for _, m := range r.ments {
			if m.actor == x && m.Start == r.words[i].Start {
				end = max(end, m.End)
			}
		}
		if r.cueIn(end, p.End) {
			// "KYIV (AP) — Ukraine's foreign minister said ...": a
			// dateline and the story's first sentence, no signed line
			continue
		}
		cue := document.Span{Start: p.Start + c + 1, End: end}
		r.recordLine(p, x, cue, trimSpan(r.text, document.Span{Start: p.Start, End: p.Start + c}))
		return
	}
}

// cueIn reports whether a speech cue word lies in [from, to).
func (r *run) cueIn(from, to int) bool {
	i, j := r.wordRange(document.Span{Start: from, End: to})
	for k := i; k < j; k++ {
		if r.lx.IsCue(r.words[k].lower) {
			return true
		}
	}
	return false
}

func (r *run) recordLine(p document.Span, speaker int, cue, span document.Span) {
	for si, s := range r.sents {
		if s.Start >= p.Start && s.End <= p.End {
			r.reported[si] = true
		}
	}
	r.out = append(r.out, document.Quote{Span: span, Kind: document.QuoteIndirect, Speaker: speaker, Cue: cue})
}

// mentionEndingAt returns the actor of a mention ending at off, or -1.
func (r *run) mentionEndingAt(off int) int {
	for _, m := range r.ments {
		if m.End == off {
			return m.actor
		}
	}
	return -1
}

// firstPersonSubject reports a cue whose subject is "we" or "I".
func (r *run) firstPersonSubject(h cueHit, from int) bool {
	if h.prep || h.passive {
		return false
	}
	k := r.prevContent(h.verb, from)
	return k >= from && (r.words[k].lower == "we" || r.words[k].lower == "i")
}

// lastReport remembers the latest reported-speech record.
type lastReport struct {
	si      int
	speaker int
	cue     document.Span
}

// continues reports whether sentence si, which has no cue of its own, goes
// on with the reported speech of the sentence before it: same paragraph,
// no quotation, and opening with a connective or a modal claim rather than
// a new actor.
func (r *run) continues(si int, inside bool) bool {
	if inside || si == 0 || r.lastRep.si != si-1 || !r.reported[si-1] {
		return false
	}
	s := r.sents[si]
	if r.paragraphAt(s.Start) != r.paragraphAt(r.sents[si-1].Start) || !r.hasNoQuote(s) {
		return false
	}
	from, to := r.sentWords(si)
	if from >= to {
		return false
	}
	if connectives[r.words[from].lower] {
		return true
	}
	for k := from; k < to; k++ {
		if claimWords[r.words[k].lower] {
			return true
		}
	}
	return false
}

var connectives = set("however moreover furthermore therefore thus this these besides also")
var claimWords = set("must should need needs cannot")

// adjuncts open the circumstances of a statement rather than its content
// ("said on Sunday", "told reporters in Brussels").
var adjuncts = set("on in at during after before as when while from to earlier later last this late " +
	"reporters journalists")
