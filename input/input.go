// Package input turns files, standard input and JSONL batches into clean
// Documents. It is the only place where text is checked and cleaned (STYLE.md
// practice 3): after it, Document.Text is valid UTF-8 and never changes.
//
// Every problem is an *Error naming the document (and the JSONL line) so
// that one bad document never stops a batch.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// DefaultMaxBytes is the default size limit of one document (10 MiB).
const DefaultMaxBytes = 10 << 20

// Options controls reading. The zero value reads with DefaultMaxBytes.
type Options struct {
	// MaxBytes is the largest document accepted, in bytes; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Published is the publication date given to documents that carry none
	// (YYYY-MM-DD or YYYY-MM); empty leaves it unset.
	Published string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Errors callers can test for with errors.Is.
var (
	ErrEmpty      = errors.New("empty document")
	ErrBinary     = errors.New("binary data, not text")
	ErrInvalidUTF = errors.New("invalid UTF-8")
	ErrTooLarge   = errors.New("document too large")
	ErrMalformed  = errors.New("malformed JSONL line")
	ErrBadDate    = errors.New("invalid publication date")
)

// Error is a problem with one document.
type Error struct {
	Doc  string // document id or file name
	Line int    // JSONL line number, 0 for a whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Doc, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Doc, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// IDFromPath is the document id of a file: its base name without extension.
func IDFromPath(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// IsHTMLName reports whether a file name says HTML.
func IsHTMLName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// ReadFile reads one document from path ("-" is standard input).
func ReadFile(path string, o Options) (*document.Document, error) {
	id := IDFromPath(path)
	var r io.Reader
	if path == "-" || path == "" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, &Error{Doc: path, Err: err}
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, &Error{Doc: path, Err: errors.New("is a directory")}
		}
		r = f
	}
	data, err := readLimited(r, o.maxBytes())
	if err != nil {
		return nil, &Error{Doc: path, Err: err}
	}
	doc, err := FromBytes(id, data, IsHTMLName(path), o)
	if err != nil {
		var ie *Error
		if errors.As(err, &ie) {
			ie.Doc = path
		}
		return nil, err
	}
	return doc, nil
}

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: over %d bytes (raise --max-bytes)", ErrTooLarge, max)
	}
	return data, nil
}

// FromBytes makes a document of raw bytes: HTML when isHTML or when the
// content looks like HTML, text otherwise.
func FromBytes(id string, data []byte, isHTML bool, o Options) (*document.Document, error) {
	fail := func(err error) (*document.Document, error) { return nil, &Error{Doc: id, Err: err} }
	if int64(len(data)) > o.maxBytes() {
		return fail(fmt.Errorf("%w: over %d bytes (raise --max-bytes)", ErrTooLarge, o.maxBytes()))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BYTE ORDER MARK is not text
	if err := checkText(data); err != nil {
		return fail(err)
	}
	if err := CheckDate(o.Published); err != nil {
		return fail(err)
	}
	var doc *document.Document
	if isHTML || LooksLikeHTML(data) {
		text, title := HTMLToText(data)
		doc = document.New(id, o.Published, text)
		doc.Title = title
	} else {
		doc = document.New(id, o.Published, string(data))
	}
	if strings.TrimSpace(doc.Text) == "" {
		return fail(ErrEmpty)
	}
	return doc, nil
}

// checkText rejects empty, binary and invalid UTF-8 input with the position
// of the first offending byte.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	control := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				control++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			line := 1 + bytes.Count(data[:i], []byte{'\n'})
			return fmt.Errorf("%w at byte offset %d (line %d)", ErrInvalidUTF, i, line)
		}
		i += n
	}
	if control > 0 && control*20 > len(data) {
		return fmt.Errorf("%w (%d control bytes)", ErrBinary, control)
	}
	return nil
}

// CheckDate accepts "", YYYY-MM-DD and YYYY-MM.
func CheckDate(s string) error {
	if s == "" {
		return nil
	}
	ok := len(s) == 10 || len(s) == 7
	for i := 0; ok && i < len(s); i++ {
		switch {
		case i == 4 || i == 7:
			ok = s[i] == '-'
		default:
			ok = s[i] >= '0' && s[i] <= '9'
		}
	}
	if ok {
		m := int(s[5]-'0')*10 + int(s[6]-'0')
		ok = m >= 1 && m <= 12
		if ok && len(s) == 10 {
			d := int(s[8]-'0')*10 + int(s[9]-'0')
			ok = d >= 1 && d <= 31
		}
	}
	if !ok {
		return fmt.Errorf("%w %q: want YYYY-MM-DD or YYYY-MM", ErrBadDate, s)
	}
	return nil
}
