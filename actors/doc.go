// Package actors finds the political actors of a document — states,
// organizations, armed groups, media and persons — resolves them against a
// dated registry, links their mentions within the document (full name →
// surname → "Mr. Peskov"; "the Russian leader"; "Moscow" → Russia's
// government) and fills document.Actors.
//
// Units and invariants:
//   - All spans are half-open BYTE ranges into Document.Text.
//   - The registry (data/*.txt, embedded) is our own text format, described
//     in data/README.md; roles carry start and end dates (YYYY-MM-DD, both
//     inclusive) and resolution uses the document's publication date.
//   - Actors are ordered by first mention and numbered A1, A2, ...; every
//     mention has a Kind: name, title, metonym, demonym or role. Pronouns
//     are not stored as mentions; ResolveAt resolves them on demand.
//   - Places (data/places.txt) and generic groups ("Ukrainian farmers",
//     "unions in Denmark") give their country to the phrase built on them.
//     Organs of a place ("Shanghai police") are actors; a bare place or a
//     generic group is a weak mention, made an actor only when the text is
//     a bare phrase (at most twelve words, no closing . ! ?) that names no
//     other actor — the guideline leaves them out of running text.
//   - The stage reads doc.Tokens when present (and works without syntax);
//     it never writes any layer but doc.Actors.
//
// Entry points: Default (the embedded registry), WithFile (plus a
// PETRARCH/Phoenix dictionary or a registry file), NewStage (the pipeline
// stage), Find (actors of one document), Registry.Lookup ("German
// Chancellor" on a date) and ResolveAt (the actor a token refers to, for
// the quotes and events stages).
package actors
