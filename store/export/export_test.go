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

// TestTargetCountry follows events with no target actor that act on a
// country (Target -1, TargetCountry set) into every export format.
func TestTargetCountry(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "tc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SaveBatch(ctx, []*document.Document{storetest.Geneva(), storetest.Curfew(), storetest.Arrest()}); err != nil {
		t.Fatal(err)
	}
	var csvOut, plover, jsonl bytes.Buffer
	if _, err := CSV(ctx, s, &csvOut, Filter{}); err != nil {
		t.Fatal(err)
	}
	if _, err := PLOVER(ctx, s, &plover, Filter{}); err != nil {
		t.Fatal(err)
	}
	if _, err := JSONL(ctx, s, &jsonl, Filter{}, false); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&csvOut).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	csvRows := map[string][]string{}
	for _, r := range rows[1:] {
		csvRows[r[col["doc_id"]]+"-e"+r[col["event"]]] = r
	}
	records := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(plover.String()), "\n") {
		var rec PloverRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		records[rec.ID] = line
	}
	for _, tc := range []struct {
		id                    string
		target, targetCountry string // CSV columns
		recipient             string // PLOVER, "" = no recipient field
	}{
		{"kalmar-curfew-e0", "", "RUR", `"recipient":[{"code":"RUR","entity_text":"","identifier_id":""}]`},
		{"kalmar-curfew-e1", "", "RUR", `"recipient":[{"code":"RUR","entity_text":"","identifier_id":""}]`},
		{"geneva-talks-e0", "Borduria", "BOR", `"recipient":[{"code":"BOR","entity_text":"Borduria","identifier_id":"parley:`},
		{"geneva-talks-e1", "", "", ""},
		// a target actor of no country of its own, acted on at home
		{"kalmar-arrest-e0", "Ivo Marek", "RUR", `"recipient":[{"code":"RUR","sector":"CVL","entity_text":"Ivo Marek","identifier_id":"parley:`},
	} {
		r := csvRows[tc.id]
		if r == nil {
			t.Errorf("CSV: no row %s", tc.id)
		} else if r[col["target"]] != tc.target || r[col["target_country"]] != tc.targetCountry || (tc.target == "") != (r[col["target_id"]] == "") {
			t.Errorf("CSV %s: target %q (id %q), target_country %q; want %q, %q", tc.id, r[col["target"]], r[col["target_id"]],
				r[col["target_country"]], tc.target, tc.targetCountry)
		}
		rec := records[tc.id]
		if tc.recipient == "" && strings.Contains(rec, `"recipient"`) || tc.recipient != "" && !strings.Contains(rec, tc.recipient) {
			t.Errorf("PLOVER %s: %s\nwant recipient %s", tc.id, rec, tc.recipient)
		}
	}
	want, _ := storetest.Curfew().MarshalContract(false)
	if lines := strings.Split(strings.TrimSpace(jsonl.String()), "\n"); len(lines) != 3 || lines[1] != string(want) {
		t.Errorf("JSONL %q\nwant second line (newest first) %s", lines, want)
	}
	wantArrest, _ := storetest.Arrest().MarshalContract(false)
	if !strings.Contains(jsonl.String(), string(wantArrest)) || !bytes.Contains(wantArrest, []byte(`"target":"A2","target_country":"RUR"`)) {
		t.Errorf("JSONL lacks the arrest's contract with its target and country: %s", wantArrest)
	}
	if !bytes.Contains(want, []byte(`"target":null,"target_country":"RUR"`)) {
		t.Errorf("contract of the curfew lacks its target country: %s", want)
	}
}
