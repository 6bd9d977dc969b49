package events

import (
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

// An appeal to a generic group of third parties has its addressee and
// guesses none; "all parties" are the text's own parties. What a denial
// says happened is negated. Sentences invented.
func TestAddresseesAndDenials(t *testing.T) {
	two := []string{"Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"}
	for _, tc := range []struct{ name, sent, want string }{
		{"an appeal to allies",
			"Peru/=/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/=/ADP/IN/5/case Western/=/ADJ/JJ/5/amod allies/ally/NOUN/NNS/2/obl to/=/PART/TO/7/mark help/=/VERB/VB/2/xcomp ././PUNCT/./2/punct",
			`REQUEST 020 PER->- "called on" s=1`},
		{"an appeal to all parties is to the text's parties",
			"Peru/=/PROPN/NNP/2/nsubj called/call/VERB/VBD/0/root on/=/ADP/IN/5/case all/=/DET/DT/5/det parties/party/NOUN/NNS/2/obl to/=/PART/TO/7/mark stop/=/VERB/VB/2/xcomp ././PUNCT/./2/punct",
			`REQUEST 020 PER->CHL "called on" s=1`},
		{"a denied attack",
			"Peru/=/PROPN/NNP/2/nsubj denied/deny/VERB/VBD/0/root that/=/SCONJ/IN/6/mark its/=/PRON/PRP$/5/nmod:poss troops/troops/NOUN/NNS/6/nsubj attacked/attack/VERB/VBD/2/ccomp Chile/=/PROPN/NNP/6/obj ././PUNCT/./2/punct",
			`REJECT 120 PER->CHL "denied" s=1 | ASSAULT 190 PER->CHL "attacked" s=1 neg`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := build(t, spec{sents: append(two[:1:1], tc.sent), actors: countries})
			got := code(t, doc)
			want := `ASSAULT 190 CHL->PER "attacked" s=0 | ` + tc.want
			if got != want {
				t.Errorf("\ngot  %s\nwant %s", got, want)
			}
		})
	}
}

// A refusal reported in the past keeps its "would" as a future shifted
// back; a measure's relative clause acts for nobody; criticism "from"
// someone is theirs, and who drew it is its target. Sentences invented.
func TestReportedRefusalsAndReceivedCriticism(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"said it would not accept",
			"Chile/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root it/=/PRON/PRP/6/nsubj would/=/AUX/MD/6/aux not/=/PART/RB/6/advmod accept/=/VERB/VB/2/ccomp Peru/=/PROPN/NNP/9/nmod:poss 's/=/PART/POS/7/case plan/=/NOUN/NN/6/obj ././PUNCT/./2/punct",
			`REJECT 120 CHL->PER "accept Peru 's plan" s=0`},
		{"a plan that required",
			"Chile/=/PROPN/NNP/2/nsubj rejected/reject/VERB/VBD/0/root a/=/DET/DT/4/det plan/=/NOUN/NN/2/obj that/=/PRON/WDT/6/nsubj required/require/VERB/VBD/4/acl:relcl Peru/=/PROPN/NNP/6/obj to/=/PART/TO/9/mark leave/=/VERB/VB/6/xcomp ././PUNCT/./2/punct",
			`REJECT 120 CHL->PER "rejected" s=0`},
		{"drew criticism from",
			"Chile/=/PROPN/NNP/2/nsubj drew/draw/VERB/VBD/0/root criticism/=/NOUN/NN/2/obj from/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`ACCUSE:disapprove 111 PER->CHL "criticism" s=0`},
	}, countries, nil)
}

// Offering condolences conveys them; offering talks is an intent.
// Sentences invented.
func TestOfferedCondolences(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"offered condolences",
			"Chile/=/PROPN/NNP/2/nsubj offered/offer/VERB/VBD/0/root condolences/condolence/NOUN/NNS/2/obj to/=/ADP/IN/5/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`SUPPORT 018 CHL->PER "offered condolences" s=0`},
		{"offered talks",
			"Chile/=/PROPN/NNP/2/nsubj offered/offer/VERB/VBD/0/root talks/talk/NOUN/NNS/2/obj to/=/ADP/IN/5/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`AGREE 036 CHL->PER "offered talks" s=0`},
	}, countries, nil)
}

