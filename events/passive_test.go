package events

import (
	"strings"
	"testing"
)

// A passive act without its agent does not say who acted: no source is
// guessed from the actors nearby. Sentences invented.
func TestAgentlessPassiveNamesNoSource(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"victims in a place are no source",
			[]string{"Twenty/=/NUM/CD/2/nummod people/=/NOUN/NNS/4/nsubj:pass were/be/AUX/VBD/4/aux:pass killed/kill/VERB/VBN/0/root in/=/ADP/IN/6/case Chile/=/PROPN/NNP/4/obl ././PUNCT/./4/punct"},
			``},
		{"a clause about a place after another act",
			[]string{"Peru/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj ,/=/PUNCT/,/9/punct where/=/ADV/WRB/9/advmod ten/=/NUM/CD/7/nummod people/=/NOUN/NNS/9/nsubj:pass were/be/AUX/VBD/9/aux:pass killed/kill/VERB/VBN/3/acl:relcl ././PUNCT/./2/punct"},
			`SUPPORT 051 PER->CHL "praised" s=0`},
		{"a noun's passive participle: the noun was acted on, and no source is guessed",
			[]string{"Peru/=/PROPN/NNP/2/nsubj mourned/mourn/VERB/VBD/0/root soldiers/soldier/NOUN/NNS/2/obj killed/kill/VERB/VBN/3/acl in/=/ADP/IN/6/case Chile/=/PROPN/NNP/4/obl ././PUNCT/./2/punct"},
			``},
		{"a noun's passive participle with its agent",
			[]string{"Peru/=/PROPN/NNP/2/nsubj buried/bury/VERB/VBD/0/root Peru/=/PROPN/NNP/4/compound soldiers/soldier/NOUN/NNS/2/obj killed/kill/VERB/VBN/4/acl by/=/ADP/IN/7/case Chile/=/PROPN/NNP/5/obl:agent ././PUNCT/./2/punct"},
			`ASSAULT 190 CHL->PER "killed" s=0`},
		{"the agent named acts",
			[]string{"Twenty/=/NUM/CD/2/nummod people/=/NOUN/NNS/4/nsubj:pass were/be/AUX/VBD/4/aux:pass killed/kill/VERB/VBN/0/root by/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/obl ././PUNCT/./4/punct"},
			`ASSAULT 190 PER->(PER) "killed" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries}, tc.want)
		})
	}
}

// The narration of a statement judges in its author's voice; a
// one-sentence news item has no author, only a reporter. Sentences invented.
func TestOneSentenceNarrationJudgesNobody(t *testing.T) {
	judging := "Peru/=/PROPN/NNP/2/nsubj watched/watch/VERB/VBD/0/root Chile/=/PROPN/NNP/5/nmod:poss 's/=/PART/POS/3/case illegal/=/ADJ/JJ/6/amod camps/camp/NOUN/NNS/2/obj ././PUNCT/./2/punct"
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"one sentence", []string{judging}, ``},
		{"a statement's narration", []string{"Peru/=/PROPN/NNP/2/nsubj spoke/speak/VERB/VBD/0/root ././PUNCT/./2/punct", judging},
			`ACCUSE:allege 112 PER->CHL "illegal" s=1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries}, tc.want)
		})
	}
}

// "..., killing ten, Japan said": who reports a deed whose agent the
// content does not name did not do it. Sentences invented.
func TestReporterIsNoAgent(t *testing.T) {
	sents := []string{"Killing/kill/VERB/VBG/0/root ten/=/NUM/CD/1/obj ,/=/PUNCT/,/1/punct Japan/=/PROPN/NNP/5/nsubj said/say/VERB/VBD/1/parataxis ././PUNCT/./1/punct"}
	for _, quoted := range []bool{true, false} {
		sp := spec{sents: sents, actors: countries}
		if quoted {
			sp.quote = [3]int{0, 2, 1}
		}
		if got := code(t, build(t, sp)); got != `` {
			t.Errorf("quoted %v\ngot  %s\nwant nothing", quoted, got)
		}
	}
}

