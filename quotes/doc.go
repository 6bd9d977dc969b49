// Package quotes finds who said what: direct quotations, partial quotations
// inside reported speech, and reported speech without quotation marks, each
// attributed to a speaker among the document's actors. It fills
// document.Quotes.
//
// Units and invariants:
//   - Every span is a half-open BYTE range into Document.Text. A direct or
//     partial quote's span is the quoted words with the quotation marks and
//     edge spaces excluded; an indirect quote's span is the reported content
//     inside its sentence. Cue is the cue verb or phrase ("said", "according
//     to", "was quoted as saying"); the zero Span when a quotation has no cue
//     of its own (it continues the speaker of the quotation before it).
//   - Speaker indexes Document.Actors, or is -1 when unknown. The stage may
//     APPEND actors (never change existing ones) for speakers the actors stage
//     did not record: an unnamed office ("a State Department spokesperson"),
//     a capitalised name before a cue, or the group of leaders that "the
//     presidents" names.
//   - Quotation marks are paired per paragraph (one paragraph per line), so
//     an unbalanced mark ends at its paragraph end; a paragraph that opens
//     again with the same mark continues the quotation (newspaper
//     convention), and each paragraph's part is its own record.
//   - One indirect record per sentence at most; a sentence whose only speech
//     is a direct quotation gets none. A sentence without a cue that goes on
//     with the reported claim of the sentence before ("However, ...", "...
//     must ...") is reported with that sentence's speaker and cue.
//   - Readout conventions: an agentless passive ("It was stressed that")
//     and "the Head of State" are the leader the readout opens with; "the
//     presidents", "both sides" and "they" (with two or more leaders named)
//     are the group of those leaders, appended as one actor.
//   - Transcripts: a paragraph opening with a person's name and a colon
//     ("Mao Ning: We urge ...") is that person's speech, one indirect record
//     per sentence (a press conference's answers). A first line "words -
//     NAME" signs the words, unless what follows the name has a cue verb
//     (a dateline and a story's first sentence: "KYIV (AP) — X said ...").
//   - The cue lexicon (data/cues.txt) is our own list of verb lemmas; the
//     loader derives regular inflections.
//
// The stage reads Text, Sentences (its own splitter when they are absent),
// Actors and, when the parser ran, Tokens' Head and DepRel; it never needs
// them to be present and never panics on any text.
package quotes
