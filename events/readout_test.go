package events

import (
	"strings"
	"testing"
)

// Readout conventions: back-references to the meeting a readout reports,
// the readout's own passive voice, parties named only as a group. Each
// document opens with an event between Chile and Peru, so that they are
// the readout's parties.
func TestReadoutConventions(t *testing.T) {
	opening := "Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	const met = `CONSULT 040 CHL->PER "met" s=0 date=2024-07-17`
	tests := []struct {
		name string
		sent string // the second sentence
		want string // events after the opening one
	}{
		{"the meeting's atmosphere is no new meeting",
			"The/the/DET/DT/2/det conversation/=/NOUN/NN/3/nsubj took/take/VERB/VBD/0/root place/=/NOUN/NN/3/obj in/=/ADP/IN/7/case a/=/DET/DT/7/det warm/=/ADJ/JJ/7/amod atmosphere/=/NOUN/NN/3/obl ././PUNCT/./3/punct",
			``},
		{"held in a warm atmosphere",
			"The/the/DET/DT/2/det conversation/=/NOUN/NN/4/nsubj:pass was/be/AUX/VBD/4/aux:pass held/hold/VERB/VBN/0/root in/=/ADP/IN/8/case a/=/DET/DT/8/det friendly/=/ADJ/JJ/8/amod atmosphere/=/NOUN/NN/4/obl ././PUNCT/./4/punct",
			``},
		{"how long the talks lasted",
			"The/the/DET/DT/2/det talks/talk/NOUN/NNS/3/nsubj lasted/last/VERB/VBD/0/root six/=/NUM/CD/5/nummod hours/hour/NOUN/NNS/3/obj ././PUNCT/./3/punct",
			``},
		{"a judgement of the talks",
			"The/the/DET/DT/2/det talks/talk/NOUN/NNS/4/nsubj were/be/AUX/VBD/4/cop useful/=/ADJ/JJ/0/root ././PUNCT/./4/punct",
			``},
		{"the topic of the conversation is the parties' consultation (parsed as a reduced relative)",
			"The/the/DET/DT/2/det conversation/=/NOUN/NN/0/root focused/focus/VERB/VBN/2/acl on/=/ADP/IN/5/case security/=/NOUN/NN/3/obl ././PUNCT/./2/punct",
			`CONSULT 040 CHL->PER "focused on" s=1 date=2024-07-17`},
		{"attention paid to a topic is consultation",
			"Attention/attention/NOUN/NN/3/nsubj:pass was/be/AUX/VBD/3/aux:pass paid/pay/VERB/VBN/0/root to/=/ADP/IN/5/case security/=/NOUN/NN/3/obl ././PUNCT/./3/punct",
			`CONSULT 040 CHL->PER "paid" s=1 date=2024-07-17`},
		{"a passive point made by the readout accuses",
			"It/it/PRON/PRP/4/nsubj was/be/AUX/VBD/4/cop also/=/ADV/RB/4/advmod pointed/pointed/ADJ/JJ/0/root out/=/ADP/RP/4/compound:prt that/=/SCONJ/IN/9/mark Peru/=/PROPN/NNP/9/nsubj is/be/AUX/VBZ/9/aux stalling/stall/VERB/VBG/4/ccomp ././PUNCT/./4/punct",
			`ACCUSE:disapprove 111 CHL->PER "pointed" s=1 date=2024-07-17`},
		{"continuing talks is consulting",
			"They/they/PRON/PRP/2/nsubj continued/continue/VERB/VBD/0/root their/they/PRON/PRP$/4/nmod:poss talks/talk/NOUN/NNS/2/obj ././PUNCT/./2/punct",
			`CONSULT 040 CHL->PER "continued their talks" s=1 date=2024-07-17`},
		{"the parties welcoming something together do not support each other",
			"The/the/DET/DT/2/det leaders/leader/NOUN/NNS/3/nsubj welcomed/welcome/VERB/VBD/0/root the/=/DET/DT/5/det plan/=/NOUN/NN/3/obj ././PUNCT/./3/punct",
			``},
		{"the parties' joint appeal names no target",
			"The/the/DET/DT/2/det leaders/leader/NOUN/NNS/3/nsubj called/call/VERB/VBD/0/root for/=/ADP/IN/5/case calm/=/NOUN/NN/3/obl ././PUNCT/./3/punct",
			`REQUEST 0256 CHL->- "called for" s=1 date=2024-07-17`},
		{"something of both parties acts for them",
			"The/the/DET/DT/2/det military/=/NOUN/NN/6/nsubj of/=/ADP/IN/5/case both/=/DET/DT/5/det countries/country/NOUN/NNS/2/nmod cooperated/cooperate/VERB/VBD/0/root ././PUNCT/./6/punct",
			`COOPERATE 060 CHL->PER "cooperated" s=1 date=2024-07-17`},
		{"reciprocal cooperation is coded from the reporting side",
			"Cooperation/cooperation/NOUN/NN/6/nsubj between/=/ADP/IN/3/case Peru/=/PROPN/NNP/1/nmod and/=/CCONJ/CC/5/cc Chile/=/PROPN/NNP/3/conj grew/grow/VERB/VBD/0/root ././PUNCT/./6/punct",
			`COOPERATE 060 CHL->PER "Cooperation" s=1 date=2024-07-17`},
		{"a hunger strike is a protest",
			"Peru/=/PROPN/NNP/2/nsubj began/begin/VERB/VBD/0/root a/=/DET/DT/5/det hunger/=/NOUN/NN/5/compound strike/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
			`PROTEST:hunger 142 PER->CHL "began a hunger strike" s=1 date=2024-07-17`},
		{"needing help is an appeal",
			"Peru/=/PROPN/NNP/2/nsubj needs/need/VERB/VBZ/0/root help/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
			`REQUEST 020 PER->CHL "needs help" s=1 date=2024-07-17`},
		{"confirming a commitment is an intent to cooperate",
			"Peru/=/PROPN/NNP/2/nsubj confirmed/confirm/VERB/VBD/0/root its/it/PRON/PRP$/4/nmod:poss commitment/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
			`AGREE 030 PER->CHL "confirmed its commitment" s=1 date=2024-07-17`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := build(t, spec{sents: []string{opening, tc.sent}, actors: countries})
			want := met
			if tc.want != "" {
				want += " | " + tc.want
			}
			if got := code(t, doc); got != want {
				t.Errorf("\ngot  %s\nwant %s", got, want)
			}
		})
	}
}

