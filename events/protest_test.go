package events

import (
	"fmt"
	"testing"
)

// A protest against something is a street protest (141) when people make
// it, an official complaint (114) when a government does. Sentences
// invented.
func TestProtestBySector(t *testing.T) {
	sent := "%s/=/PROPN/NNP/2/nsubj protested/protest/VERB/VBD/0/root against/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct"
	tests := []struct {
		subject, sector, want string
	}{
		{"Chile", "CHL", `ACCUSE:disapprove 114 CHL->PER "protested against" s=0`},
		{"Students", "CHL/CVL", `PROTEST:demo 141 CHL->PER "protested against" s=0`},
		{"Opposition", "CHL/OPP", `PROTEST:demo 141 CHL->PER "protested against" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.subject, func(t *testing.T) {
			doc := build(t, spec{sents: []string{fmt.Sprintf(sent, tc.subject)},
				actors: map[string]string{tc.subject: tc.sector, "Peru": "PER"}})
			if got := code(t, doc); got != tc.want {
				t.Errorf("\ngot  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// What protesters demand is their protest's topic, also when the parser
// hangs the purpose clause on a word of the protest's phrase. Sentence
// invented.
func TestProtestPurposeIsTopic(t *testing.T) {
	sent := "Students/student/NOUN/NNS/2/nsubj staged/stage/VERB/VBD/0/root rallies/rally/NOUN/NNS/2/obj Sunday/=/PROPN/NNP/3/appos to/=/PART/TO/6/mark demand/=/VERB/VB/4/acl reforms/reform/NOUN/NNS/6/obj from/=/ADP/IN/9/case Peru/=/PROPN/NNP/6/obl ././PUNCT/./2/punct"
	expectCode(t, spec{sents: []string{sent}, actors: map[string]string{"Students": "PER/CVL", "Peru": "PER"}}, `PROTEST:demo 141 PER->(PER) "staged rallies" s=0`)
}

// People blockading a city obstruct (144); a state blockading one coerces
// (191). Sentences invented.
func TestBlockadeBySector(t *testing.T) {
	sent := "%s/=/PROPN/NNP/2/nsubj blockaded/blockade/VERB/VBD/0/root Lima/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	for _, tc := range []struct{ subject, sector, want string }{
		{"Chile", "CHL", `COERCE 191 CHL->PER "blockaded" s=0`},
		{"Farmers", "PER/CVL", `PROTEST:obstruct 144 PER->(PER) "blockaded" s=0`},
	} {
		doc := build(t, spec{sents: []string{fmt.Sprintf(sent, tc.subject)}, actors: map[string]string{tc.subject: tc.sector, "Lima": "PER"}})
		if got := code(t, doc); got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.subject, got, tc.want)
		}
	}
}
