// Package events codes political events in a Document: who did what to whom,
// when, as PLOVER 2.0 types (with mode) and CAMEO event codes.
//
// The Stage reads Tokens and Sentences (required; without them it adds an
// empty layer), the syntax layer (UPOS, Lemma, Head, DepRel; optional),
// Actors with Mentions, Times with their clause Anchor, and Quotes, and adds
// doc.Events (never nil after Process).
//
// Triggers come from a lexicon of our own patterns (data/lexicon.txt, format
// in data/README.md): a lemma of a verb, noun or adjective, optionally
// constrained by its object or a governed preposition, maps to a PLOVER type,
// mode and CAMEO code. Light verbs ("held talks", "launched an attack") take
// the event from their object noun. Source and target come from the
// dependency tree (subject/object/oblique, passive agent, possessors of
// nominal events, coordination gives one event per pair); without a parse,
// or when the tree has no actor in a slot, the nearest actor mentions left
// and right of the trigger in the sentence are used, then the document's
// parties: a quotation's speaker for "we", a statement's author, the two
// most prominent countries for "the two leaders discussed ...".
//
// Who is not a party: a state named only by its demonym on what a clause
// acts on ("rejected an Indian proposal") is that clause's target and is
// never found by proximity or counted in salience; a passive without its
// agent ("ten people were killed") names no source; the voice reporting a
// sentence ("..., military sources said") is neither its agent nor its
// target. A negated cooperative act its subject did not do ("failed to
// reach agreement") is a refusal (CAMEO 12; a concession not made, "did
// not release", is CAMEO's refusal to yield, 1241 to 1246); a threat or refusal takes the
// target of the act it names ("threatened to shell Iraqi towns").
//
// Reported speech adds two event sources of its own: demands ("Russia must
// withdraw", imperatives) are the speaker's REQUEST, and judging words
// ("destructive", "crimes"; lexicon kind eval) the speaker's accusation.
//
// Readouts have conventions of their own (readout_test.go): a definite
// back-reference to the meeting ("the talks were held in a calm mood",
// "during the talks") is no new meeting; "the leaders",
// "they", "the conversation" or an agentless passive ("it was agreed",
// "attention was paid to") stand for the readout's parties, its reporting
// side first; the parties acting together on something else ("the leaders
// welcomed the plan") do not act on each other; a title naming the other
// party ("Meeting with X") leaves the reporting side as the author.
//
// Invariants of the events added: Sentence indexes doc.Sentences; Trigger
// is a byte span inside that sentence; Plover is one of PloverTypes; Cameo
// has 2 to 4 digits; Source indexes an actor of doc.Actors with a country
// (an event nobody placeable acts in is not coded), Target indexes
// doc.Actors or is -1, and the two are never equal; Quote indexes doc.Quotes or is -1; Date is a TIMEX3-style
// value or "".
//
// Legacy TABARI and PETRARCH-2 verb dictionaries can be imported at run time
// (ImportVerbs); their patterns are tried before parley's own.
package events