func TestDuringTheTalks(t *testing.T) {
	// "During the talks" frames another event; "during the talks on X"
	// still names the consultation.
	opening := "Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct"
	bare := "During/during/ADP/IN/3/case the/=/DET/DT/3/det talks/talk/NOUN/NNS/5/obl ,/=/PUNCT/,/3/punct Peru/=/PROPN/NNP/6/nsubj smiled/smile/VERB/VBD/0/root ././PUNCT/./6/punct"
	expectCode(t, spec{sents: []string{opening, bare}, actors: countries}, `CONSULT 040 CHL->PER "met" s=0 date=2024-07-17`)
	topic := "During/during/ADP/IN/3/case the/=/DET/DT/3/det talks/talk/NOUN/NNS/8/obl on/=/ADP/IN/5/case trade/=/NOUN/NN/3/nmod ,/=/PUNCT/,/3/punct Peru/=/PROPN/NNP/8/nsubj smiled/smile/VERB/VBD/0/root ././PUNCT/./8/punct"
	expectCode(t, spec{sents: []string{opening, topic}, actors: countries}, `CONSULT 040 CHL->PER "met" s=0 date=2024-07-17 | CONSULT 040 CHL->PER "talks" s=1 date=2024-07-17`)
}

func TestReadoutAuthor(t *testing.T) {
	// A title naming the other party of a meeting ("Meeting with Peru") is
	// published by the side that acts first: Chile, not Peru.
	sents := []string{
		"Meeting/meeting/NOUN/NN/0/root with/=/ADP/IN/3/case Peru/=/PROPN/NNP/1/nmod",
		"Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"It/it/PRON/PRP/3/nsubj:pass was/be/AUX/VBD/3/aux:pass stressed/stress/VERB/VBN/0/root that/=/SCONJ/IN/7/mark Peru/=/PROPN/NNP/7/nsubj is/be/AUX/VBZ/7/aux stalling/stall/VERB/VBG/3/ccomp ././PUNCT/./3/punct",
	}
	doc := build(t, spec{sents: sents, actors: countries})
	want := `CONSULT 040 CHL->PER "met" s=1 date=2024-07-17 | ACCUSE:disapprove 111 CHL->PER "stressed" s=2 date=2024-07-17`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

func TestPartiesFromTheTree(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{
		{"a party hung on another oblique",
			[]string{"Chile/=/PROPN/NNP/2/nsubj spoke/speak/VERB/VBD/0/root by/=/ADP/IN/4/case telephone/=/NOUN/NN/2/obl with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod and/=/CCONJ/CC/8/cc Japan/=/PROPN/NNP/6/conj ././PUNCT/./2/punct"},
			`CONSULT:phone 041 CHL->PER "spoke by" s=0 date=2024-07-17 | CONSULT:phone 041 CHL->JPN "spoke by" s=0 date=2024-07-17`},
		{"two acts of one kind in coordinated verbs",
			[]string{"Chile/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj and/=/CCONJ/CC/5/cc thanked/thank/VERB/VBD/2/conj Peru/=/PROPN/NNP/5/obj ././PUNCT/./2/punct"},
			`SUPPORT 051 CHL->PER "praised" s=0 | SUPPORT 051 CHL->PER "thanked" s=0`},
		{"two leaders parsed as one name",
			[]string{"President/=/PROPN/NNP/2/nmod:desc Putin/=/PROPN/NNP/6/nsubj and/=/CCONJ/CC/4/cc President/=/PROPN/NNP/5/nmod:desc Zelenskyy/=/PROPN/NNP/2/flat discussed/discuss/VERB/VBD/0/root security/=/NOUN/NN/6/obj ././PUNCT/./6/punct"},
			`CONSULT 040 RUS->UKR "discussed" s=0 date=2024-07-17`},
		{"an actor of the topic on the source's side is no target",
			[]string{
				"Putin/=/PROPN/NNP/2/nsubj discussed/discuss/VERB/VBD/0/root Moscow/=/PROPN/NNP/4/compound security/=/NOUN/NN/2/obj ././PUNCT/./2/punct",
				"Ukraine/=/PROPN/NNP/2/nsubj waited/wait/VERB/VBD/0/root ././PUNCT/./2/punct",
			},
			`CONSULT 040 RUS->UKR "discussed" s=0 date=2024-07-17`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectCode(t, spec{sents: tc.sents, actors: countries}, tc.want)
		})
	}
}

