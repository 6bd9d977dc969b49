package events

import (
	"testing"

	"github.com/parley-nlp/parley/document"
)

// A place that is no actor still says whose territory an act reaches: a
// visit's host, an attack's theatre. A meeting held somewhere acts on
// nobody there, and a place of the source's own country changes nothing.
// Sentences invented.
func TestPlaceTarget(t *testing.T) {
	places := map[string]string{"Amman": "JOR", "Jericho": "PSE", "Vienna": "AUT", "Arica": "CHL"}
	tests := []codeCase{
		{"arrived in a capital",
			"Chile/=/PROPN/NNP/2/nsubj arrived/arrive/VERB/VBD/0/root in/=/ADP/IN/4/case Amman/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`CONSULT:visit 042 CHL->(JOR) "arrived in" s=0 date=2024-07-17`},
		{"shells at targets in a town",
			"Chile/=/PROPN/NNP/2/nsubj shelled/shell/VERB/VBD/0/root targets/target/NOUN/NNS/2/obj in/=/ADP/IN/5/case Jericho/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`ASSAULT:heavy-weapons 194 CHL->(PSE) "shelled" s=0`},
		{"a place of one's own country: domestic as before",
			"Chile/=/PROPN/NNP/2/nsubj shelled/shell/VERB/VBD/0/root targets/target/NOUN/NNS/2/obj in/=/ADP/IN/5/case Arica/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`ASSAULT:heavy-weapons 194 CHL->(CHL) "shelled" s=0`},
		{"a reporter's country does not make a domestic act foreign",
			"Chile/=/PROPN/NNP/2/nsubj shelled/shell/VERB/VBD/13/ccomp targets/target/NOUN/NNS/2/obj in/=/ADP/IN/5/case Arica/=/PROPN/NNP/3/nmod ,/=/PUNCT/,/2/punct a/=/DET/DT/8/det spokesman/=/NOUN/NN/13/nsubj for/=/ADP/IN/12/case Peru/=/PROPN/NNP/12/nmod:poss 's/=/PART/POS/10/case embassy/=/NOUN/NN/8/nmod said/say/VERB/VBD/0/root ././PUNCT/./13/punct",
			`ASSAULT:heavy-weapons 194 CHL->(CHL) "shelled" s=0`},
		{"talks in a capital act on nobody there",
			"Chile/=/PROPN/NNP/2/nsubj negotiated/negotiate/VERB/VBD/0/root in/=/ADP/IN/4/case Vienna/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`CONSULT 046 CHL->- "negotiated" s=0 date=2024-07-17`},
	}
	runCodeCases(t, tests, countries, places)
}

// "his visit" is the visit of the person the clause is about. Sentence
// invented.
func TestPossessiveVisit(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"praised Peru during his visit to Amman",
			"Boric/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj during/=/ADP/IN/6/case his/=/PRON/PRP$/6/nmod:poss visit/=/NOUN/NN/2/obl to/=/ADP/IN/8/case Amman/=/PROPN/NNP/6/nmod ././PUNCT/./2/punct",
			`SUPPORT 051 CHL->PER "praised" s=0 | CONSULT:visit 042 CHL->(JOR) "visit" s=0`},
	}, map[string]string{"Boric": "CHL/GOV/person", "Peru": "PER"}, map[string]string{"Amman": "JOR"})
}

// A cooperative act with no party named takes the country of a people
// named in its own phrases ("support for the Peruvian people"); a
// meeting's place is still no party. Sentences invented.
func TestPeopleTarget(t *testing.T) {
	people := map[string]string{"Peruvians": "PER", "Lima": "PER"}
	doc := func(sent string) *document.Document {
		d := build(t, spec{sents: []string{sent}, actors: countries, places: people})
		for i := range d.Places {
			d.Places[i].People = d.SpanText(d.Places[i].Span) == "Peruvians"
		}
		return d
	}
	tests := []struct{ name, sent, want string }{
		{"support for Peruvians",
			"Chile/=/PROPN/NNP/2/nsubj expressed/express/VERB/VBD/0/root support/=/NOUN/NN/2/obj for/=/ADP/IN/5/case Peruvians/=/PROPN/NNPS/3/nmod ././PUNCT/./2/punct",
			`SUPPORT 051 CHL->(PER) "expressed support" s=0`},
		{"talks in Lima act on nobody",
			"Chile/=/PROPN/NNP/2/nsubj negotiated/negotiate/VERB/VBD/0/root in/=/ADP/IN/4/case Lima/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`CONSULT 046 CHL->- "negotiated" s=0 date=2024-07-17`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := code(t, doc(tc.sent)); got != tc.want {
				t.Errorf("\ngot  %s\nwant %s", got, tc.want)
			}
		})
	}
}
