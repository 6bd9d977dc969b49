package tokenize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/internal/shared"
)

// treebankText rebuilds the raw text of a UD English EWT file the way the
// project's scorer does: sentences of a paragraph joined by a space,
// paragraphs by a blank line. It skips when the shared data is absent.
func treebankText(tb testing.TB, name string) string {
	tb.Helper()
	return rebuild(readTreebank(tb, shared.Path(tb, "data", "ud-english-ewt", name)))
}

// treebankSentence is one gold sentence: its text and its tokens' forms
// (a multiword token counts once, as written).
type treebankSentence struct {
	newPar bool
	text   string
	forms  []string
}

func readTreebank(tb testing.TB, path string) []treebankSentence {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []treebankSentence
	var cur treebankSentence
	skipTo := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.text != "" || len(cur.forms) > 0 {
				out = append(out, cur)
			}
			cur, skipTo = treebankSentence{}, 0
		case strings.HasPrefix(line, "# newdoc"), strings.HasPrefix(line, "# newpar") && !strings.HasPrefix(line, "# newpar_"):
			cur.newPar = true
		case strings.HasPrefix(line, "# text = "):
			cur.text = line[len("# text = "):]
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) != 10 || strings.Contains(cols[0], ".") {
				continue
			}
			if a, b, ok := strings.Cut(cols[0], "-"); ok {
				cur.forms = append(cur.forms, strings.Join(strings.Fields(cols[1]), ""))
				skipTo = atoi(b)
				_ = a
				continue
			}
			if atoi(cols[0]) <= skipTo {
				continue
			}
			cur.forms = append(cur.forms, strings.Join(strings.Fields(cols[1]), ""))
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func rebuild(sents []treebankSentence) string {
	var b strings.Builder
	for i, s := range sents {
		switch {
		case i == 0:
		case s.newPar:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
		b.WriteString(s.text)
	}
	b.WriteString("\n")
	return b.String()
}