// A heading opening with a subjectless gerund names the occasion: no
// event, and the reporting side is found after it. Sentences invented.
func TestGerundHeading(t *testing.T) {
	doc := build(t, spec{sents: []string{
		"Meeting/meet/VERB/VBG/0/root with/=/ADP/IN/3/case Peru/=/PROPN/NNP/1/obl",
		"Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root with/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
		"The/the/DET/DT/2/det leaders/leader/NOUN/NNS/3/nsubj discussed/discuss/VERB/VBD/0/root trade/=/NOUN/NN/3/obj ././PUNCT/./3/punct",
	}, actors: countries})
	want := `CONSULT 040 CHL->PER "met with" s=1 date=2024-07-17 | CONSULT 040 CHL->PER "discussed" s=2 date=2024-07-17`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

// A passive whose agent is a thing names no one who acted; sorrow
// expressed is an empathetic comment. Sentences invented.
func TestThingAgentsAndSorrow(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"killed by the crash",
			"Chile/=/PROPN/NNP/2/nsubj counted/count/VERB/VBD/0/root victims/victim/NOUN/NNS/2/obj killed/kill/VERB/VBN/3/acl by/=/ADP/IN/7/case the/=/DET/DT/7/det crash/=/NOUN/NN/4/obl:agent in/=/ADP/IN/9/case Peru/=/PROPN/NNP/7/nmod ././PUNCT/./2/punct",
			``},
		{"killed by men the text does not know",
			"Chile/=/PROPN/NNP/2/nsubj mourned/mourn/VERB/VBD/0/root the/=/DET/DT/4/det victims/victim/NOUN/NNS/2/obj killed/kill/VERB/VBN/4/acl by/=/ADP/IN/8/case the/=/DET/DT/8/det Zealots/zealot/PROPN/NNPS/5/obl:agent ././PUNCT/./2/punct",
			``},
		{"expressed sorrow",
			"Chile/=/PROPN/NNP/2/nsubj expressed/express/VERB/VBD/0/root sorrow/=/NOUN/NN/2/obj over/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`SUPPORT 018 CHL->PER "expressed sorrow" s=0`},
	}, countries, nil)
}

// Prolonged restrictive measures are sanctions; a call on a state asks it
// to act; a topic label before a colon is no party. Sentences invented.
func TestMeasuresCallsAndLabels(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"prolonged restrictive measures",
			"Chile/=/PROPN/NNP/2/nsubj prolonged/prolong/VERB/VBD/0/root restrictive/=/ADJ/JJ/4/amod measures/measure/NOUN/NNS/2/obj on/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`SANCTION:discontinue 163 CHL->PER "prolonged restrictive measures" s=0`},
		{"reiterated its call on",
			"Chile/=/PROPN/NNP/2/nsubj reiterated/reiterate/VERB/VBD/0/root its/=/PRON/PRP$/4/nmod:poss call/=/NOUN/NN/2/obj on/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod to/=/PART/TO/8/mark withdraw/=/VERB/VB/4/acl ././PUNCT/./2/punct",
			`REQUEST 020 CHL->PER "reiterated its call" s=0`},
		{"a topic label",
			"Peru/=/PROPN/NNP/4/dep :/:/PUNCT/:/1/punct Council/council/NOUN/NN/4/nsubj extends/extend/VERB/VBZ/0/root sanctions/sanction/NOUN/NNS/4/obj",
			``},
	}, countries, nil)
}

// A passive conjunct is suffered by the shared subject, done by nobody
// named; a time clause in the present ("until Peru withdraws") is still to
// come. Sentences invented.
func TestPassiveConjunctsAndTimeClauses(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"and was attacked",
			"Chile/=/PROPN/NNP/2/nsubj protested/protest/VERB/VBD/0/root and/=/CCONJ/CC/5/cc was/be/AUX/VBD/5/aux:pass attacked/attack/VERB/VBN/2/conj ././PUNCT/./2/punct",
			`PROTEST:demo 141 CHL->(CHL) "protested" s=0`},
		{"until Peru withdraws",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux fight/=/VERB/VB/0/root until/=/SCONJ/IN/6/mark Peru/=/PROPN/NNP/6/nsubj withdraws/withdraw/VERB/VBZ/3/advcl ././PUNCT/./3/punct",
			`RETREAT:withdraw 0874 PER->CHL "withdraws" s=0 hyp`},
		{"until Peru withdrew",
			"Chile/=/PROPN/NNP/2/nsubj fought/fight/VERB/VBD/0/root until/=/SCONJ/IN/5/mark Peru/=/PROPN/NNP/5/nsubj withdrew/withdraw/VERB/VBD/2/advcl ././PUNCT/./2/punct",
			`RETREAT:withdraw 0874 PER->CHL "withdrew" s=0`},
	}, countries, nil)
}

// "Responding to Peru's call for talks": a speech-act noun with an actor
// as its possessor is that actor's act wherever the phrase stands.
// Sentence invented.
func TestPossessedSpeechAct(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"responding to a call",
			"Responding/respond/VERB/VBG/8/advcl to/=/ADP/IN/5/case Peru/=/PROPN/NNP/5/nmod:poss 's/=/PART/POS/3/case call/=/NOUN/NN/1/obl for/=/ADP/IN/7/case sanctions/sanction/NOUN/NNS/5/nmod Chile/=/PROPN/NNP/9/nsubj restated/restate/VERB/VBD/0/root its/=/PRON/PRP$/11/nmod:poss position/=/NOUN/NN/9/obj ././PUNCT/./9/punct",
			`REQUEST 020 PER->CHL "call for" s=0`},
	}, countries, nil)
}