func TestPassiveAppealOfTheMainSpeaker(t *testing.T) {
	// Chile, named first, is not the voice of a report that quotes Putin
	// twice: "Sanctions are needed against Peru" is Putin's appeal.
	sents := []string{
		"Chile/=/PROPN/NNP/2/nsubj waits/wait/VERB/VBZ/0/root ././PUNCT/./2/punct",
		"Putin/=/PROPN/NNP/2/nsubj said/say/VERB/VBD/0/root :/=/PUNCT/:/2/punct",
		"Sanctions/sanction/NOUN/NNS/3/nsubj:pass are/be/AUX/VBP/3/aux:pass needed/need/VERB/VBN/0/root against/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/obl ././PUNCT/./3/punct",
	}
	doc := build(t, spec{sents: sents, actors: countries, quote: [3]int{0, 3, 2}})
	doc.Quotes = append(doc.Quotes, doc.Quotes[0])
	want := `REQUEST 020 RUS->PER "needed" s=2 date=2024-07-17`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

func TestContentIsNoEventOfItsOwn(t *testing.T) {
	tests := []struct {
		name, sent, want string
	}{
		{"a gerund inside the phrase of an event",
			"Chile/=/PROPN/NNP/2/nsubj thanked/thank/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj for/=/ADP/IN/6/case its/it/PRON/PRP$/6/nmod:poss leadership/=/NOUN/NN/2/obl in/=/ADP/IN/8/mark supporting/support/VERB/VBG/6/acl Japan/=/PROPN/NNP/8/obj ././PUNCT/./2/punct",
			`SUPPORT 051 CHL->PER "thanked" s=0`},
		{"a meeting framing a light verb is no object of it",
			"Peru/=/PROPN/NNP/2/nsubj kept/keep/VERB/VBD/0/root commitments/commitment/NOUN/NNS/2/obj made/make/VERB/VBN/3/acl during/=/ADP/IN/6/case meetings/meeting/NOUN/NNS/4/obl ././PUNCT/./2/punct",
			``},
		{"a point one party focused on is no meeting",
			"Chile/=/PROPN/NNP/2/nsubj focused/focus/VERB/VBD/0/root on/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			``},
		{"support announced for the future is an intent to cooperate",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux support/=/VERB/VB/0/root Peru/=/PROPN/NNP/3/obj ././PUNCT/./3/punct",
			`AGREE 032 CHL->PER "support" s=0 hyp`},
		{"support under a condition stays support",
			"If/if/SCONJ/IN/2/mark asked/ask/VERB/VBN/6/advcl ,/=/PUNCT/,/2/punct Chile/=/PROPN/NNP/6/nsubj would/=/AUX/MD/6/aux support/=/VERB/VB/0/root Peru/=/PROPN/NNP/6/obj ././PUNCT/./6/punct",
			`SUPPORT 051 CHL->PER "support" s=0 hyp`},
		{"a hostile act announced is a threat",
			"Chile/=/PROPN/NNP/3/nsubj will/=/AUX/MD/3/aux attack/=/VERB/VB/0/root Peru/=/PROPN/NNP/3/obj ././PUNCT/./3/punct",
			`THREATEN:violence 138 CHL->PER "attack" s=0 hyp`},
		{"a hostile act planned is a threat",
			"Chile/=/PROPN/NNP/2/nsubj plans/plan/VERB/VBZ/0/root to/=/PART/TO/4/mark impose/=/VERB/VB/2/xcomp sanctions/sanction/NOUN/NNS/4/obj on/=/ADP/IN/7/case Peru/=/PROPN/NNP/4/obl ././PUNCT/./2/punct",
			`THREATEN 131 CHL->PER "impose sanctions" s=0 hyp`},
		{"an adjective describing a noun is no statement",
			"Chile/=/PROPN/NNP/2/nsubj named/name/VERB/VBD/0/root the/=/DET/DT/4/det men/man/NOUN/NNS/2/obj responsible/=/ADJ/JJ/4/amod for/=/ADP/IN/7/case attacks/attack/NOUN/NNS/5/obl ././PUNCT/./2/punct",
			``},
		{"a predicate adjective is",
			"Peru/=/PROPN/NNP/3/nsubj is/be/AUX/VBZ/3/cop responsible/=/ADJ/JJ/0/root for/=/ADP/IN/5/case attacks/attack/NOUN/NNS/3/obl ././PUNCT/./3/punct",
			`ACCUSE:allege 112 PER->- "responsible for" s=0 date=2024-07-17`},
		{"a cooperative act announced in the negative is a refusal",
			"Chile/=/PROPN/NNP/4/nsubj will/=/AUX/MD/4/aux not/=/PART/RB/4/advmod support/=/VERB/VB/0/root Peru/=/PROPN/NNP/4/obj ././PUNCT/./4/punct",
			`REJECT 120 CHL->PER "support" s=0`},
		{"wanting to attack is a threat",
			"Chile/=/PROPN/NNP/2/nsubj wants/want/VERB/VBZ/0/root to/=/PART/TO/4/mark attack/=/VERB/VB/2/xcomp Peru/=/PROPN/NNP/4/obj ././PUNCT/./2/punct",
			`THREATEN:violence 138 CHL->PER "attack" s=0 hyp`},
		{"exercises alone show force",
			"Chile/=/PROPN/NNP/2/nsubj held/hold/VERB/VBD/0/root exercises/exercise/NOUN/NNS/2/obj near/=/ADP/IN/5/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`MOBILIZE 150 CHL->PER "held exercises" s=0`},
		{"joint exercises are cooperation",
			"Chile/=/PROPN/NNP/2/nsubj held/hold/VERB/VBD/0/root joint/=/ADJ/JJ/4/amod exercises/exercise/NOUN/NNS/2/obj with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`COOPERATE 062 CHL->PER "held joint exercises" s=0`},
		{"a meeting with a party the parser hung elsewhere",
			"During/during/ADP/IN/3/case a/=/DET/DT/3/det meeting/=/NOUN/NN/8/obl with/=/ADP/IN/5/case Peru/=/PROPN/NNP/8/obl ,/=/PUNCT/,/5/punct Chile/=/PROPN/NNP/8/nsubj called/call/VERB/VBD/0/root for/=/ADP/IN/10/case calm/=/NOUN/NN/8/obl ././PUNCT/./8/punct",
			`CONSULT 040 CHL->PER "meeting" s=0 date=2024-07-17 | REQUEST 0256 CHL->PER "called for" s=0 date=2024-07-17`},
		{"a meeting in the content of a proposal",
			"Chile/=/PROPN/NNP/2/nsubj proposed/propose/VERB/VBD/0/root to/=/PART/TO/4/mark convene/=/VERB/VB/2/xcomp a/=/DET/DT/6/det summit/=/NOUN/NN/4/obj with/=/ADP/IN/8/case Peru/=/PROPN/NNP/6/nmod ././PUNCT/./2/punct",
			`REQUEST 020 CHL->PER "proposed" s=0`},
		{"attacks someone stops",
			"Rain/rain/NOUN/NN/2/nsubj stopped/stop/VERB/VBD/0/root attacks/attack/NOUN/NNS/2/obj by/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			``},
		{"things arriving are no visit",
			"Tanks/tank/NOUN/NNS/2/nsubj arrived/arrive/VERB/VBD/0/root in/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			``},
		{"a leader arriving visits",
			"Chile/=/PROPN/NNP/2/nsubj arrived/arrive/VERB/VBD/0/root in/=/ADP/IN/4/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`CONSULT:visit 042 CHL->PER "arrived in" s=0 date=2024-07-17`},
		{"the complement of a demand",
			"Peru/=/PROPN/NNP/3/nsubj must/=/AUX/MD/3/aux continue/=/VERB/VB/0/root to/=/PART/TO/5/mark support/=/VERB/VB/3/xcomp Japan/=/PROPN/NNP/5/obj ././PUNCT/./3/punct",
			`REQUEST 100 CHL->PER "must continue" s=0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := []string{tc.sent}
			if tc.name == "the complement of a demand" {
				// a statement by Chile (its title names it first)
				sents = []string{"Statement/statement/NOUN/NN/0/root by/=/ADP/IN/3/case Chile/=/PROPN/NNP/1/nmod", tc.sent}
				tc.want = strings.Replace(tc.want, "s=0", "s=1", 1)
			}
			expectCode(t, spec{sents: sents, actors: countries}, tc.want)
		})
	}
}

func TestTopicOfTheParties(t *testing.T) {
	// Chile and Peru are the parties; Japan's plans are what they discussed.
	sents := []string{
		"Chile/=/PROPN/NNP/2/nsubj met/meet/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Peru/=/PROPN/NNP/2/nsubj thanked/thank/VERB/VBD/0/root Chile/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Peru/=/PROPN/NNP/2/nsubj smiled/smile/VERB/VBD/0/root ././PUNCT/./2/punct",
		"They/they/PRON/PRP/2/nsubj discussed/discuss/VERB/VBD/0/root Japan/=/PROPN/NNP/5/nmod:poss 's/=/PART/POS/3/case plans/plan/NOUN/NNS/2/obj ././PUNCT/./2/punct",
	}
	doc := build(t, spec{sents: sents, actors: countries})
	want := `CONSULT 040 CHL->PER "met" s=0 date=2024-07-17 | SUPPORT 051 PER->CHL "thanked" s=1 date=2024-07-17 | CONSULT 040 CHL->PER "discussed" s=3 date=2024-07-17`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

func TestNoSourceNoEvent(t *testing.T) {
	// An attack with no attacker named (and no other party in the text),
	// and one by a group no country can be given for, are not coded.
	actors := map[string]string{"Peru": "PER", "Gunmen": ""}
	sents := []string{
		"Peru/=/PROPN/NNP/3/nsubj:pass was/be/AUX/VBD/3/aux:pass attacked/attack/VERB/VBN/0/root ././PUNCT/./3/punct",
		"Gunmen/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
	}
	doc := build(t, spec{sents: sents, actors: actors})
	want := ``
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

func TestDemandOfTheReportingSubject(t *testing.T) {
	// In a text by Japan, "Chile stressed that Peru must withdraw" is
	// Chile's demand, not Japan's.
	sents := []string{
		"Statement/statement/NOUN/NN/0/root by/=/ADP/IN/3/case Japan/=/PROPN/NNP/1/nmod",
		"Chile/=/PROPN/NNP/2/nsubj stressed/stress/VERB/VBD/0/root that/=/SCONJ/IN/6/mark Peru/=/PROPN/NNP/6/nsubj must/=/AUX/MD/6/aux withdraw/=/VERB/VB/2/ccomp ././PUNCT/./2/punct",
	}
	doc := build(t, spec{sents: sents, actors: countries})
	want := `REQUEST 100 CHL->PER "must withdraw" s=1`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}

func TestLemmatizerSlip(t *testing.T) {
	// The tagger's lemma "upgrad" matches nothing; the word's own base form
	// "upgrade" does.
	sents := []string{"Chile/=/PROPN/NNP/2/nsubj upgraded/upgrad/VERB/VBD/0/root ties/tie/NOUN/NNS/2/obj with/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct"}
	doc := build(t, spec{sents: sents, actors: countries})
	want := `SUPPORT 050 CHL->PER "upgraded ties" s=0`
	if got := code(t, doc); got != want {
		t.Errorf("\ngot  %s\nwant %s", got, want)
	}
}
