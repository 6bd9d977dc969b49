package events

import (
	"strings"
	"testing"
)

// "Engage in" and "participate in" take their event from the "in" phrase;
// "engaged X in a firefight" names X the target; tightening or escalating
// continues the act its object names, and announced for the future it
// threatens. Sentences invented.
func TestEngagedAndTightened(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"engaged in fighting",
			"Chile/=/PROPN/NNP/2/nsubj engaged/engage/VERB/VBD/0/root in/=/ADP/IN/4/case fighting/=/NOUN/NN/2/obl with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod ././PUNCT/./2/punct",
			`ASSAULT 190 CHL->PER "engaged in fighting" s=0`},
		{"participated in the raid",
			"Chile/=/PROPN/NNP/2/nsubj participated/participate/VERB/VBD/0/root in/=/ADP/IN/5/case the/=/DET/DT/5/det raid/=/NOUN/NN/2/obl on/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./2/punct",
			`ASSAULT 190 CHL->PER "participated in the raid" s=0`},
		{"engaged an enemy in a firefight",
			"Chile/=/PROPN/NNP/2/nsubj engaged/engage/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj in/=/ADP/IN/6/case a/=/DET/DT/6/det firefight/=/NOUN/NN/2/obl ././PUNCT/./2/punct",
			`ASSAULT:firearms 193 CHL->PER "engaged Peru in a firefight" s=0`},
		{"would tighten the blockade",
			"Chile/=/PROPN/NNP/3/nsubj would/=/AUX/MD/3/aux tighten/=/VERB/VB/0/root the/=/DET/DT/5/det blockade/=/NOUN/NN/3/obj of/=/ADP/IN/7/case Peru/=/PROPN/NNP/5/nmod ././PUNCT/./3/punct",
			`THREATEN 137 CHL->PER "tighten the blockade" s=0 hyp`},
	}, countries, nil)
}

// Returning seized weapons yields them; providing intelligence is
// cooperation, not aid. Sentences invented.
func TestReturnedWeaponsAndIntelligence(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"returned the weapons",
			"Chile/=/PROPN/NNP/2/nsubj returned/return/VERB/VBD/0/root the/=/DET/DT/4/det weapons/weapon/NOUN/NNS/2/obj to/=/ADP/IN/6/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`CONCEDE:release 0842 CHL->PER "returned the weapons" s=0`},
		{"provided intelligence",
			"Chile/=/PROPN/NNP/2/nsubj provided/provide/VERB/VBD/0/root intelligence/=/NOUN/NN/2/obj to/=/ADP/IN/5/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`COOPERATE 064 CHL->PER "provided intelligence" s=0`},
		{"sent a system",
			"Chile/=/PROPN/NNP/2/nsubj sent/send/VERB/VBD/0/root a/=/DET/DT/5/det Patriot/=/PROPN/NNP/5/compound system/=/NOUN/NN/2/obj to/=/ADP/IN/7/case Peru/=/PROPN/NNP/2/obl ././PUNCT/./2/punct",
			`AID 070 CHL->PER "sent a Patriot system" s=0`},
	}, countries, nil)
}

// A coordination the parser left as two subjects still gives both
// sources. Sentence invented.
func TestTwoSubjectsCoordinated(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"Chile and the government of Peru warned",
			"Chile/=/PROPN/NNP/7/nsubj and/=/CCONJ/CC/4/cc the/=/DET/DT/4/det government/=/NOUN/NN/7/nsubj of/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/nmod warned/warn/VERB/VBD/0/root Japan/=/PROPN/NNP/7/obj ././PUNCT/./7/punct",
			`THREATEN 130 CHL->JPN "warned" s=0 | THREATEN 130 PER->JPN "warned" s=0`},
	}, countries, nil)
}

// A source found by proximity stays in the act's clause: the actor of a
// later coordinated clause did not do it; the text's other party did.
// Sentences invented.
func TestSourceNotFromLaterConjunct(t *testing.T) {
	doc := build(t, spec{sents: []string{
		"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Japan/=/PROPN/NNP/1/conj met/meet/VERB/VBD/0/root ././PUNCT/./4/punct",
		"Delegates/delegate/NOUN/NNS/2/nsubj discussed/discuss/VERB/VBD/0/root efforts/effort/NOUN/NNS/2/obj to/=/PART/TO/5/mark support/=/VERB/VB/3/acl Japan/=/PROPN/NNP/5/obj and/=/CCONJ/CC/8/cc welcomed/welcome/VERB/VBD/2/conj the/=/DET/DT/10/det decision/=/NOUN/NN/8/obj of/=/ADP/IN/12/case Peru/=/PROPN/NNP/10/nmod ././PUNCT/./2/punct",
	}, actors: countries})
	got := code(t, doc)
	for _, want := range []string{`CONSULT 040 CHL->JPN "discussed" s=1`, `SUPPORT 051 CHL->JPN "support" s=1`} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s\nwant among them %s", got, want)
		}
	}
}

