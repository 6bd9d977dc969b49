// Package timex finds time expressions (TIMEX3 DATE, TIME, DURATION, SET) in
// news text and normalizes them against the publication date (the dateline).
//
// Units and invariants:
//   - Spans are half-open BYTE ranges into the text (document.Span); code
//     points appear only at the JSON edge.
//   - Values follow TIMEX3: YYYY-MM-DD, YYYY-MM, YYYY, YYY (decade), YY
//     (century), YYYY-Www (ISO week), YYYY-Www-WE, YYYY-Qn, YYYY-Hn,
//     YYYY-SP/SU/FA/WI,
//     YYYY-MM-DDThh:mm or YYYY-MM-DDTMO/AF/EV/NI, PRESENT_REF, PAST_REF,
//     FUTURE_REF, and P-notation for durations and sets (P3D, P1W,
//     XXXX-WXX-1 for "every Monday"). WellFormed checks a value.
//   - A relative expression ("last week", "on Tuesday", "in November")
//     needs the reference date; without one its Value is "" (JSON null),
//     while absolute expressions ("July 16, 2024", "2014") keep their value.
//   - A month-only reference date (YYYY-MM) is read as the 15th.
//
// The Stage records DATE and TIME by default, as our answer keys do;
// Config adds DURATION and SET. Find and Normalize return all four types.
//
// Finding runs on the text itself with a small word scanner, so it works
// whatever the tokenizer did; tokens and the syntax layer, when present, are
// used for the tense that sets the direction of bare months and weekdays and
// for Time.Anchor, the token index of the clause head the expression
// modifies.
package timex
