package e2e_test

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/events"
	"github.com/parley-nlp/parley/extract"
)

// Invented news sentences for the end-to-end benchmark: templates over
// country names, so the pipeline sees realistic diplomatic and conflict
// prose without copying any corpus.
var benchTemplates = []string{
	"%s and %s held talks in Geneva on Tuesday about a ceasefire.",
	"The foreign minister of %s accused %s of violating the truce last week.",
	"%s said it would impose new sanctions on %s if the attacks continued.",
	"Troops from %s attacked positions held by %s near the border overnight.",
	"The president of %s thanked %s for its military aid and called for more air defence systems.",
	"Officials in %s rejected the proposal, saying %s had not withdrawn its forces.",
	"%s pledged 200 million dollars in humanitarian assistance to %s on Monday.",
	"\"We will not accept any ultimatum,\" the spokesman for %s told reporters after %s issued a warning.",
	"Protesters gathered outside the embassy of %s to denounce the arrest of journalists by %s.",
	"%s expelled two diplomats from %s and recalled its ambassador.",
	"Negotiators from %s met their counterparts from %s to discuss a prisoner exchange.",
	"The defence ministry of %s deployed additional troops after %s mobilized reservists.",
}

var benchCountries = []string{"Russia", "Ukraine", "France", "Germany", "China", "Japan", "Iran", "Israel",
	"Turkey", "Egypt", "Poland", "India", "Brazil", "Sweden", "Qatar", "Jordan"}

func benchDocs(n, sentsPerDoc int) []*document.Document {
	r := rand.New(rand.NewSource(1))
	docs := make([]*document.Document, n)
	for i := range docs {
		var b strings.Builder
		for k := 0; k < sentsPerDoc; k++ {
			a := benchCountries[r.Intn(len(benchCountries))]
			c := benchCountries[r.Intn(len(benchCountries))]
			fmt.Fprintf(&b, benchTemplates[r.Intn(len(benchTemplates))], a, c)
			if k%4 == 3 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		docs[i] = document.New(fmt.Sprintf("b%d", i), "2024-07-17", b.String())
	}
	return docs
}

// BenchmarkExtract runs the whole default pipeline (tokenize → events) on
// one goroutine, streaming documents through one at a time as the CLI
// does, and reports sentences/s and the peak live heap: flat in the batch
// size when nothing is retained between documents.
func BenchmarkExtract(b *testing.B) {
	p := e2ePipeline(b, extract.Options{})
	for _, batch := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			const perDoc = 20
			texts := benchDocs(batch, perDoc)
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			base := ms.HeapAlloc
			retained := uint64(0)
			sents := 0
			b.ResetTimer()
			for it := 0; it < b.N; it++ {
				for k, src := range texts {
					d := document.New(src.ID, src.Published, src.Text)
					if err := p.Process(d); err != nil {
						b.Fatal(err)
					}
					sents += len(d.Sentences)
					if k%min(100, batch) == min(100, batch)-1 {
						// Live heap after a collection, above what the
						// inputs themselves hold: what streaming retains.
						b.StopTimer()
						runtime.GC()
						runtime.ReadMemStats(&ms)
						if ms.HeapAlloc > base {
							retained = max(retained, ms.HeapAlloc-base)
						}
						b.StartTimer()
					}
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
			b.ReportMetric(float64(retained)/(1<<20), "retained-MiB")
		})
	}
}

// BenchmarkEventsStage times the events stage alone on documents the rest
// of the pipeline has already annotated.
func BenchmarkEventsStage(b *testing.B) {
	p := e2ePipeline(b, extract.Options{})
	docs := benchDocs(50, 20)
	sents := 0
	for _, d := range docs {
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
		sents += len(d.Sentences)
	}
	st, err := events.New(events.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		for _, d := range docs {
			if err := st.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
