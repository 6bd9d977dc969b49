package main

import (
	"strings"
	"testing"
)

// TestParseParserChoice parses one invented sentence with each parser
// choice: both give ten CoNLL-U word lines with exactly one root; an
// unknown choice is an error naming it.
func TestParseParserChoice(t *testing.T) {
	text := "The foreign ministers of both countries met in Vienna on Tuesday to discuss the truce ."
	for _, parser := range []string{"ensemble", "fast"} {
		out, errs, st := runCLI(t, text, "parse", "--parser", parser)
		if st != 0 {
			t.Fatalf("--parser %s: status %d, %s", parser, st, errs)
		}
		words, roots := 0, 0
		for _, line := range strings.Split(out, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 10 {
				continue
			}
			words++
			if f[6] == "0" {
				roots++
			}
		}
		if words != 16 || roots != 1 {
			t.Errorf("--parser %s: %d words, %d roots:\n%s", parser, words, roots, out)
		}
	}
	for _, cmd := range []string{"parse", "extract"} {
		_, errs, st := runCLI(t, "Talks resumed .", cmd, "--parser", "quantum")
		if st == 0 || !strings.Contains(errs, "quantum") {
			t.Errorf("%s --parser quantum: status %d, stderr %q", cmd, st, errs)
		}
	}
}
