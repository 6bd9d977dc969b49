package events

import "testing"

// Whom the supported party struggles against is not the one supported,
// neither as the nearest actor nor as the text's other party; a hostile
// act still takes its target there. Sentences invented.
func TestAgainstPhraseIsNoPartner(t *testing.T) {
	tests := []codeCase{
		{"support for farmers against a state",
			"Chile/=/PROPN/NNP/2/nsubj supports/support/VERB/VBZ/0/root farmers/farmer/NOUN/NNS/2/obj in/=/ADP/IN/6/case their/=/PRON/PRP$/6/nmod:poss struggle/=/NOUN/NN/2/obl against/=/ADP/IN/8/case Peru/=/PROPN/NNP/6/nmod ././PUNCT/./2/punct",
			`SUPPORT 051 CHL->- "supports" s=0 date=2024-07-17`},
		{"a protest against a state keeps it",
			"Chile/=/PROPN/NNP/2/nsubj protested/protest/VERB/VBD/0/root in/=/ADP/IN/5/case the/=/DET/DT/5/det streets/street/NOUN/NNS/2/obl against/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			`ACCUSE:disapprove 114 CHL->PER "protested" s=0`}, // a state protesting against another complains
	}
	runCodeCases(t, tests, countries, nil)
}

// "X is opposed to Y" states X's stance: X is the source, not the patient
// of a passive. Sentence invented.
func TestStancePassive(t *testing.T) {
	tests := []codeCase{
		{"is opposed to a French plan",
			"Chile/=/PROPN/NNP/3/nsubj:pass is/be/AUX/VBZ/3/aux:pass opposed/oppose/VERB/VBN/0/root to/=/ADP/IN/6/case French/=/ADJ/JJ/6/amod mediation/=/NOUN/NN/3/obl in/=/ADP/IN/8/case talks/talk/NOUN/NNS/3/obl with/=/ADP/IN/10/case Peru/=/PROPN/NNP/8/nmod ././PUNCT/./3/punct",
			`REJECT 120 CHL->FRA "opposed" s=0 date=2024-07-17`},
		{"was opposed by a state: a passive still",
			"Chile/=/PROPN/NNP/3/nsubj:pass was/be/AUX/VBD/3/aux:pass opposed/oppose/VERB/VBN/0/root by/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/obl:agent ././PUNCT/./3/punct",
			`REJECT 120 PER->CHL "opposed" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: []string{tc.sent}, actors: map[string]string{"Chile": "CHL", "Peru": "PER", "French": "FRA"}}, tc.want)
		})
	}
}

// A cleft puts the blame on its focus: the speaker accuses it of the act.
// Sentences invented.
func TestCleftBlames(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		quote [3]int
		want  string
	}{
		{"it is Peru that started the war",
			[]string{"It/it/PRON/PRP/3/expl is/be/AUX/VBZ/3/cop Peru/=/PROPN/NNP/0/root that/=/PRON/WDT/5/nsubj attacked/attack/VERB/VBD/3/acl:relcl Chile/=/PROPN/NNP/5/obj ././PUNCT/./3/punct",
				"Moscow/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root so/=/ADV/RB/2/advmod ././PUNCT/./2/punct"},
			[3]int{0, 7, 3},
			`ACCUSE:allege 112 RUS->PER "attacked" s=0 q=0`},
		{"no cleft: the attack itself",
			[]string{"Peru/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"},
			[3]int{},
			`ASSAULT 190 PER->CHL "attacked" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: map[string]string{"Peru": "PER", "Chile": "CHL", "Moscow": "RUS"}, quote: tc.quote}, tc.want)
		})
	}
}

// Saying another party is not ready to talk accuses it; "it is not clear
// that X is ready" says as much. Sentences invented.
func TestUnreadinessAccuses(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		quote [3]int
		want  string
	}{
		{"Peru is not ready for talks, Chile says",
			[]string{"Peru/=/PROPN/NNP/4/nsubj is/be/AUX/VBZ/4/cop not/=/PART/RB/4/advmod ready/=/ADJ/JJ/0/root for/=/ADP/IN/6/case talks/talk/NOUN/NNS/4/obl ././PUNCT/./4/punct",
				"Chile/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root so/=/ADV/RB/2/advmod ././PUNCT/./2/punct"},
			[3]int{0, 6, 2},
			`ACCUSE:allege 112 CHL->PER "ready for" s=0 date=2024-07-17 neg q=0`},
		{"it is not clear that Peru is ready for talks, Chile says",
			[]string{"it/=/PRON/PRP/4/expl is/be/AUX/VBZ/4/cop not/=/PART/RB/4/advmod clear/=/ADJ/JJ/0/root that/=/SCONJ/IN/8/mark Peru/=/PROPN/NNP/8/nsubj is/be/AUX/VBZ/8/cop ready/=/ADJ/JJ/4/ccomp for/=/ADP/IN/10/case talks/talk/NOUN/NNS/8/obl ././PUNCT/./4/punct",
				"Chile/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root so/=/ADV/RB/2/advmod ././PUNCT/./2/punct"},
			[3]int{0, 10, 2},
			`ACCUSE:allege 112 CHL->PER "ready for" s=0 date=2024-07-17 neg q=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: map[string]string{"Peru": "PER", "Chile": "CHL"}, quote: tc.quote}, tc.want)
		})
	}
}

// Praise whose target the sentence does not name is not given to a party
// the text sets its source against. Sentences invented.
func TestNoGuessedPraiseOfAdversary(t *testing.T) {
	praise := "Chile/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root the/=/DET/DT/4/det decision/=/NOUN/NN/2/obj ././PUNCT/./2/punct"
	tests := []struct {
		name, first, want string
	}{
		{"after an attack on the other party",
			"Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
			`ASSAULT 190 CHL->PER "attacked" s=0`},
		{"after a meeting with the other party",
			"Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
			`CONSULT 040 CHL->PER "met" s=0 date=2024-07-17 | SUPPORT 051 CHL->PER "praised" s=1 date=2024-07-17`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: []string{tc.first, praise}, actors: countries}, tc.want)
		})
	}
}
