package quotes

import (
	"strings"
	"testing"
)

// BenchmarkFind runs the stage over a long invented article with many
// quotations, reports and actor mentions.
func BenchmarkFind(b *testing.B) {
	para := "“We will not yield,” said Voss. Arlen Voss told reporters that the border would stay closed. " +
		"According to Ms. Ortiz, the deal is off. She added that talks must resume.\n" +
		"Velmar says any deal must respect the “facts” of the map. It said the terms were final.\n"
	text := strings.Repeat(para, 400)
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := build(text, voss, ortiz, velmar)
		if err := st.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}
