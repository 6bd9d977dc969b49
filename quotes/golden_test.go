package quotes

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden runs the stage over an invented article and compares one line
// per record with testdata/article.golden (go test -update rewrites it).
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	kassar := actorSpec{"Kassar", "state", "KSR", "GOV", "", []string{"Kassar"}}
	ortizK := ortiz
	ortizK.mentions = append(ortizK.mentions, "Kassar's Prime Minister Lina Ortiz")
	d := build(string(text), voss, ortizK, velmar, kassar)
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, q := range d.Quotes {
		b.WriteString(line(d, q))
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("golden mismatch (run with -update after checking):\ngot:\n%s\nwant:\n%s", got, want)
	}
}
