package tokenize

import (
	"strings"
	"testing"
)

// composedText repeats the invented test sentences, one paragraph per
// line, up to about size bytes.
func composedText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		for _, c := range append(splitCases, tokenizeCases...) {
			b.WriteString(c.in)
			b.WriteString("\n")
		}
	}
	return b.String()
}

func BenchmarkTokenizeSplit(b *testing.B) {
	text := composedText(4 << 20)
	r := English()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		toks := r.Tokens(text)
		r.Sentences(text, toks)
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
