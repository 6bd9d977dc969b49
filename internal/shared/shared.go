// Package shared locates ../shared, the data folder beside the repository
// that holds treebanks, dictionaries and gold sets for training and
// evaluation. It is never part of the repository: a user's fresh clone has
// none, so tests that need it skip.
package shared

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Dir returns the absolute path of the shared folder, or "" when absent.
// PARLEY_SHARED overrides the search.
func Dir() string {
	if d := os.Getenv("PARLEY_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(filepath.Join(cand, "CONTRACT.md")); err == nil {
				return cand
			}
			return ""
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Path returns filepath.Join(Dir(), elem...) or skips the test when the
// shared folder or that file is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("../shared is absent: skipping a test that needs shared data")
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s is absent", p)
	}
	return p
}

// DevDoc is one annotated dev text of ../shared/eval/dev: its id (the file
// name without extension), its text and its answer key as raw JSON.
type DevDoc struct {
	ID, Text string
	Key      []byte
}

// DevDocs returns the annotated dev texts that have both a text and an
// answer key, ordered by id, or skips the test when the folder is absent.
func DevDocs(tb testing.TB) []DevDoc {
	tb.Helper()
	dir := Path(tb, "eval", "dev")
	keys, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(keys)
	var out []DevDoc
	for _, k := range keys {
		text, err := os.ReadFile(strings.TrimSuffix(k, ".json") + ".txt")
		if err != nil {
			continue // a key without its text is no document
		}
		key, err := os.ReadFile(k)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, DevDoc{ID: strings.TrimSuffix(filepath.Base(k), ".json"), Text: string(text), Key: key})
	}
	if len(out) == 0 {
		tb.Skip("no annotated dev texts")
	}
	return out
}