// "Peru shelled the towns, Japan said": the reporting voice after the
// deed is no target either.
func TestReporterIsNoTarget(t *testing.T) {
	sents := []string{"Peru/=/PROPN/NNP/2/nsubj shelled/shell/VERB/VBD/0/root the/=/DET/DT/4/det towns/town/NOUN/NNS/2/obj ,/=/PUNCT/,/2/punct Japan/=/PROPN/NNP/7/nsubj said/say/VERB/VBD/2/parataxis ././PUNCT/./2/punct"}
	// no target but the country's own: the reporter is no party
	want := `ASSAULT:heavy-weapons 194 PER->(PER) "shelled" s=0`
	if got := code(t, build(t, spec{sents: sents, actors: countries})); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

// A cooperative act its subject did not do is a refusal; one not done to
// the subject, or only supposed, is not. Sentences invented.
func TestNegatedCooperationIsRefusal(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"did not accept",
			[]string{"Chile/=/PROPN/NNP/4/nsubj did/do/AUX/VBD/4/aux not/=/PART/RB/4/advmod accept/accept/VERB/VB/0/root Peru/=/PROPN/NNP/7/nmod:poss 's/=/PART/POS/5/case plan/=/NOUN/NN/4/obj ././PUNCT/./4/punct"},
			`REJECT 120 CHL->PER "accept Peru 's plan" s=0`},
		{"was not invited",
			[]string{"Chile/=/PROPN/NNP/4/nsubj:pass was/be/AUX/VBD/4/aux:pass not/=/PART/RB/4/advmod invited/invite/VERB/VBN/0/root by/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/obl ././PUNCT/./4/punct"},
			`CONSULT 036 PER->CHL "invited" s=0 neg`},
		{"a release not made is a refusal to yield",
			[]string{"Chile/=/PROPN/NNP/4/nsubj did/do/AUX/VBD/4/aux not/=/PART/RB/4/advmod release/release/VERB/VB/0/root Peru/=/PROPN/NNP/7/nmod:poss 's/=/PART/POS/5/case sailors/sailor/NOUN/NNS/4/obj ././PUNCT/./4/punct"},
			`REJECT 1243 CHL->PER "release Peru 's sailors" s=0`},
		{"a withdrawal announced in the negative by the speaker's it",
			[]string{"Chile/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root it/=/PRON/PRP/6/nsubj would/=/AUX/MD/6/aux not/=/PART/RB/6/advmod withdraw/withdraw/VERB/VB/2/ccomp from/=/ADP/IN/8/case Peru/=/PROPN/NNP/6/obl ././PUNCT/./2/punct"},
			`REJECT 1246 CHL->PER "withdraw" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := code(t, build(t, spec{sents: tc.sents, actors: countries})); got != tc.want {
				t.Errorf("\ngot  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// A threat or refusal is aimed at whom the act it names would hit: a
// state named by its demonym there is found by no proximity rule.
// Sentences invented.
func TestTargetOfTheActNamed(t *testing.T) {
	sents := []string{"Chile/=/PROPN/NNP/2/nsubj threatened/threaten/VERB/VBD/0/root to/=/PART/TO/4/mark shell/shell/VERB/VB/2/xcomp Peruvian/=/ADJ/JJ/6/amod towns/town/NOUN/NNS/4/obj ././PUNCT/./2/punct"}
	doc := build(t, spec{sents: sents, actors: map[string]string{"Chile": "CHL", "Peruvian": "PER"}})
	for i := range doc.Actors {
		doc.Actors[i].Type = "state"
		if doc.Actors[i].Name == "Peruvian" {
			doc.Actors[i].Mentions[0].Kind = "demonym"
		}
	}
	got := code(t, doc)
	if want := `THREATEN:violence 138 CHL->PER "threatened" s=0`; !strings.HasPrefix(got, want) {
		t.Errorf("\ngot  %s\nwant %s ...", got, want)
	}
}

// A reporter coordinated with another ("officials and Peru's witnesses
// said") is no party either. Sentence invented.
func TestCoordinatedReporterIsNoTarget(t *testing.T) {
	sents := []string{"Chile/=/PROPN/NNP/2/nsubj shelled/shell/VERB/VBD/11/ccomp the/=/DET/DT/4/det towns/town/NOUN/NNS/2/obj ,/=/PUNCT/,/6/punct officials/official/NOUN/NNS/11/nsubj and/=/CCONJ/CC/10/cc Peru/=/PROPN/NNP/10/nmod:poss 's/=/PART/POS/8/case witnesses/witness/NOUN/NNS/6/conj said/say/VERB/VBD/0/root ././PUNCT/./11/punct"}
	want := `ASSAULT:heavy-weapons 194 CHL->(CHL) "shelled" s=0`
	if got := code(t, build(t, spec{sents: sents, actors: countries})); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}
