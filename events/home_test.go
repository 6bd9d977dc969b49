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

// A state acting on someone at home is not at home when the act reaches a
// place abroad. Sentence invented.
func TestActReachingAbroadIsNotAtHome(t *testing.T) {
	actors := map[string]string{"Chile": "CHL", "Vidal": "/OPP/person"}
	places := map[string]string{"Lima": "PER"}
	runCodeCases(t, []codeCase{
		{"detained abroad",
			"Chile/=/PROPN/NNP/2/nsubj detained/detain/VERB/VBD/0/root Vidal/=/PROPN/NNP/2/obj in/=/ADP/IN/5/case Lima/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`COERCE:arrest 173 CHL->Vidal "detained" s=0`},
	}, actors, places)
}

// What a nominal act stops or sends goes to the actor its thing is
// destined for; calling off or breaking off talks and freezing contacts
// reduce relations. Sentences invented.
func TestStoppedRelations(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"a suspension of flights to a state",
			"Chile/=/PROPN/NNP/2/nsubj announced/announce/VERB/VBD/0/root a/=/DET/DT/4/det suspension/=/NOUN/NN/2/obj of/=/ADP/IN/6/case flights/flight/NOUN/NNS/4/nmod to/=/ADP/IN/8/case Peru/=/PROPN/NNP/6/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 160 CHL->PER "announced a suspension" s=0`},
		{"called off talks",
			"Chile/=/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root off/=/ADP/RP/2/compound:prt talks/talk/NOUN/NNS/2/obj with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`REJECT:meet 125 CHL->PER "called off" s=0`},
		{"broke off talks",
			"Chile/=/PROPN/NNP/2/nsubj broke/break/VERB/VBD/0/root off/=/ADP/RP/2/compound:prt talks/talk/NOUN/NNS/2/obj with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 164 CHL->PER "broke off" s=0`},
		{"froze contacts",
			"Chile/=/PROPN/NNP/2/nsubj froze/freeze/VERB/VBD/0/root contacts/contact/NOUN/NNS/2/obj with/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 161 CHL->PER "froze contacts" s=0`},
		{"halted sales",
			"Chile/=/PROPN/NNP/2/nsubj halted/halt/VERB/VBD/0/root sales/sale/NOUN/NNS/2/obj to/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 160 CHL->PER "halted sales" s=0`},
	}, countries, nil)
}

// Counts of people stand for the people counted, and a passive's patient
// locates the act on its people. Sentences invented.
func TestPeopleCountedAndPatientsPlaced(t *testing.T) {
	actors := map[string]string{"Chile": "CHL"}
	places := map[string]string{"refugees": "PER"} // a people named in passing: "Peruvian refugees"
	runCodeCases(t, []codeCase{
		{"beat scores of refugees",
			"Chile/=/PROPN/NNP/2/nsubj beat/=/VERB/VBD/0/root scores/score/NOUN/NNS/2/obj of/=/ADP/IN/6/case Peruvian/=/ADJ/JJ/6/amod refugees/refugee/NOUN/NNS/3/nmod ././PUNCT/./2/punct",
			`ASSAULT:beat 182 CHL->(PER) "beat scores of Peruvian refugees" s=0`},
		{"a camp for refugees was attacked",
			"A/a/DET/DT/2/det camp/=/NOUN/NN/7/nsubj:pass for/=/ADP/IN/5/case Peruvian/=/ADJ/JJ/5/amod refugees/refugee/NOUN/NNS/2/nmod was/be/AUX/VBD/7/aux:pass attacked/attack/VERB/VBN/0/root by/=/ADP/IN/9/case Chile/=/PROPN/NNP/7/obl:agent ././PUNCT/./7/punct",
			`ASSAULT 190 CHL->(PER) "attacked" s=0`},
	}, actors, places)
}
