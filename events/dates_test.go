package events

import (
	"strings"
	"testing"
)

// A readout's acts with no time of their own happen on the day of the
// occasion it opens with; a story that opens otherwise leaves them
// undated. Sentences invented.
func TestReadoutDates(t *testing.T) {
	call := "Chile/=/PROPN/NNP/2/nsubj spoke/speak/VERB/VBD/0/root with/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct"
	attack := "Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	thanked := "Chile/=/PROPN/NNP/2/nsubj thanked/thank/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	for _, tc := range []struct {
		name  string
		sents []string
		times []timeSpec
		want  string
	}{
		{"a readout's acts on its day", []string{call, thanked}, nil,
			`CONSULT 040 CHL->PER "spoke with" s=0 date=2024-07-17 | SUPPORT 051 CHL->PER "thanked" s=1 date=2024-07-17`},
		{"on the day the readout gives", []string{call, thanked}, []timeSpec{{tok: 1, anchor: 1, value: "2024-07-15"}},
			`CONSULT 040 CHL->PER "spoke with" s=0 date=2024-07-15 | SUPPORT 051 CHL->PER "thanked" s=1 date=2024-07-15`},
		{"a story opening with another act", []string{attack, thanked}, nil,
			`ASSAULT 190 CHL->PER "attacked" s=0 | SUPPORT 051 CHL->PER "thanked" s=1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries, times: tc.times}, tc.want)
		})
	}
}

// A date standing before a noun ("the 2021 agreement") dates that noun,
// not the clause it lies in. Sentence invented.
func TestPremodifyingDate(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root the/=/DET/DT/5/det 2021/=/NUM/CD/5/compound agreement/=/NOUN/NN/2/obj with/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct"
	expectCode(t, spec{sents: []string{sent}, actors: countries, times: []timeSpec{{tok: 3, anchor: 1, value: "2021"}}}, `SUPPORT 051 CHL->PER "praised" s=0 | AGREE 057 CHL->PER "agreement" s=0 date=2021`)
}

// A time in a nominal event's own phrase dates it, though the time
// expression is anchored to the clause's verb ("informed Peru of the
// results of the meeting on Monday"). Sentence invented.
func TestTimeInNounPhrase(t *testing.T) {
	sent := "Chile/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root the/=/DET/DT/4/det results/result/NOUN/NNS/2/obj of/=/ADP/IN/7/case the/=/DET/DT/7/det talks/talk/NOUN/NNS/4/nmod with/=/ADP/IN/9/case Peru/=/PROPN/NNP/7/nmod on/=/ADP/IN/11/case Monday/=/PROPN/NNP/7/nmod ././PUNCT/./2/punct"
	doc := build(t, spec{sents: []string{sent}, actors: countries, times: []timeSpec{{tok: 10, anchor: 1, value: "2024-07-15"}}})
	got := code(t, doc)
	if want := `CONSULT 040 CHL->PER "talks" s=0 date=2024-07-15`; !strings.Contains(got, want) {
		t.Errorf("got %s\nwant among them %s", got, want)
	}
}
