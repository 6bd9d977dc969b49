package actors

import (
	"strconv"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

// parsedDoc builds a one-sentence document from "word/UPOS/head/rel"
// tokens (head 1-based, 0 for the root), as the syntax stage would leave it.
func parsedDoc(t *testing.T, date, sent string) *document.Document {
	t.Helper()
	doc := document.New("t", date, "")
	var text strings.Builder
	for i, f := range strings.Fields(sent) {
		p := strings.Split(f, "/")
		if len(p) != 4 {
			t.Fatalf("bad token %q", f)
		}
		h, err := strconv.Atoi(p[2])
		if err != nil {
			t.Fatalf("bad head in %q", f)
		}
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(p[0])
		doc.Tokens = append(doc.Tokens, document.Token{Span: document.Span{Start: start, End: text.Len()},
			UPOS: p[1], Head: h - 1, DepRel: p[3]})
	}
	doc.Text = text.String()
	doc.Sentences = []document.Sentence{{Span: document.Span{Start: 0, End: len(doc.Text)}, EndToken: len(doc.Tokens)}}
	return doc
}

// Generic groups and demonyms on what a clause acts on. Sentences invented.
func TestActedUpon(t *testing.T) {
	reg := mustDefault(t)
	tests := []struct{ name, sent, want string }{
		{"a group as the object is the target",
			"Chile/PROPN/2/nsubj expelled/VERB/0/root two/NUM/5/nummod Peruvian/ADJ/5/amod diplomats/NOUN/2/obj ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian diplomats/organization/PER/GOV[Peruvian diplomats]"},
		{"a group as a passive subject is the target",
			"Two/NUM/3/nummod Peruvian/ADJ/3/amod farmers/NOUN/5/nsubj:pass were/AUX/5/aux:pass arrested/VERB/0/root by/ADP/8/case Chilean/ADJ/8/amod police/NOUN/5/obl ./PUNCT/5/punct",
			"Peruvian farmers/organization/PER/CVL[Peruvian farmers]; Chilean police/organization/CHL/COP[Chilean police]"},
		{"police firing on a group act on it",
			"Chilean/ADJ/2/amod police/NOUN/3/nsubj fired/VERB/0/root on/ADP/6/case Peruvian/ADJ/6/amod students/NOUN/3/obl ./PUNCT/3/punct",
			"Chilean police/organization/CHL/COP[Chilean police]; Peruvian students/organization/PER/CVL[Peruvian students]"},
		{"a demonym compound on a place given to names its state",
			"Chile/PROPN/2/nsubj cut/VERB/0/root off/ADP/2/compound:prt power/NOUN/2/obj to/ADP/8/case the/DET/8/det Peruvian/PROPN/8/compound region/NOUN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peruvian]"},
		{"a group counted twice acts as its outer count does",
			"Tens/NOUN/6/nsubj of/ADP/3/case thousands/NOUN/1/nmod of/ADP/5/case Peruvians/PROPN/3/nmod marched/VERB/0/root ./PUNCT/6/punct",
			"Peruvians/organization/PER/CVL[Peruvians]"},
		{"a counted group acts as its count does",
			"Thousands/NOUN/4/nsubj of/ADP/3/case Peruvians/PROPN/1/nmod marched/VERB/0/root ./PUNCT/4/punct",
			"Peruvians/organization/PER/CVL[Peruvians]"},
		{"a group that acts is a party",
			"Chile/PROPN/2/nsubj said/VERB/0/root Peruvian/ADJ/4/amod farmers/NOUN/5/nsubj protested/VERB/2/ccomp ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian farmers/organization/PER/CVL[Peruvian farmers]"},
		{"people named by a side live in the state of their town",
			"Kurdish/ADJ/2/amod residents/NOUN/9/nsubj of/ADP/6/case the/DET/6/det Peruvian/ADJ/6/amod town/NOUN/2/nmod of/ADP/8/case Tacna/PROPN/6/nmod threatened/VERB/0/root Chile/PROPN/9/obj ./PUNCT/9/punct",
			"Chile/state/CHL/GOV[Chile]; Kurdish residents/organization/PER/CVL[Kurdish residents]"},
		{"a passive's agent acts",
			"A/DET/2/det camp/NOUN/4/nsubj:pass was/AUX/4/aux:pass attacked/VERB/0/root by/ADP/7/case Peruvian/ADJ/7/amod gunmen/NOUN/4/obl:agent ./PUNCT/4/punct",
			"Peruvian gunmen/organization/PER/REB[Peruvian gunmen]"},
		{"a state whose territory is acted on",
			"Chile/PROPN/2/nsubj lifted/VERB/0/root the/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Peru/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
		{"a measure on a state's territory acts on the state",
			"Chile/PROPN/2/nsubj lifted/VERB/0/root the/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Peru/PROPN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
		{"a place whose town is shelled names its state",
			"Chilean/ADJ/2/amod troops/NOUN/3/nsubj shelled/VERB/0/root the/DET/5/det town/NOUN/3/obj of/ADP/7/case Arequipa/PROPN/5/nmod ./PUNCT/3/punct",
			"Peru/state/PER/GOV[Arequipa]; Chilean Armed Forces/organization/CHL/MIL[Chilean troops]"},
		{"a curfew imposed in a place acts on its state",
			"Chile/PROPN/2/nsubj imposed/VERB/0/root a/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Arequipa/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Arequipa]"},
		{"a place where a situation is discussed stays a place",
			"Chile/PROPN/2/nsubj discussed/VERB/0/root the/DET/4/det situation/NOUN/2/obj in/ADP/6/case Arequipa/PROPN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"after an object, to names who receives the act",
			"Chile/PROPN/2/nsubj granted/VERB/0/root asylum/NOUN/2/obj to/ADP/6/case Peruvian/ADJ/6/amod rebels/NOUN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian rebels/organization/PER/REB[Peruvian rebels]"},
		{"a state where people met is a place",
			"Chile/PROPN/2/nsubj met/VERB/0/root in/ADP/4/case Peru/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a group that only speaks stays out",
			"Peru/PROPN/2/nsubj acted/VERB/0/root ,/PUNCT/6/punct Chilean/ADJ/5/amod farmers/NOUN/6/nsubj said/VERB/2/parataxis ./PUNCT/2/punct",
			"Peru/state/PER/GOV[Peru]"},
		{"a group talked about stays out",
			"Peru/PROPN/2/nsubj discussed/VERB/0/root the/DET/4/det plight/NOUN/2/obj of/ADP/7/case Chilean/ADJ/7/amod farmers/NOUN/4/nmod ./PUNCT/2/punct",
			"Peru/state/PER/GOV[Peru]"},
		{"a passive's against-phrase qualifies its subject",
			"Sanctions/NOUN/3/nsubj:pass are/AUX/3/aux:pass needed/VERB/0/root against/ADP/6/case Peruvian/ADJ/6/amod firms/NOUN/3/obl by/ADP/8/case Chile/PROPN/3/obl ./PUNCT/3/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a demonym on a thing acted upon names its state",
			"Chile/PROPN/2/nsubj rejected/VERB/0/root a/DET/5/det Peruvian/ADJ/5/amod proposal/NOUN/2/obj ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peruvian]"},
		{"a group on whom the object is imposed is acted on",
			"Chile/PROPN/2/nsubj imposed/VERB/0/root a/DET/4/det curfew/NOUN/2/obj on/ADP/7/case Peruvian/ADJ/7/amod villagers/NOUN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian villagers/organization/PER/CVL[Peruvian villagers]"},
		{"a state where the object of an act is",
			"Chile/PROPN/2/nsubj lifted/VERB/0/root a/DET/4/det curfew/NOUN/2/obj in/ADP/6/case Peru/PROPN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
		{"a capital where a state acts names its state",
			"Chile/PROPN/2/nsubj opened/VERB/0/root an/DET/4/det embassy/NOUN/2/obj in/ADP/6/case Lima/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Lima]"},
		{"a capital where talks are held is a place",
			"Chile/PROPN/2/nsubj held/VERB/0/root talks/NOUN/2/obj in/ADP/5/case Lima/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a summit's city is a place",
			"Chile/PROPN/2/nsubj raised/VERB/0/root the/DET/4/det issue/NOUN/2/obj at/ADP/7/case the/DET/7/det summit/NOUN/2/obl in/ADP/9/case Lima/PROPN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a group given something is acted on",
			"Chile/PROPN/3/nsubj has/AUX/3/aux granted/VERB/0/root asylum/NOUN/3/obj to/ADP/7/case Peruvian/ADJ/7/amod rebels/NOUN/3/obl ./PUNCT/3/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian rebels/organization/PER/REB[Peruvian rebels]"},
		{"a group spoken to is not acted on",
			"Chile/PROPN/2/nsubj spoke/VERB/0/root to/ADP/5/case Peruvian/ADJ/5/amod students/NOUN/2/obl ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a group refused something is acted on",
			"Chile/PROPN/2/nsubj refused/VERB/0/root entry/NOUN/2/obj to/ADP/5/case Peruvians/PROPN/3/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvians/organization/PER/CVL[Peruvians]"},
		{"ethnic kin in another state are of that state",
			"Chilean/ADJ/2/amod police/NOUN/3/nsubj arrested/VERB/0/root ethnic/ADJ/5/amod Peruvians/PROPN/3/obj ./PUNCT/3/punct",
			"Chilean police/organization/CHL/COP[Chilean police]; ethnic Peruvians/organization/CHL/CVL[ethnic Peruvians]"},
		{"a weekday after a group is not a name",
			"Peruvian/ADJ/2/amod lawmakers/NOUN/4/nsubj Tuesday/PROPN/4/obl:tmod endorsed/VERB/0/root the/DET/6/det agreement/NOUN/4/obj ./PUNCT/4/punct",
			"Peruvian lawmakers/organization/PER/LEG[Peruvian lawmakers]"},
		{"students alone who act take the sentence's one state",
			"Students/NOUN/2/nsubj clashed/VERB/0/root with/ADP/4/case police/NOUN/2/obl in/ADP/6/case Lima/PROPN/2/obl ./PUNCT/2/punct",
			"Students/organization/PER/CVL[Students]; police in Lima/organization/PER/COP[police in Lima]"},
		{"students alone who speak stay out",
			"Students/NOUN/2/nsubj said/VERB/0/root Lima/PROPN/4/nsubj erred/VERB/2/ccomp ./PUNCT/2/punct",
			"Peru/state/PER/GOV[Lima]"},
		{"a conjoined subject acts too",
			"Chile/PROPN/5/nsubj and/CCONJ/4/cc the/DET/4/det Peruvians/PROPN/1/conj agreed/VERB/0/root ./PUNCT/5/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvians/organization/PER/CVL[the Peruvians]"},
		{"a counted group is acted on through its count",
			"Chile/PROPN/2/nsubj expelled/VERB/0/root scores/NOUN/2/obj of/ADP/6/case Peruvian/ADJ/6/amod traders/NOUN/3/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peruvian traders/organization/PER/BUS[Peruvian traders]"},
		{"a place where the object of an act is names its state",
			"Chile/PROPN/2/nsubj evacuated/VERB/0/root the/DET/4/det settlements/NOUN/2/obj in/ADP/6/case Arequipa/PROPN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Arequipa]"},
		{"the situation in a place is talked about",
			"Chile/PROPN/2/nsubj reviewed/VERB/0/root the/DET/4/det situation/NOUN/2/obj in/ADP/6/case Arequipa/PROPN/4/nmod ./PUNCT/2/punct",
			"Chile/state/CHL/GOV[Chile]"},
		{"a light verb's place is a place",
			"Famine/NOUN/3/nsubj has/AUX/3/aux taken/VERB/0/root hold/NOUN/3/obj in/ADP/6/case Arequipa/PROPN/3/obl ./PUNCT/3/punct",
			""},
		{"a nation's act as subject names the nation",
			"Peruvian/ADJ/2/amod riots/NOUN/3/nsubj continued/VERB/0/root in/ADP/5/case Lima/PROPN/3/obl ./PUNCT/3/punct",
			"Peru/state/PER/GOV[Peruvian]"},
		{"a demonym on a subject's thing names no actor",
			"A/DET/3/det Peruvian/ADJ/3/amod proposal/NOUN/4/nsubj failed/VERB/0/root in/ADP/6/case Chile/PROPN/4/obl ./PUNCT/4/punct",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := parsedDoc(t, "2024-05-02", tc.sent)
			if got := summary(doc, Find(reg, doc)); got != tc.want {
				t.Errorf("%q\n got: %s\nwant: %s", doc.Text, got, tc.want)
			}
		})
	}
}
