package events

// Judgements in reported speech: "Putin stressed that Kiev's destructive
// course ...", "the crimes committed by the army". The statement is the
// political act (an accusation, sometimes praise) and its source is the
// speaker, whatever the grammar of the content.

// judgement codes token i when it is an eval word inside a quotation with
// a known speaker.
func (c *coder) judgement(si, i int) {
	a := c.a
	kind := KindNoun
	switch a.doc.Tokens[i].UPOS {
	case "ADJ", "NOUN", "":
	case "VERB":
		// "Kiev sabotaged the agreements": the speaker accuses the doer
		kind = KindVerb
	default:
		return
	}
	var p *Pattern
	for _, l := range c.lemmas(i, kind) {
		if ps := c.lx.Patterns(KindEval, l); len(ps) > 0 {
			p = ps[0]
			break
		}
	}
	if p == nil {
		return
	}
	q := a.quoteOf(i)
	if q >= 0 && a.doc.Quotes[q].Speaker < 0 {
		return
	}
	// Outside quotations a statement's narration judges in its author's
	// voice ("Kiev's destructive course was discussed"), but only what the
	// sentence itself attributes to another party.
	speaker, narrated := a.author(), q < 0
	if narrated && len(a.doc.Sentences) < 2 {
		// a one-sentence item has no title naming whom it speaks for:
		// its narration is the reporter's ("aliens expelled as illegal")
		return
	}
	if !narrated {
		speaker = a.doc.Quotes[q].Speaker
	}
	if speaker < 0 {
		return
	}
	var tgts []int
	if a.parsed && kind == KindVerb {
		tgts = c.subjectActors(i)
		if len(tgts) == 0 && a.childWith(i, "aux:pass") >= 0 {
			tgts = a.agentActors(i)
		}
	} else if a.parsed {
		n := i
		if a.rel(i) == "amod" && a.head(i) >= 0 {
			n = a.head(i) // "Kiev's destructive course": judge the course's owner
			if narrated && len(c.lx.Patterns(KindNoun, a.lemma(n))) > 0 {
				return // "Hamas's brutal assault" narrates the assault itself
			}
		}
		s, t := c.nounArgs(n)
		tgts = append(s, t...)
		if len(tgts) == 0 {
			if h := a.head(n); h >= 0 && (a.rel(n) == "obj" || a.rel(n) == "nsubj") {
				tgts = c.subjectActors(h)
			}
		}
	}
	tgts = dropSide(a, tgts, speaker)
	if kind == KindVerb && len(tgts) == 0 {
		return // a judged act with no actor doing it judges nobody
	}
	if narrated && len(tgts) == 0 {
		return
	}
	if c.judged(si, speaker) {
		return
	}
	if len(tgts) == 0 {
		lo := max(c.sent[0], a.doc.TokenAt(a.doc.Quotes[q].Start))
		for _, dir := range []int{-1, +1} {
			if x := a.nearest(i, dir, lo, c.sent[1], 6, speaker); x >= 0 && !sameSide(a.doc.Actors[x], a.doc.Actors[speaker]) {
				tgts = []int{x}
				break
			}
		}
	}
	if len(tgts) == 0 {
		if x := a.salientOther([]int{speaker}); x >= 0 {
			tgts = []int{x}
		}
	}
	c.trigTok[i] = true
	c.add(si, trigger{p: p, tok: i, verb: -1, from: i, to: i + 1, prepObj: -1, obj: -1}, []int{speaker}, tgts, q, "")
}

// judged reports whether sentence si already has an accusation by speaker:
// one judgement per speaker and sentence, however many harsh words it uses.
func (c *coder) judged(si, speaker int) bool {
	for _, e := range c.events {
		if e.Sentence == si && e.Plover == "ACCUSE" && e.Source >= 0 &&
			(e.Source == speaker || sameSide(c.a.doc.Actors[e.Source], c.a.doc.Actors[speaker])) {
			return true
		}
	}
	return false
}
