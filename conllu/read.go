package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxLine bounds one line; longer lines are an error rather than a huge
// allocation.
const maxLine = 1 << 20

// Reader reads sentences from a CoNLL-U stream one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. A sentence
// with a malformed line is returned with an error naming the line; the
// rest of that sentence is skipped and the next call continues after it.
func (r *Reader) Next() (*Sentence, error) {
	s := &Sentence{}
	var bad error
	seen := false
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if seen {
				break
			}
			continue
		}
		seen = true
		if bad != nil {
			continue
		}
		if line[0] == '#' {
			c := line[1:]
			if len(c) > 0 && c[0] == ' ' {
				c = c[1:]
			}
			s.Comments = append(s.Comments, c)
			continue
		}
		if err := s.addLine(line); err != nil {
			bad = fmt.Errorf("conllu: line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", r.line+1, err)
	}
	if !seen {
		return nil, io.EOF
	}
	if bad != nil {
		return s, bad
	}
	return s, nil
}

// ReadAll reads every sentence of r, stopping at the first error.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	rd := NewReader(r)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

func (s *Sentence) addLine(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if dash := strings.IndexByte(id, '-'); dash >= 0 {
		a, err1 := strconv.Atoi(id[:dash])
		b, err2 := strconv.Atoi(id[dash+1:])
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return fmt.Errorf("bad multiword range %q", id)
		}
		s.MultiWords = append(s.MultiWords, MultiWord{First: a, Last: b, Form: cols[1], Misc: cols[9], SpaceAfter: spaceAfter(cols[9])})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word id %q out of sequence (want %d)", id, len(s.Words)+1)
	}
	head := -1
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return fmt.Errorf("bad head %q", cols[6])
		}
		head = h
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9], SpaceAfter: spaceAfter(cols[9]),
	})
	return nil
}

func spaceAfter(misc string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}
