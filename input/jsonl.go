package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// jsonlRecord is one input line of `parley extract --input jsonl`
// (CONTRACT.md).
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Published *string         `json:"published"`
	Text      *string         `json:"text"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
}

// ReadJSONL reads one document per line from r and calls fn for each, in
// order, with either a document or an *Error naming name and the line.
// Blank lines are skipped. A line longer than the size limit is an error for
// that line only. ReadJSONL returns only errors reading r itself.
func ReadJSONL(r io.Reader, name string, o Options, fn func(*document.Document, error)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	max := o.maxBytes() * 2 // JSON escaping may double the text
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, max)
		if len(bytes.TrimSpace(data)) > 0 || tooLong {
			fail := func(e error) { fn(nil, &Error{Doc: name, Line: line, Err: e}) }
			switch {
			case tooLong:
				fail(fmt.Errorf("%w: line over %d bytes", ErrTooLarge, max))
			default:
				doc, perr := parseJSONLine(data, line, o)
				var ie *Error
				if errors.As(perr, &ie) {
					ie.Doc = fmt.Sprintf("%s (document %q)", name, ie.Doc)
					fn(nil, ie)
				} else if perr != nil {
					fail(perr)
				} else {
					fn(doc, nil)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}

// readLine reads one line without its newline; past max bytes it discards
// the rest of the line and reports tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, e
	}
}

func parseJSONLine(data []byte, line int, o Options) (*document.Document, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, ErrInvalidUTF)
	}
	var rec jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: more than one JSON value on the line", ErrMalformed)
	}
	id, err := recordID(rec.ID, line)
	if err != nil {
		return nil, err
	}
	if rec.Text == nil {
		return nil, &Error{Doc: id, Line: line, Err: fmt.Errorf("%w: no \"text\" field", ErrMalformed)}
	}
	pub := o.Published
	if rec.Published != nil {
		pub = *rec.Published
	}
	opts := o
	opts.Published = pub
	if int64(len(*rec.Text)) > o.maxBytes() {
		return nil, &Error{Doc: id, Line: line, Err: fmt.Errorf("%w: over %d bytes (raise --max-bytes)", ErrTooLarge, o.maxBytes())}
	}
	if err := CheckDate(pub); err != nil {
		return nil, &Error{Doc: id, Line: line, Err: err}
	}
	text := *rec.Text
	if bytes.IndexByte([]byte(text), 0) >= 0 {
		return nil, &Error{Doc: id, Line: line, Err: ErrBinary}
	}
	if len(bytes.TrimSpace([]byte(text))) == 0 {
		return nil, &Error{Doc: id, Line: line, Err: ErrEmpty}
	}
	doc := document.New(id, pub, text)
	doc.Title, doc.URL, doc.Source = rec.Title, rec.URL, rec.Source
	return doc, nil
}

// recordID accepts a string or number id; a missing id becomes "line-N".
func recordID(raw json.RawMessage, line int) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "line-" + strconv.Itoa(line), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf("%w: \"id\" must be a string or a number", ErrMalformed)
}

// IsDocError reports whether err concerns one document (as opposed to a
// system fault).
func IsDocError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
