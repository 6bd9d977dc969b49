package events

import (
	"testing"

	"github.com/parley-nlp/parley/document"
)

// What a request asks for is its content, however the parser hangs the
// clause that says it: no event of its own. Sentences invented.
func TestRequestedClauseIsContent(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"a that-clause of a request verb",
			[]string{"Peru/=/PROPN/NNP/2/nsubj demanded/demand/VERB/VBD/0/root that/=/SCONJ/IN/5/mark Chile/=/PROPN/NNP/5/nsubj release/=/VERB/VB/2/ccomp the/=/DET/DT/7/det prisoners/prisoner/NOUN/NNS/5/obj ././PUNCT/./2/punct"},
			`REQUEST 100 PER->CHL "demanded" s=0`},
		{"a to-clause parsed as a purpose clause",
			[]string{"Peru/=/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/=/ADP/IN/4/case Chile/=/PROPN/NNP/2/obl to/=/PART/TO/6/mark release/=/VERB/VB/2/advcl the/=/DET/DT/8/det prisoners/prisoner/NOUN/NNS/6/obj ././PUNCT/./2/punct"},
			`REQUEST 020 PER->CHL "called on" s=0`},
		{"a light verb's request noun with a that-clause parsed as a relative clause",
			[]string{"Peru/=/PROPN/NNP/2/nsubj renewed/renew/VERB/VBD/0/root its/its/PRON/PRP$/4/nmod:poss demand/=/NOUN/NN/2/obj that/=/PRON/WDT/7/mark Chile/=/PROPN/NNP/7/nsubj release/=/VERB/VBP/4/acl:relcl the/=/DET/DT/9/det prisoners/prisoner/NOUN/NNS/7/obj ././PUNCT/./2/punct"},
			`REQUEST 100 PER->CHL "renewed its demand" s=0`},
		{"a purpose clause of another act is its aim, no event of its own",
			[]string{"Peru/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj to/=/PART/TO/5/mark release/=/VERB/VB/2/advcl the/=/DET/DT/7/det prisoners/prisoner/NOUN/NNS/5/obj ././PUNCT/./2/punct"},
			`CONSULT 040 PER->CHL "met" s=0 date=2024-07-17`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries}, tc.want)
		})
	}
}

// Wanting another party to act appeals to it; the act wanted is no event.
// Wanting to act oneself is no appeal. Sentences invented.
func TestWishIsAppeal(t *testing.T) {
	tests := []codeCase{
		{"wants another to act",
			"Chile/=/PROPN/NNP/2/nsubj wants/want/VERB/VBZ/0/root Peru/=/PROPN/NNP/2/obj to/=/PART/TO/5/mark withdraw/=/VERB/VB/2/xcomp its/=/PRON/PRP$/7/nmod:poss troops/troop/NOUN/NNS/5/obj ././PUNCT/./2/punct",
			`REQUEST 020 CHL->PER "wants" s=0 date=2024-07-17`},
		{"wants to act itself",
			"Chile/=/PROPN/NNP/2/nsubj wants/want/VERB/VBZ/0/root to/=/PART/TO/4/mark withdraw/=/VERB/VB/2/xcomp from/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/obl ././PUNCT/./2/punct",
			`AGREE 035 CHL->PER "withdraw" s=0 hyp`},
	}
	runCodeCases(t, tests, countries, nil)
}

// Stressing the importance of an act asks for it; the importance of a
// thing asks for nothing. Sentences invented.
func TestImportanceOfAnAct(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"importance of providing aid",
			"Chile/=/PROPN/NNP/2/nsubj stressed/stress/VERB/VBD/0/root the/=/DET/DT/4/det importance/=/NOUN/NN/2/obj of/=/SCONJ/IN/6/mark providing/provide/VERB/VBG/4/acl aid/=/NOUN/NN/6/obj to/=/ADP/IN/9/case Peru/=/PROPN/NNP/6/obl ././PUNCT/./2/punct",
			`REQUEST 020 CHL->PER "stressed the importance" s=0`},
		{"importance of the date",
			"Chile/=/PROPN/NNP/2/nsubj stressed/stress/VERB/VBD/0/root the/=/DET/DT/4/det importance/=/NOUN/NN/2/obj of/=/ADP/IN/7/case the/=/DET/DT/7/det date/=/NOUN/NN/4/nmod for/=/ADP/IN/9/case Peru/=/PROPN/NNP/7/nmod ././PUNCT/./2/punct",
			``},
	}, countries, nil)
}

// Noting the importance of a party's act praises the party; noting the
// importance of a fact praises nobody. Sentences invented.
func TestImportanceOfAParty(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"importance of Peru's mediation",
			"Chile/=/PROPN/NNP/2/nsubj noted/note/VERB/VBD/0/root the/=/DET/DT/4/det importance/=/NOUN/NN/2/obj of/=/ADP/IN/8/case Peru/=/PROPN/NNP/8/nmod:poss 's/=/PART/POS/6/case mediation/=/NOUN/NN/4/nmod ././PUNCT/./2/punct",
			`SUPPORT 051 CHL->PER "noted the importance" s=0`},
		{"importance of the fact",
			"Chile/=/PROPN/NNP/2/nsubj noted/note/VERB/VBD/0/root the/=/DET/DT/4/det importance/=/NOUN/NN/2/obj of/=/ADP/IN/7/case the/=/DET/DT/7/det fact/=/NOUN/NN/4/nmod ././PUNCT/./2/punct",
			``},
	}, countries, nil)
}

// "X needed to ..." in reported speech demands it, as "X needs to" does.
// Sentence invented.
func TestNeededToDemands(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj stressed/stress/VERB/VBD/0/root that/=/SCONJ/IN/5/mark Peru/=/PROPN/NNP/5/nsubj needed/need/VERB/VBD/2/ccomp to/=/PART/TO/7/mark withdraw/=/VERB/VB/5/xcomp ././PUNCT/./2/punct"
	expectCode(t, spec{sents: []string{sent}, actors: countries, quote: [3]int{3, 7, 1}}, `ACCUSE:disapprove 111 CHL->PER "stressed" s=0 q=0 | REQUEST 100 CHL->PER "withdraw" s=0 q=0`)
}

// A quotation cued by "calls for" is an appeal even when the parse gave
// no request of its own (the tagger read "calls" as a noun). Sentence
// invented.
func TestCallCueAppeals(t *testing.T) {
	sent := "the/=/DET/DT/3/det Chilean/=/ADJ/JJ/3/amod plan/=/NOUN/NN/4/compound calls/call/NOUN/NNS/0/root for/=/ADP/IN/7/case the/=/DET/DT/7/det withdrawal/=/NOUN/NN/4/nmod of/=/ADP/IN/9/case Peru/=/PROPN/NNP/7/nmod ././PUNCT/./4/punct"
	doc := build(t, spec{sents: []string{sent}, actors: map[string]string{"Chilean": "CHL", "Peru": "PER"}, quote: [3]int{5, 9, 1}})
	doc.Quotes[0].Kind = document.QuoteIndirect
	doc.Quotes[0].Cue = document.Span{Start: doc.Tokens[3].Start, End: doc.Tokens[4].End}
	if got, want := code(t, doc), `REQUEST 020 CHL->PER "calls for" s=0 q=0`; got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}
