package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

func TestFromBytes(t *testing.T) {
	tests := []struct {
		name string
		data string
		html bool
		max  int64
		want string // text, or "error: <substring>"
	}{
		{"plain", "Kyiv said no.\n", false, 0, "Kyiv said no.\n"},
		{"bom", "\xef\xbb\xbfKyiv said no.", false, 0, "Kyiv said no."},
		{"empty", "", false, 0, "error: empty document"},
		{"blank", " \n\t\n", false, 0, "error: empty document"},
		{"nul", "abc\x00def", false, 0, "error: binary data, not text (NUL byte at offset 3)"},
		{"controls", "\x01\x02\x03\x04abc", false, 0, "error: binary data"},
		{"bad utf8", "ok\nno \xff here", false, 0, "error: invalid UTF-8 at byte offset 6 (line 2)"},
		{"too large", "0123456789", false, 5, "error: document too large"},
		{"html by flag", "<p>One &amp; two</p><p>Three</p>", true, 0, "One & two\n\nThree"},
		{"html sniffed", "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1><p>Text <b>bold</b>.</p><script>alert(1)</script></body></html>", false, 0, "Head\n\nText bold."},
		{"html only tags", "<html><body><script>x</script></body></html>", false, 0, "error: empty document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := FromBytes("d", []byte(tt.data), tt.html, Options{MaxBytes: tt.max})
			got := ""
			if err != nil {
				got = "error: " + strings.TrimPrefix(err.Error(), "d: ")
			} else {
				got = doc.Text
			}
			if strings.HasPrefix(tt.want, "error: ") {
				if !strings.HasPrefix(got, tt.want) {
					t.Errorf("got %q, want prefix %q", got, tt.want)
				}
				return
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLTitleAndBreaks(t *testing.T) {
	text, title := HTMLToText([]byte("<html><head><title> Summit  ends </title></head><body><div>Line one<br>Line two</div><ul><li>a</li><li>b</li></ul><p>&ldquo;Quoted&rdquo; &lt;script&gt;</p></body></html>"))
	if title != "Summit ends" {
		t.Errorf("title = %q", title)
	}
	want := "Line one\nLine two\n\na\n\nb\n\n“Quoted” <script>"
	if text != want {
		t.Errorf("text = %q, want %q", text, want)
	}
}

func TestReadFileIDAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "state-05.txt")
	os.WriteFile(good, []byte("The minister spoke."), 0o644)
	doc, err := ReadFile(good, Options{Published: "2024-07-17"})
	if err != nil || doc.ID != "state-05" || doc.Published != "2024-07-17" {
		t.Fatalf("doc=%+v err=%v", doc, err)
	}
	bad := filepath.Join(dir, "img.png")
	os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)
	_, err = ReadFile(bad, Options{})
	if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "img.png") {
		t.Errorf("err = %v, want binary error naming the file", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt"), Options{}); err == nil || !IsDocError(err) {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestCheckDate(t *testing.T) {
	for _, s := range []string{"", "2024-07-17", "2024-07"} {
		if err := CheckDate(s); err != nil {
			t.Errorf("CheckDate(%q) = %v", s, err)
		}
	}
	for _, s := range []string{"2024-13-01", "17/07/2024", "2024-7-1", "2024-07-00", "yesterday"} {
		if err := CheckDate(s); err == nil {
			t.Errorf("CheckDate(%q) accepted", s)
		}
	}
}

func readAll(t testing.TB, data string, o Options) []string {
	var out []string
	err := ReadJSONL(strings.NewReader(data), "batch.jsonl", o, func(d *document.Document, err error) {
		if err != nil {
			out = append(out, "ERR "+err.Error())
			return
		}
		out = append(out, d.ID+"|"+d.Published+"|"+d.Text)
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "published": "2024-07-17", "text": "One."}`,
		``,
		`{"id": 7, "text": "Two.", "title": "T"}`,
		`{"id": "b", "text": "x"`,
		`{"id": "c"}`,
		"{\"id\": \"d\", \"text\": \"bad \xff\"}",
		`{"id": "e", "published": "July", "text": "x"}`,
		`{"text": "no id"}`,
		`{"id": "f", "text": "Last."}`,
	}, "\n")
	got := readAll(t, in, Options{Published: "2020-01-01"})
	want := []string{
		"a|2024-07-17|One.",
		"7|2020-01-01|Two.",
		"ERR batch.jsonl:4: malformed JSONL line: unexpected EOF",
		`ERR batch.jsonl (document "c"):5: malformed JSONL line: no "text" field`,
		"ERR batch.jsonl:6: malformed JSONL line: invalid UTF-8",
		`ERR batch.jsonl (document "e"):7: invalid publication date "July": want YYYY-MM-DD or YYYY-MM`,
		"line-8|2020-01-01|no id",
		"f|2020-01-01|Last.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	in := `{"id":"big","text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id":"ok","text":"fine"}`
	got := readAll(t, in, Options{MaxBytes: 100})
	if len(got) != 2 || !strings.Contains(got[0], "too large") || got[1] != "ok||fine" {
		t.Errorf("got %q", got)
	}
}

// FuzzReadJSONL: any input gives documents with valid text or errors, never a panic.
func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","published":"2024-07-17","text":"Hi."}` + "\n" + `{"id":`)
	f.Add("\xff\xfe\n\n{}")
	f.Fuzz(func(t *testing.T, data string) {
		ReadJSONL(strings.NewReader(data), "f", Options{MaxBytes: 1 << 10}, func(d *document.Document, err error) {
			if (d == nil) == (err == nil) {
				t.Fatalf("exactly one of document and error expected: %v %v", d, err)
			}
			if d != nil && strings.TrimSpace(d.Text) == "" {
				t.Fatalf("empty document accepted")
			}
		})
	})
}

// FuzzHTMLToText: never panics, always valid UTF-8 out for valid UTF-8 in.
func FuzzHTMLToText(f *testing.F) {
	f.Add("<p>a<br>b</p><script>x</script>")
	f.Add("<<>>&amp;&#x1F600;<p")
	f.Fuzz(func(t *testing.T, data string) {
		text, _ := HTMLToText([]byte(data))
		_ = text
	})
}
