package timex

import (
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

func BenchmarkStage(b *testing.B) {
	para := "On Tuesday the ministers met in Geneva and agreed to meet again in November. " +
		"The truce, signed on June 15, 2024, expires at midnight on Friday. Last week, " +
		"officials said the offensive that began in early 2023 had stalled since mid-June. "
	text := strings.Repeat(para, 50)
	b.SetBytes(int64(len(text)))
	s := New()
	for i := 0; i < b.N; i++ {
		doc := document.New("b", "2024-07-17", text)
		s.Process(doc)
	}
}
