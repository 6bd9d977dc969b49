package events

import "testing"

// An attempt at force that was made is an assault (CAMEO 185 for an
// attempt on a life); one announced, supposed or aimed at is not.
// Sentences invented.
func TestAttemptedForce(t *testing.T) {
	tests := []codeCase{
		{"attempted to kill a minister",
			"Chile/=/PROPN/NNP/2/nsubj attempted/attempt/VERB/VBD/0/root to/=/PART/TO/4/mark assassinate/=/VERB/VB/2/xcomp Peru/=/PROPN/NNP/6/nmod:poss 's/=/PART/POS/5/case minister/=/NOUN/NN/4/obj ././PUNCT/./2/punct",
			`ASSAULT:targeted 185 CHL->PER "assassinate" s=0`},
		{"tried to capture a city",
			"Chile/=/PROPN/NNP/2/nsubj tried/try/VERB/VBD/0/root to/=/PART/TO/4/mark capture/=/VERB/VB/2/xcomp Peru/=/PROPN/NNP/4/obj ././PUNCT/./2/punct",
			`ASSAULT 192 CHL->PER "capture" s=0`},
		{"if they try to capture it, no event",
			"if/=/SCONJ/IN/3/mark Chile/=/PROPN/NNP/3/nsubj tries/try/VERB/VBZ/0/root to/=/PART/TO/5/mark capture/=/VERB/VB/3/xcomp Peru/=/PROPN/NNP/5/obj ././PUNCT/./3/punct",
			``},
		{"continued to shell: the shelling goes on",
			"Chile/=/PROPN/NNP/2/nsubj continued/continue/VERB/VBD/0/root to/=/PART/TO/4/mark shell/=/VERB/VB/2/xcomp Peru/=/PROPN/NNP/4/obj ././PUNCT/./2/punct",
			`ASSAULT:heavy-weapons 194 CHL->PER "shell" s=0`},
		{"an aim to try is no attempt made",
			"Chile/=/PROPN/NNP/2/nsubj mobilized/mobilize/VERB/VBD/0/root to/=/PART/TO/4/mark try/=/VERB/VB/2/advcl to/=/PART/TO/6/mark capture/=/VERB/VB/4/xcomp Peru/=/PROPN/NNP/6/obj ././PUNCT/./2/punct",
			`MOBILIZE:troops 154 CHL->PER "mobilized" s=0`},
	}
	runCodeCases(t, tests, countries, nil)
}
