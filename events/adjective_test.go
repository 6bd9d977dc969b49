package events

import "testing"

// A state named only by a demonym on what a clause acts on ("rejected a
// Peruvian plan") is that clause's target and nothing else: no source, no
// party found by proximity, no weight in the document's salience. The
// sentences are invented.
func TestDemonymStateIsOnlyATarget(t *testing.T) {
	demonyms := map[string]string{"Chile": "CHL", "Peruvian": "PER", "Japan": "JPN"}
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"the object's demonym is the target",
			[]string{"Chile/=/PROPN/NNP/2/nsubj rejected/reject/VERB/VBD/0/root a/=/DET/DT/5/det Peruvian/=/ADJ/JJ/5/amod plan/=/NOUN/NN/2/obj ././PUNCT/./2/punct"},
			`REJECT 120 CHL->PER "rejected" s=0`},
		{"no source by proximity",
			[]string{"Peruvian/=/ADJ/JJ/2/amod copper/=/NOUN/NN/3/nsubj arrived/arrive/VERB/VBD/0/root and/=/CCONJ/CC/7/cc prisoners/prisoner/NOUN/NNS/7/nsubj:pass were/be/AUX/VBD/7/aux:pass released/release/VERB/VBN/3/conj ././PUNCT/./3/punct"},
			``},
		{"no source of a participle on the thing it owns",
			[]string{"Peruvian/=/ADJ/JJ/2/amod ships/ship/NOUN/NNS/6/nsubj:pass attacking/attack/VERB/VBG/2/acl Chile/=/PROPN/NNP/3/obj were/be/AUX/VBD/6/aux:pass seen/see/VERB/VBN/0/root ././PUNCT/./6/punct"},
			``},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := build(t, spec{sents: tc.sents, actors: demonyms})
			for i := range doc.Actors {
				doc.Actors[i].Type = "state"
				if doc.Actors[i].Name == "Peruvian" {
					doc.Actors[i].Mentions[0].Kind = "demonym"
				}
			}
			if got := code(t, doc); got != tc.want {
				t.Errorf("\ngot  %s\nwant %s", got, tc.want)
			}
		})
	}
}