// "Delegations from 40 countries attended": a subject that counts many
// states without naming one is no party the text can code. Sentences
// invented.
func TestMultitudeSubject(t *testing.T) {
	doc := build(t, spec{sents: []string{
		"Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Delegations/delegation/NOUN/NNS/5/nsubj from/=/ADP/IN/4/case 40/=/NUM/CD/4/nummod countries/country/NOUN/NNS/1/nmod condemned/condemn/VERB/VBD/0/root the/=/DET/DT/7/det attack/=/NOUN/NN/5/obj ././PUNCT/./5/punct",
	}, actors: countries})
	if got, want := code(t, doc), `ASSAULT 190 CHL->PER "attacked" s=0`; got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

// "We welcomed the vote, which should help Peru":
// what a thing is to do is a hope, not a demand; "Peru, which must
// withdraw" still names the party asked. Sentences invented.
func TestRelativeDemands(t *testing.T) {
	actors := map[string]string{"Chile": "CHL", "Peru": "PER", "Lima": "PER"}
	// Chile's words: "We welcomed the vote, which should help Peru" / "...
	// Lima, which must withdraw"
	for _, tc := range []struct{ sent, want string }{
		{"We/we/PRON/PRP/2/nsubj welcomed/welcome/VERB/VBD/0/root the/=/DET/DT/4/det vote/=/NOUN/NN/2/obj ,/,/PUNCT/,/8/punct which/=/PRON/WDT/8/nsubj should/=/AUX/MD/8/aux help/=/VERB/VB/2/advcl Peru/=/PROPN/NNP/8/obj ././PUNCT/./2/punct",
			""},
		{"We/we/PRON/PRP/2/nsubj asked/ask/VERB/VBD/0/root about/=/ADP/IN/4/case Lima/=/PROPN/NNP/2/obl ,/,/PUNCT/,/8/punct which/=/PRON/WDT/8/nsubj must/=/AUX/MD/8/aux withdraw/=/VERB/VB/4/acl:relcl ././PUNCT/./2/punct",
			`REQUEST 100 CHL->PER "must withdraw" s=0 q=0`},
	} {
		doc := build(t, spec{sents: []string{tc.sent}, actors: actors})
		doc.Actors = append(doc.Actors, document.Actor{ID: "A9", Name: "Chile", Country: "CHL", Type: "state"})
		doc.Quotes = []document.Quote{{Span: document.Span{Start: 0, End: len(doc.Text)}, Kind: document.QuoteDirect, Speaker: len(doc.Actors) - 1}}
		got := code(t, doc)
		var demands []string
		for _, e := range strings.Split(got, " | ") {
			if strings.HasPrefix(e, "REQUEST 100") {
				demands = append(demands, e)
			}
		}
		if g := strings.Join(demands, " | "); g != tc.want {
			t.Errorf("%s\ngot  %s\nwant %s", tc.sent, g, tc.want)
		}
	}
}

// "Lasting talks require the participation of Peru": a thing needs it,
// nobody asks. Sentence invented.
func TestThingRequires(t *testing.T) {
	doc := build(t, spec{sents: []string{
		"Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Lasting/last/ADJ/JJ/2/amod talks/talk/NOUN/NNS/3/nsubj require/=/VERB/VBP/0/root the/=/DET/DT/5/det participation/=/NOUN/NN/3/obj of/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./3/punct",
	}, actors: countries})
	if got := code(t, doc); strings.Contains(got, "require") {
		t.Errorf("got %s, want no appeal", got)
	}
}

// "The allegations about attacks on Peru are untrue": an act named as the
// content of an allegation is not reported as fact. Sentence invented.
func TestAllegedActs(t *testing.T) {
	sent := "The/the/DET/DT/2/det allegations/allegation/NOUN/NNS/7/nsubj about/=/ADP/IN/4/case attacks/attack/NOUN/NNS/2/nmod on/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod are/be/AUX/VBP/7/cop untrue/=/ADJ/JJ/0/root ././PUNCT/./7/punct"
	first := "Chile/=/PROPN/NNP/2/nsubj denied/deny/VERB/VBD/0/root it/=/PRON/PRP/2/obj ././PUNCT/./2/punct"
	doc := build(t, spec{sents: []string{first, sent}, actors: countries})
	if got := code(t, doc); strings.Contains(got, "ASSAULT") {
		t.Errorf("got %s, want no attack", got)
	}
}
