package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/internal/shared"
)

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin != "" {
		f := filepath.Join(t.TempDir(), "stdin")
		os.WriteFile(f, []byte(stdin), 0o644)
		old := os.Stdin
		in, _ := os.Open(f)
		os.Stdin = in
		defer func() { os.Stdin = old; in.Close() }()
	}
	status = run(args, &out, &errb)
	return out.String(), errb.String(), status
}

func TestExtractBatchKeepsGoodDocuments(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o644)
		return p
	}
	a := write("alpha.txt", "The minister met his counterpart on Monday.")
	b := write("bravo.bin", "\x00\x01\x02binary")
	c := write("charlie.txt", "")
	d := write("delta.html", "<html><body><p>Talks <i>resumed</i> in Geneva.</p><script>var x;</script></body></html>")
	out, errs, st := runCLI(t, "", "extract", "--published", "2024-07-17", "--with-text", a, b, c, d)
	if st != 1 {
		t.Errorf("status = %d, want 1 when a document fails", st)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 documents printed, got %d:\n%s", len(lines), out)
	}
	var ids []string
	for _, l := range lines {
		var doc struct {
			ID   string
			Text string
		}
		if err := json.Unmarshal([]byte(l), &doc); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, doc.ID+":"+doc.Text)
	}
	if got := strings.Join(ids, "|"); got != "alpha:The minister met his counterpart on Monday.|delta:Talks resumed in Geneva." {
		t.Errorf("documents = %s", got)
	}
	for _, want := range []string{"bravo.bin: binary data", "charlie.txt: empty document", "2 document(s) failed"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestExtractJSONLStdinAndJSONFormat(t *testing.T) {
	in := `{"id":"x1","published":"2024-01-02","text":"Hello there."}` + "\n" + `{"id":"x2","text":"Second one."}` + "\n"
	out, errs, st := runCLI(t, in, "extract", "--input", "jsonl", "--format", "json", "-")
	if st != 0 {
		t.Fatalf("status %d: %s", st, errs)
	}
	var docs []struct {
		ID        string
		Published *string
		Sentences []any
		Events    []any
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(docs) != 2 || docs[0].ID != "x1" || docs[1].ID != "x2" || docs[1].Published != nil || docs[0].Events == nil {
		t.Errorf("docs = %+v", docs)
	}
}

func TestExtractUsageErrors(t *testing.T) {
	if _, _, st := runCLI(t, "", "extract", "--format", "xml"); st != 2 {
		t.Errorf("--format xml: status %d", st)
	}
	if _, _, st := runCLI(t, "", "extract", "--published", "17/07/2024"); st != 2 {
		t.Errorf("bad date: status %d", st)
	}
	out, _, st := runCLI(t, "", "extract", "--help")
	if st != 0 || !strings.Contains(out, "--published") && !strings.Contains(out, "-published") {
		t.Errorf("--help: status %d, out %q", st, out)
	}
}

// TestExtractSeedSpans checks the contract's offset promise on the seed
// article: every span's text equals the input at its code-point offsets.
func TestExtractSeedSpans(t *testing.T) {
	path := shared.Path(t, "seed", "seed-article.txt")
	raw, _ := os.ReadFile(path)
	out, errs, st := runCLI(t, "", "extract", "--published", "2024-07-17", path)
	if st != 0 {
		t.Fatalf("status %d: %s", st, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	runes := []rune(string(raw))
	var check func(v any)
	check = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			s, okS := x["start"].(float64)
			e, okE := x["end"].(float64)
			txt, okT := x["text"].(string)
			if okS && okE && okT {
				if int(e) > len(runes) || s > e || string(runes[int(s):int(e)]) != txt {
					t.Errorf("span %v-%v %q does not match the input", s, e, txt)
				}
			}
			for _, c := range x {
				check(c)
			}
		case []any:
			for _, c := range x {
				check(c)
			}
		}
	}
	check(doc)
	sents, _ := doc["sentences"].([]any)
	lines := 0
	for _, l := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	if len(sents) != 0 && len(sents) < lines {
		t.Errorf("%d sentences for %d non-empty lines", len(sents), lines)
	}
}
