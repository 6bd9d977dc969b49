package tokenize

import (
	"strings"
	"testing"
)

// composedDocs builds about size bytes of documents of about 5 KB each
// from the invented test sentences, one paragraph per line, the way the
// pipeline sees news articles.
func composedDocs(size int) []string {
	var docs []string
	var b strings.Builder
	for total := 0; total < size; {
		for _, c := range append(splitCases, tokenizeCases...) {
			b.WriteString(c.in)
			b.WriteString("\n")
			if b.Len() >= 5000 {
				docs = append(docs, b.String())
				total += b.Len()
				b.Reset()
			}
		}
	}
	return docs
}

// BenchmarkTokenizeSplit reports MB/s of tokenizing and splitting 4 MB of
// composed documents.
func BenchmarkTokenizeSplit(b *testing.B) {
	docs := composedDocs(4 << 20)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	r := English()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, text := range docs {
			toks := r.Tokens(text)
			r.Sentences(text, toks)
		}
	}
}

// BenchmarkTokenizeSplitEWT runs on the sentences of the EWT training
// treebank, one paragraph per line; it skips without the shared data.
func BenchmarkTokenizeSplitEWT(b *testing.B) {
	text := treebankText(b, "en_ewt-ud-train.conllu")
	r := English()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		toks := r.Tokens(text)
		r.Sentences(text, toks)
	}
}

// BenchmarkLongRun tokenizes 400 KB without a space, which must cost
// linear time, not time quadratic in the run's length.
func BenchmarkLongRun(b *testing.B) {
	for _, unit := range []string{"a,", "1-1-", "ab.Cd", "—", "a-b-"} {
		text := strings.Repeat(unit, 400000/len(unit))
		r := English()
		b.Run(unit, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				toks := r.Tokens(text)
				r.Sentences(text, toks)
			}
		})
	}
}