// Two sides of a symmetric act act on each other, not on an actor named
// further on. Sentence invented.
func TestMutualBeforeFallback(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"signed an agreement in a third state",
			"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Peru/=/PROPN/NNP/1/conj signed/sign/VERB/VBD/0/root an/=/DET/DT/6/det agreement/=/NOUN/NN/4/obj in/=/ADP/IN/8/case Japan/=/PROPN/NNP/4/obl ././PUNCT/./4/punct",
			`AGREE 057 CHL->PER "signed an agreement" s=0`},
	}, countries, nil)
}

// A pledge of means is one of aid, of anything else an intent to
// cooperate; suspending a state is a sanction; an exchange of fire is
// between the two sides. Sentences invented.
func TestPledgesSuspensionsExchanges(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"pledged tanks",
			"Chile/=/PROPN/NNP/2/nsubj pledged/pledge/VERB/VBD/0/root tanks/tank/NOUN/NNS/2/obj for/=/ADP/IN/5/case Peru/=/PROPN/NNP/3/nmod ././PUNCT/./2/punct",
			`AGREE 033 CHL->PER "pledged tanks" s=0`},
		{"pledged to work with",
			"Chile/=/PROPN/NNP/2/nsubj pledged/pledge/VERB/VBD/0/root to/=/PART/TO/4/mark work/=/VERB/VB/2/xcomp with/=/ADP/IN/6/case Peru/=/PROPN/NNP/4/obl ././PUNCT/./2/punct",
			`AGREE 030 CHL->PER "pledged" s=0`},
		{"suspended a state",
			"NATO/=/PROPN/NNP/2/nsubj suspended/suspend/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
			`SANCTION:expel 160 NATO->PER "suspended" s=0`},
		{"exchanged fire",
			"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Peru/=/PROPN/NNP/1/conj exchanged/exchange/VERB/VBD/0/root fire/=/NOUN/NN/4/obj ././PUNCT/./4/punct",
			`ASSAULT:firearms 193 CHL->PER "exchanged fire" s=0`},
	}, countries, nil)
}

// "Germany condemned the attack": a definite act noun refers back to the
// act reported just before, whose actor is the target; a later
// coordinated clause's party is not. Sentences invented.
func TestAnaphoricActTarget(t *testing.T) {
	doc := build(t, spec{sents: []string{
		"Korea/=/PROPN/NNP/2/nsubj praised/praise/VERB/VBD/0/root Japan/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Korea/=/PROPN/NNP/2/nsubj thanked/thank/VERB/VBD/0/root Japan/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Chile/=/PROPN/NNP/2/nsubj attacked/attack/VERB/VBD/0/root Peru/=/PROPN/NNP/2/obj ././PUNCT/./2/punct",
		"Japan/=/PROPN/NNP/2/nsubj condemned/condemn/VERB/VBD/0/root the/=/DET/DT/4/det attack/=/NOUN/NN/2/obj and/=/CCONJ/CC/6/cc thanked/thank/VERB/VBD/2/conj Korea/=/PROPN/NNP/6/obj ././PUNCT/./2/punct",
	}, actors: countries})
	got := code(t, doc)
	if want := `ACCUSE:disapprove 111 JPN->CHL "condemned" s=3`; !strings.Contains(got, want) {
		t.Errorf("got %s\nwant among them %s", got, want)
	}
}

// Two sides agreeing act on each other, not on a third party of the topic;
// a party named with "with" stays one. Sentences invented.
func TestMutualTopicIsNoParty(t *testing.T) {
	runCodeCases(t, []codeCase{
		{"agreed to share intelligence on a third state",
			"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Peru/=/PROPN/NNP/1/conj agreed/agree/VERB/VBD/0/root to/=/PART/TO/6/mark share/=/VERB/VB/4/xcomp intelligence/=/NOUN/NN/6/obj on/=/ADP/IN/9/case Japan/=/PROPN/NNP/7/nmod ././PUNCT/./4/punct",
			`AGREE 030 CHL->PER "agreed" s=0`},
		{"met with a third state",
			"Chile/=/PROPN/NNP/4/nsubj and/=/CCONJ/CC/3/cc Peru/=/PROPN/NNP/1/conj met/meet/VERB/VBD/0/root with/=/ADP/IN/6/case Japan/=/PROPN/NNP/4/obl ././PUNCT/./4/punct",
			`CONSULT 040 CHL->JPN "met with" s=0 date=2024-07-17 | CONSULT 040 PER->JPN "met with" s=0 date=2024-07-17`},
	}, countries, nil)
}
