package conllu

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/document"
)

// Write prints d's sentences as CoNLL-U: "# sent_id = N" (1-based) and
// "# text = ..." before each, one line per token. Columns the document
// does not fill print as "_"; HEAD is "_" for document.NoHead, 0 for the
// root and sentence-relative otherwise (a head outside the sentence, which
// a valid document never has, prints as "_"). Tokens outside every
// sentence are written as one extra sentence each run.
func Write(w io.Writer, d *document.Document) error {
	bw := bufio.NewWriter(w)
	n := 0
	emit := func(first, end int) {
		if first >= end {
			return
		}
		n++
		bw.WriteString("# sent_id = " + strconv.Itoa(n) + "\n")
		text := d.Text[d.Tokens[first].Start:d.Tokens[end-1].End]
		bw.WriteString("# text = " + oneLine(text) + "\n")
		for i := first; i < end; i++ {
			writeToken(bw, d, i, first, end)
		}
		bw.WriteByte('\n')
	}
	next := 0
	for _, s := range d.Sentences {
		first, end := max(s.FirstToken, next), min(s.EndToken, len(d.Tokens))
		if first > next {
			emit(next, first)
		}
		emit(first, end)
		next = max(next, end)
	}
	emit(next, len(d.Tokens))
	return bw.Flush()
}

func writeToken(bw *bufio.Writer, d *document.Document, i, first, end int) {
	t := d.Tokens[i]
	form := "_"
	if t.Start >= 0 && t.Start <= t.End && t.End <= len(d.Text) && t.End > t.Start {
		form = strings.Map(noTab, d.Text[t.Start:t.End])
	}
	head := "_"
	switch {
	case t.Head == document.RootHead:
		head = "0"
	case t.Head >= first && t.Head < end:
		head = strconv.Itoa(t.Head - first + 1)
	}
	misc := "_"
	if i+1 < end && d.Tokens[i+1].Start == t.End {
		misc = "SpaceAfter=No"
	}
	cols := []string{strconv.Itoa(i - first + 1), form, col(t.Lemma), col(t.UPOS), col(t.XPOS), "_", head, col(t.DepRel), "_", misc}
	bw.WriteString(strings.Join(cols, "\t"))
	bw.WriteByte('\n')
}

func col(v string) string {
	if v == "" {
		return "_"
	}
	return strings.Map(noTab, v)
}

func noTab(r rune) rune {
	if r == '\t' || r == '\n' || r == '\r' {
		return ' '
	}
	return r
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
