package events

import "testing"

// Saying one will not do a cooperative act refuses it now; a conditional
// "would not" does not. Going back on one's word is a rejection, and
// organizing a protest is protesting. Sentences invented.
func TestRefusalsAndProtestsOrganized(t *testing.T) {
	tests := []codeCase{
		{"will not accept the pact",
			"Chile/=/PROPN/NNP/4/nsubj will/=/AUX/MD/4/aux not/=/PART/RB/4/advmod accept/=/VERB/VB/0/root Peru/=/PROPN/NNP/7/nmod:poss 's/=/PART/POS/5/case pact/=/NOUN/NN/4/obj ././PUNCT/./4/punct",
			`REJECT 120 CHL->PER "accept Peru 's pact" s=0`},
		{"would not accept the pact",
			"Chile/=/PROPN/NNP/4/nsubj would/=/AUX/MD/4/aux not/=/PART/RB/4/advmod accept/=/VERB/VB/0/root Peru/=/PROPN/NNP/7/nmod:poss 's/=/PART/POS/5/case pact/=/NOUN/NN/4/obj ././PUNCT/./4/punct",
			`AGREE 030 CHL->PER "accept Peru 's pact" s=0 neg hyp`},
		{"reneged on a pledge",
			"Chile/=/PROPN/NNP/2/nsubj reneged/renege/VERB/VBD/0/root on/=/ADP/IN/5/case its/=/PRON/PRP$/5/nmod:poss pledge/=/NOUN/NN/2/obl to/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			`REJECT 120 CHL->PER "reneged on" s=0`},
		{"two parties failed to reach agreement: one refused the other",
			"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Peru/=/PROPN/NNP/1/conj failed/fail/VERB/VBD/0/root to/=/PART/TO/6/mark reach/=/VERB/VB/4/xcomp agreement/=/NOUN/NN/6/obj ././PUNCT/./4/punct",
			`REJECT 120 CHL->PER "reach agreement" s=0`},
		{"prevented a demonstration",
			"Chile/=/PROPN/NNP/2/nsubj prevented/prevent/VERB/VBD/0/root a/=/DET/DT/4/det demonstration/=/NOUN/NN/2/obj by/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`COERCE:restrict 1721 CHL->PER "prevented a demonstration" s=0`},
		{"prohibited aid",
			"Chile/=/PROPN/NNP/2/nsubj prohibited/prohibit/VERB/VBD/0/root aid/=/NOUN/NN/2/obj to/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 162 CHL->PER "prohibited aid" s=0`},
		{"organized a strike",
			"Chile/=/PROPN/NNP/2/nsubj organized/organize/VERB/VBD/0/root a/=/DET/DT/4/det strike/=/NOUN/NN/2/obj against/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`PROTEST:strike 143 CHL->PER "organized a strike" s=0`},
		{"organized a meeting is no light verb",
			"Chile/=/PROPN/NNP/2/nsubj organized/organize/VERB/VBD/0/root a/=/DET/DT/4/det meeting/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
			``},
	}
	runCodeCases(t, tests, countries, nil)
}

// A letter or a report handed over yields nothing. Sentence invented.
func TestHandedOverLetter(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj handed/hand/VERB/VBD/0/root over/=/ADP/RP/2/compound:prt a/=/DET/DT/5/det letter/=/NOUN/NN/2/obj to/=/ADP/IN/7/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct"
	doc := build(t, spec{sents: []string{sent}, actors: countries})
	if got := code(t, doc); got != "" {
		t.Errorf("got %s, want no event", got)
	}
}

// What an agreement promises is its content, also when an amount stands
// before the noun ("to provide 5 tons of aid"). Sentence invented.
func TestAmountOfContent(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj agreed/agree/VERB/VBD/0/root to/=/PART/TO/4/mark provide/=/VERB/VB/2/xcomp five/=/NUM/CD/6/nummod tons/ton/NOUN/NNS/4/obj of/=/ADP/IN/8/case aid/=/NOUN/NN/6/nmod for/=/ADP/IN/10/case Peru/=/PROPN/NNP/8/nmod ././PUNCT/./2/punct"
	expectCode(t, spec{sents: []string{sent}, actors: countries}, `AGREE 030 CHL->PER "agreed" s=0`)
}

// A pattern's preposition hung by the parser on a later word of the same
// clause still counts. Sentence invented.
func TestPrepositionMisattached(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj defended/defend/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj on/=/ADP/IN/5/case Friday/=/PROPN/NNP/2/obl against/=/ADP/IN/7/case criticism/=/NOUN/NN/10/compound of/=/ADP/IN/10/case its/=/PRON/PRP$/10/nmod:poss policies/policy/NOUN/NNS/5/nmod ././PUNCT/./2/punct"
	expectCode(t, spec{sents: []string{sent}, actors: countries}, `SUPPORT 052 CHL->PER "defended" s=0`)
}

// A withdrawal or a refusal announced on a condition the other side must
// meet ("unless ...") is an ultimatum, and what it asks is no event of its
// own. Sentences invented.
func TestUltimatum(t *testing.T) {
	tests := []codeCase{
		{"will withdraw unless",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux withdraw/=/VERB/VB/0/root its/=/PRON/PRP$/5/nmod:poss troops/troop/NOUN/NNS/3/obj from/=/ADP/IN/7/case Peru/=/PROPN/NNP/3/obl unless/=/SCONJ/IN/10/mark Peru/=/PROPN/NNP/10/nsubj resigns/resign/VERB/VBZ/3/advcl ././PUNCT/./3/punct",
			`THREATEN 130 CHL->PER "withdraw" s=0 hyp`},
		{"what the condition asks, through control, is no event either",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux withdraw/=/VERB/VB/0/root its/=/PRON/PRP$/5/nmod:poss troops/troop/NOUN/NNS/3/obj from/=/ADP/IN/7/case Peru/=/PROPN/NNP/3/obl unless/=/SCONJ/IN/10/mark Peru/=/PROPN/NNP/10/nsubj agrees/agree/VERB/VBZ/3/advcl to/=/PART/TO/12/mark resign/=/VERB/VB/10/xcomp ././PUNCT/./3/punct",
			`THREATEN 130 CHL->PER "withdraw" s=0 hyp`},
		{"will withdraw, no condition",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux withdraw/=/VERB/VB/0/root its/=/PRON/PRP$/5/nmod:poss troops/troop/NOUN/NNS/3/obj from/=/ADP/IN/7/case Peru/=/PROPN/NNP/3/obl ././PUNCT/./3/punct",
			`AGREE 035 CHL->PER "withdraw" s=0 hyp`},
	}
	runCodeCases(t, tests, countries, nil)
}

// The terms of a guarantee stay its terms when the parser reads its
// "that" as a relative pronoun. Sentence invented.
func TestGuaranteeTermsMisparsed(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"guarantees that Chile would never join the pact",
			"Peru/=/PROPN/NNP/2/nsubj wants/want/VERB/VBZ/0/root guarantees/guarantee/NOUN/NNS/2/obj that/=/PRON/WDT/7/obj Chile/=/PROPN/NNP/7/nsubj would/=/AUX/MD/7/aux join/=/VERB/VB/3/acl:relcl NATO/=/PROPN/NNP/7/obj ././PUNCT/./2/punct",
			``},
	}, countries, nil)
}

// An act under "must" has not happened: it is hypothetical. Sentences
// invented.
func TestMustIsHypothetical(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"Chile/=/PROPN/NNP/3/nsubj must/=/AUX/MD/3/aux send/=/VERB/VB/0/root aid/=/NOUN/NN/3/obj ././PUNCT/./3/punct", true},
		{"Chile/=/PROPN/NNP/2/nsubj sent/send/VERB/VBD/0/root aid/=/NOUN/NN/2/obj ././PUNCT/./2/punct", false},
	} {
		doc := build(t, spec{sents: []string{tc.sent}, actors: countries})
		c := &coder{a: newAnalysis(doc), sent: [2]int{0, len(doc.Tokens)}}
		v := 2
		if !tc.want {
			v = 1
		}
		if got := c.hypothetical(trigger{p: &Pattern{Plover: "AID"}, tok: v, verb: -1, from: v, to: v + 1, prepObj: -1, obj: -1}); got != tc.want {
			t.Errorf("%s: hypothetical = %v, want %v", doc.Text, got, tc.want)
		}
	}
}
