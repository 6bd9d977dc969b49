package events

import (
	"testing"

	"github.com/parley-nlp/parley/document"
)

// At home, what a state does to someone the text gives no country is done
// to its own people, and a refusal or an investigation with no foreign
// party in sight concerns its own country. Sentences invented.
func TestActsAtHome(t *testing.T) {
	actors := map[string]string{"Chile": "CHL", "Peru": "PER", "Vidal": "/OPP/person"}
	tests := []codeCase{
		{"a countryless person detained at home is of the country",
			"Chile/=/PROPN/NNP/2/nsubj detained/detain/VERB/VBD/0/root Vidal/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
			`COERCE:arrest 173 CHL->Vidal(CHL) "detained" s=0`},
		{"not when a foreign actor is in the sentence",
			"Chile/=/PROPN/NNP/2/nsubj detained/detain/VERB/VBD/0/root Vidal/=/PROPN/NNP/2/obj in/=/ADP/IN/5/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`COERCE:arrest 173 CHL->Vidal "detained" s=0`},
		{"a refusal at home",
			"Chile/=/PROPN/NNP/2/nsubj refused/refuse/VERB/VBD/0/root the/=/DET/DT/4/det demands/demand/NOUN/NNS/2/obj ././PUNCT/./2/punct",
			`REJECT 120 CHL->(CHL) "refused" s=0`},
		{"an investigation at home",
			"Chile/=/PROPN/NNP/3/nsubj is/be/AUX/VBZ/3/aux investigating/investigate/VERB/VBG/0/root the/=/DET/DT/5/det killings/killing/NOUN/NNS/3/obj ././PUNCT/./3/punct",
			`ACCUSE:investigate 091 CHL->(CHL) "investigating the killings" s=0 date=2024-07-17`},
		{"an appeal at home has no target",
			"Chile/=/PROPN/NNP/2/nsubj urged/urge/VERB/VBD/0/root calm/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
			`REQUEST 020 CHL->- "urged" s=0`},
	}
	runCodeCases(t, tests, actors, nil)
}

// The contract's target_country falls back on the inferred country when
// the target actor has none of its own.
func TestTargetCountryOf(t *testing.T) {
	doc := &document.Document{Actors: []document.Actor{{Country: "CHL"}, {}}}
	for _, tc := range []struct {
		e    document.Event
		want string
	}{
		{document.Event{Target: 0, TargetCountry: "PER"}, "CHL"},
		{document.Event{Target: 1, TargetCountry: "PER"}, "PER"},
		{document.Event{Target: 1}, ""},
		{document.Event{Target: -1, TargetCountry: "PER"}, "PER"},
	} {
		if got := doc.TargetCountryOf(tc.e); got != tc.want {
			t.Errorf("TargetCountryOf(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}
