// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format, and converts between it and document.Document.
//
// Units and invariants:
//   - Word.ID and Word.Head are 1-based sentence-relative word numbers as in
//     the file; Head 0 is the root and Head -1 means "_" (no head given).
//   - Multiword tokens (ID "3-4") are kept in Sentence.MultiWords; empty
//     nodes (ID "3.1", enhanced graphs only) are skipped.
//   - Bad input never panics: a malformed line is an error naming its line
//     number; the reader can continue with the next sentence.
package conllu

// Word is one syntactic word (one ID line of a CoNLL-U sentence).
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when "_"
	DepRel string
	Deps   string
	Misc   string
	// SpaceAfter is false when MISC holds SpaceAfter=No.
	SpaceAfter bool
}

// MultiWord is a multiword token line such as "2-3 don't": the surface form
// of words First..Last (inclusive, 1-based IDs).
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
	SpaceAfter  bool
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	// Comments holds every comment line without the leading "#" and one
	// following space, in file order (sent_id and text included).
	Comments   []string
	Words      []Word
	MultiWords []MultiWord
}

// Comment returns the value of a "# key = value" comment, and whether it
// was present.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		if len(c) > len(key) && c[:len(key)] == key {
			rest := c[len(key):]
			switch {
			case len(rest) >= 3 && rest[:3] == " = ":
				return rest[3:], true
			case rest == " =":
				return "", true
			}
		}
	}
	return "", false
}

// multiWordAt returns the multiword token starting at word id, or nil.
func (s *Sentence) multiWordAt(id int) *MultiWord {
	for i := range s.MultiWords {
		if s.MultiWords[i].First == id {
			return &s.MultiWords[i]
		}
	}
	return nil
}
