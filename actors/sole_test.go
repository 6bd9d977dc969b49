package actors

import (
	"testing"

	"github.com/parley-nlp/parley/document"
)

// A named office-holder the registry does not know takes the country of
// the one state the sentence names. The names and sentences are invented.
func TestOfficeOfTheSentencesState(t *testing.T) {
	reg := mustDefault(t)
	tests := []struct{ name, text, want string }{
		{"the one state named",
			"France is ready to send troops, Defence Minister Jean Dupontel said.",
			"Jean Dupontel/person/FRA/GOV[Jean Dupontel]; France/state/FRA/GOV[France]"},
		{"a destination does not count beside a state named otherwise",
			"Chile will send observers to Peru, Foreign Minister Ana Torrevieja said.",
			"Ana Torrevieja/person/CHL/GOV[Ana Torrevieja]; Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
		{"two states named: no country",
			"Chile and Peru signed a pact, Foreign Minister Ana Torrevieja said.",
			"Ana Torrevieja/person//GOV[Ana Torrevieja]; Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
		{"a generic title gives no country",
			"Peru signed a pact, official Ana Torrevieja said.",
			"Ana Torrevieja/person//GOV[Ana Torrevieja]; Peru/state/PER/GOV[Peru]"},
		{"a new office-holder of a state",
			"Peru's new President Amadou Kerrigan spoke.",
			"Amadou Kerrigan/person/PER/GOV[Amadou Kerrigan]; Peru/state/PER/GOV[Peru]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := document.New("t", "2024-05-02", tc.text)
			if got := summary(doc, Find(reg, doc)); got != tc.want {
				t.Errorf("%q\n got: %s\nwant: %s", tc.text, got, tc.want)
			}
		})
	}
}
