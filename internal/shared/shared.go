// Package shared locates ../shared, the data folder beside the repository
// that holds treebanks, dictionaries and gold sets for training and
// evaluation. It is never part of the repository: a user's fresh clone has
// none, so tests that need it skip.
package shared

import (
	"os"
	"path/filepath"
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
