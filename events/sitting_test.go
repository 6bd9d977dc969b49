package events

import "testing"

// A body of one side that sits meets nobody: no event unless a partner
// is named. Sentences invented.
func TestBodySittingIsNoMeeting(t *testing.T) {
	praise := "Peru/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"the cabinet met",
			[]string{praise, "Peru/=/PROPN/NNP/3/nmod:poss 's/=/PART/POS/1/case cabinet/=/NOUN/NN/4/nsubj met/meet/VERB/VBD/0/root on/=/ADP/IN/6/case Sunday/=/PROPN/NNP/4/obl ././PUNCT/./4/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0`},
		{"the cabinet met to discuss the budget",
			[]string{praise, "Peru/=/PROPN/NNP/3/nmod:poss 's/=/PART/POS/1/case cabinet/=/NOUN/NN/4/nsubj met/meet/VERB/VBD/0/root to/=/PART/TO/6/mark discuss/=/VERB/VB/4/advcl the/=/DET/DT/8/det budget/=/NOUN/NN/6/obj ././PUNCT/./4/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0`},
		{"the cabinet met a partner",
			[]string{praise, "Peru/=/PROPN/NNP/3/nmod:poss 's/=/PART/POS/1/case cabinet/=/NOUN/NN/4/nsubj met/meet/VERB/VBD/0/root with/=/ADP/IN/6/case Chile/=/PROPN/NNP/4/obl ././PUNCT/./4/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0 | CONSULT 040 PER->CHL "met with" s=1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries}, tc.want)
		})
	}
}

// An organization's own summit, named by the organization alone, meets
// no party the text names elsewhere; a summit with a partner named does.
// Sentences invented.
func TestOwnSummitIsNoMeeting(t *testing.T) {
	praise := "Peru/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"Peru spoke at the NATO summit",
			[]string{praise, "Peru/=/PROPN/NNP/2/nsubj spoke/speak/VERB/VBD/0/root at/=/ADP/IN/5/case the/=/DET/DT/5/det NATO/=/PROPN/NNP/6/compound summit/=/NOUN/NN/2/obl ././PUNCT/./2/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0`},
		{"a NATO summit with Chile",
			[]string{praise, "the/=/DET/DT/3/det NATO/=/PROPN/NNP/3/compound summit/=/NOUN/NN/6/nsubj with/=/ADP/IN/5/case Chile/=/PROPN/NNP/3/nmod ended/end/VERB/VBD/0/root ././PUNCT/./6/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0 | CONSULT:multilateral 044 NATO->CHL "summit" s=1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: map[string]string{"Peru": "PER", "Chile": "CHL", "NATO": "NATO/IGO"}}, tc.want)
		})
	}
}

// What a question is about is no event the sentence reports. Sentence
// invented.
func TestAskedAboutIsNoEvent(t *testing.T) {
	tests := []codeCase{
		{"asked about a summit",
			"Chile/=/PROPN/NNP/3/nsubj:pass was/be/AUX/VBD/3/aux:pass asked/ask/VERB/VBN/0/root about/=/ADP/IN/6/case a/=/DET/DT/6/det summit/=/NOUN/NN/3/obl with/=/ADP/IN/8/case Peru/=/PROPN/NNP/6/nmod ././PUNCT/./3/punct",
			``},
		{"spoke at a summit",
			"Chile/=/PROPN/NNP/2/nsubj spoke/speak/VERB/VBD/0/root at/=/ADP/IN/5/case a/=/DET/DT/5/det summit/=/NOUN/NN/2/obl with/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			`CONSULT:multilateral 044 CHL->PER "summit" s=0 date=2024-07-17`},
	}
	runCodeCases(t, tests, countries, nil)
}

// A capitalized event noun inside a sentence is part of a name ("the
// Andean Pact"): no event. Sentences invented.
func TestNameIsNoEvent(t *testing.T) {
	tests := []codeCase{
		{"a pact named",
			"Chile/=/PROPN/NNP/2/nsubj left/leave/VERB/VBD/0/root the/=/DET/DT/5/det Andean/=/PROPN/NNP/5/compound Pact/pact/NOUN/NN/2/obj with/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			``},
		{"a pact made",
			"Chile/=/PROPN/NNP/2/nsubj left/leave/VERB/VBD/0/root the/=/DET/DT/5/det new/=/ADJ/JJ/5/amod pact/=/NOUN/NN/2/obj with/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			`AGREE 057 CHL->PER "pact" s=0`},
	}
	runCodeCases(t, tests, countries, nil)
}

// A reception ("met with derision") is what its noun says, by the agent
// on the owner of what was received; the received thing is no event of
// its own. Sentences invented.
func TestReception(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"Peru's plan was met with derision by Chile",
			"Peru/=/PROPN/NNP/3/nmod:poss 's/=/PART/POS/1/case proposal/=/NOUN/NN/5/nsubj:pass was/be/AUX/VBD/5/aux:pass met/meet/VERB/VBN/0/root with/=/ADP/IN/7/case derision/=/NOUN/NN/5/obl by/=/ADP/IN/9/case Chile/=/PROPN/NNP/5/obl:agent ././PUNCT/./5/punct",
			`REJECT 120 CHL->PER "met with derision" s=0`},
	}, countries, nil)
}

// A light verb takes its event from its object, not from a meeting that
// frames the clause through an amount ("during a round of talks").
// Sentence invented.
func TestLightVerbFramedByRound(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"during a round of talks they reached an agreement",
			"during/=/ADP/IN/3/case a/=/DET/DT/3/det round/=/NOUN/NN/8/obl of/=/ADP/IN/5/case talks/talk/NOUN/NNS/3/nmod ,/=/PUNCT/,/8/punct Chile/=/PROPN/NNP/8/nsubj reached/reach/VERB/VBD/0/root an/=/DET/DT/10/det agreement/=/NOUN/NN/8/obj with/=/ADP/IN/12/case Peru/=/PROPN/NNP/10/nmod ././PUNCT/./8/punct",
			`AGREE 057 CHL->PER "reached an agreement" s=0`},
	}, countries, nil)
}
