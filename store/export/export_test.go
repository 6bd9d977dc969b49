package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/store"
	"github.com/parley-nlp/parley/store/storetest"
)

func loaded(t *testing.T) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	neg := storetest.Shelling()
	neg.Events[1].Negated = true
	if _, err := s.SaveBatch(context.Background(), []*document.Document{storetest.Geneva(), neg, storetest.Trade()}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCSV(t *testing.T) {
	s := loaded(t)
	var b bytes.Buffer
	n, err := CSV(context.Background(), s, &b, Filter{})
	if err != nil || n != 5 {
		t.Fatalf("CSV: %d, %v", n, err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 6 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	// The quote's sentence has quotes and a comma: CSV must keep it whole.
	last := rows[4]
	got := strings.Join([]string{last[0], last[3], last[7], last[11], last[14], last[18]}, "|")
	if want := `geneva-talks|AGREE|Anna Kolár||agreed|"We agreed to reopen the border crossings," Kolár said.`; got != want {
		t.Errorf("row %s, want %s", got, want)
	}
	n, _ = CSV(context.Background(), s, &bytes.Buffer{}, Filter{From: "2024-03-19"})
	if n != 2 {
		t.Errorf("CSV from 2024-03-19: %d events, want 2", n)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	s := loaded(t)
	var b bytes.Buffer
	n, err := JSONL(context.Background(), s, &b, Filter{}, true)
	if err != nil || n != 3 {
		t.Fatalf("JSONL: %d, %v", n, err)
	}
	want, _ := storetest.Geneva().MarshalContract(true)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if lines[2] != string(want) {
		t.Errorf("last line\n%s\nwant\n%s", lines[2], want)
	}
}

func TestPLOVER(t *testing.T) {
	s := loaded(t)
	var b bytes.Buffer
	if n, err := PLOVER(context.Background(), s, &b, Filter{}); err != nil || n != 5 {
		t.Fatalf("PLOVER: %d, %v", n, err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"id", "date", "actor", "recipient", "event", "mode", "context", "text"} {
		if _, ok := first[f]; !ok {
			t.Errorf("record lacks %q: %s", f, lines[0])
		}
	}
	if want := `{"id":"kalmar-shelling-e1","date":"2024-03-20","actor":[{"code":"RUR","sector":"GOV","entity_text":"Anna Kolár",`; !strings.HasPrefix(lines[0], want) {
		t.Errorf("record %s\nwant prefix %s", lines[0], want)
	}
	if !strings.Contains(lines[0], `"context":["negation"]`) || !strings.Contains(lines[0], `"event":["DEMAND"]`) {
		t.Errorf("record %s lacks negation context or event", lines[0])
	}
	if strings.Contains(lines[3], `"recipient"`) {
		t.Errorf("event without target has a recipient: %s", lines[3])
	}
}
