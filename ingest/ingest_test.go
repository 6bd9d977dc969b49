package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/input"
	"github.com/parley-nlp/parley/pipeline"
	"github.com/parley-nlp/parley/store"
)

// fakeStage stands in for extraction: one sentence per document; it panics
// on "PANIC", fails on "BROKEN" and writes an impossible span on "BADSPAN"
// (which the store must refuse).
type fakeStage struct{}

func (fakeStage) Name() string { return "fake" }

func (fakeStage) Process(d *document.Document) error {
	switch {
	case strings.Contains(d.Text, "PANIC"):
		panic("fake stage panics")
	case strings.Contains(d.Text, "BROKEN"):
		return errors.New("fake stage fails")
	}
	d.Sentences = []document.Sentence{{Span: document.Span{End: len(d.Text)}}}
	d.Actors, d.Quotes, d.Times, d.Events = []document.Actor{}, []document.Quote{}, []document.Time{}, []document.Event{}
	if strings.Contains(d.Text, "BADSPAN") {
		d.Sentences[0].End = len(d.Text) + 10
	}
	return nil
}

func newStore(t *testing.T) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type problems []string

func (p *problems) add(source string, err error) {
	*p = append(*p, filepath.Base(source)+": "+err.Error())
}

func ingest(t *testing.T, s store.Store, o Options, sources ...string) (Progress, problems) {
	t.Helper()
	var probs problems
	o.Pipeline = &pipeline.Pipeline{Stages: []pipeline.Stage{fakeStage{}}}
	o.OnProblem = probs.add
	in, err := New(s, o)
	if err != nil {
		t.Fatal(err)
	}
	p, err := in.Run(context.Background(), sources)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return p, probs
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func storedIDs(t *testing.T, s store.Store) []string {
	t.Helper()
	p, err := s.Documents(context.Background(), store.DocumentQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range p.Items {
		ids = append(ids, d.ID)
	}
	sort.Strings(ids)
	return ids
}

func TestFolderIdempotent(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "talks.txt"), "The envoys of Ruritania and Borduria met in a lakeside hotel.")
	write(t, filepath.Join(dir, "sub", "summit.html"), "<html><head><title>Summit ends</title></head><body><p>The summit ended without a joint statement.</p></body></html>")
	write(t, filepath.Join(dir, "sub", "deeper", "wire.jsonl"),
		`{"id":"w1","published":"2024-05-02","text":"A ceasefire was announced at noon."}`+"\n"+
			`{"text":"A second wire item has no id."}`+"\n"+
			`{"id":"w3","text":`+"\n")
	write(t, filepath.Join(dir, ".hidden.txt"), "This file is hidden and skipped.")
	write(t, filepath.Join(dir, "photo.png"), "\x89PNG not text")
	write(t, filepath.Join(dir, "empty.txt"), "   \n")
	s := newStore(t)
	p, probs := ingest(t, s, Options{BatchSize: 2}, dir)
	if got := fmt.Sprintf("%+v", p); got != "{Found:6 Done:6 New:4 Existing:0 Failed:2}" {
		t.Errorf("first run %s; problems %q", got, probs)
	}
	if len(probs) != 2 || !strings.Contains(strings.Join(probs, "|"), "empty") {
		t.Errorf("problems %q, want the empty file and the malformed line", probs)
	}
	second := store.TextID("A second wire item has no id.")
	want := fmt.Sprint([]string{second, "summit", "talks", "w1"})
	if got := fmt.Sprint(storedIDs(t, s)); got != want {
		t.Errorf("stored %s, want %s", got, want)
	}
	d, err := s.Document(context.Background(), "summit")
	if err != nil || d.Doc.Title != "Summit ends" || strings.Contains(d.Doc.Text, "<p>") {
		t.Errorf("summit = %+v, %v", d, err)
	}
	p, _ = ingest(t, s, Options{}, dir)
	if got := fmt.Sprintf("%+v", p); got != "{Found:6 Done:6 New:0 Existing:4 Failed:2}" {
		t.Errorf("second run %s", got)
	}
}

func TestBadDocumentsCostOnlyThemselves(t *testing.T) {
	dir := t.TempDir()
	texts := []string{"First good text.", "This one makes the stage PANIC.", "Second good text.",
		"This one is BROKEN.", "A BADSPAN document.", "Third good text."}
	for i, x := range texts {
		write(t, filepath.Join(dir, fmt.Sprintf("d%d.txt", i)), x)
	}
	s := newStore(t)
	p, probs := ingest(t, s, Options{BatchSize: 10, Workers: 3}, dir)
	if got := fmt.Sprintf("%+v", p); got != "{Found:6 Done:6 New:3 Existing:0 Failed:3}" {
		t.Errorf("progress %s; problems %q", got, probs)
	}
	if got := fmt.Sprint(storedIDs(t, s)); got != "[d0 d2 d5]" {
		t.Errorf("stored %s, want [d0 d2 d5]", got)
	}
	if j := strings.Join(probs, "|"); !strings.Contains(j, "panic") || !strings.Contains(j, "store") {
		t.Errorf("problems %q", probs)
	}
}

func TestSameIDDifferentText(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "report.txt"), "The first report is about a border meeting.")
	write(t, filepath.Join(dir, "b", "report.txt"), "The second report is about grain exports.")
	s := newStore(t)
	p, _ := ingest(t, s, Options{}, dir)
	ids := storedIDs(t, s)
	if p.New != 2 || len(ids) != 2 || ids[0] != "report" || !strings.HasPrefix(ids[1], "report-") {
		t.Errorf("progress %+v, ids %v; want both reports kept", p, ids)
	}
}

func TestStdin(t *testing.T) {
	s := newStore(t)
	jsonl := `{"id":"s1","text":"Talks resumed on Friday."}` + "\n" + `{"id":"s2","text":"Talks stalled on Saturday."}` + "\n"
	p, _ := ingest(t, s, Options{Stdin: strings.NewReader("\n  " + jsonl)}, "-")
	if p.New != 2 {
		t.Errorf("JSONL stdin: %+v", p)
	}
	p, _ = ingest(t, s, Options{Stdin: strings.NewReader("A plain text arrives on standard input.")}, "-")
	p2, _ := ingest(t, s, Options{Stdin: strings.NewReader("A plain text arrives on standard input.")}, "-")
	if p.New != 1 || p2.Existing != 1 {
		t.Errorf("text stdin: %+v then %+v", p, p2)
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title>
<item><title>Envoys meet</title><link>%[1]s/article/1</link><pubDate>Tue, 02 Apr 2024 09:30:00 +0000</pubDate>
<description>Short teaser.</description></item>
<item><title>Full text item</title><guid>urn:example:2</guid><pubDate>Wed, 03 Apr 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>%[2]s</p>]]></content:encoded></item>
<item><title>Gone</title><link>%[1]s/missing</link><description></description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/atom"><title>Atom Desk</title>
<entry><title>Atom entry</title><link href="%[1]s/article/2"/><id>urn:atom:1</id><updated>2024-04-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;%[2]s&lt;/p&gt;</content></entry>
</feed>`

func TestURLsAndFeeds(t *testing.T) {
	long := strings.Repeat("The delegations discussed the exchange of prisoners at length. ", 10)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rssFeed, srv.URL, long)
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, atomFeed, srv.URL, long)
	})
	mux.HandleFunc("/article/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Envoys meet (page)</title><meta property="article:published_time" content="2024-04-01T22:00:00Z"></head>`+
			`<body><script>alert(1)</script><p>The envoys met behind closed doors.</p></body></html>`)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte("<html><body><p>Caf\xe9 talks in the capital.</p></body></html>"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("x ", 40000))
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	s := newStore(t)
	o := Options{Input: input.Options{MaxBytes: 50000}}
	p, probs := ingest(t, s, o, srv.URL+"/feed.rss", srv.URL+"/atom.xml", srv.URL+"/page", srv.URL+"/big", srv.URL+"/nothing-here")
	if got := fmt.Sprintf("%+v", p); got != "{Found:7 Done:7 New:4 Existing:0 Failed:3}" {
		t.Errorf("progress %s; problems %q", got, probs)
	}
	ctx := context.Background()
	check := func(key, want string) {
		t.Helper()
		d, err := s.Document(ctx, URLID(key))
		if err != nil {
			t.Errorf("%s: %v", key, err)
			return
		}
		x := d.Doc
		text := x.Text
		if len(text) > 30 {
			text = text[:30]
		}
		if got := fmt.Sprintf("%s|%s|%s|%s", x.Published, x.Title, x.Source, text); got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
	check(srv.URL+"/article/1", "2024-04-01|Envoys meet|Example Wire|The envoys met behind closed d")
	check("urn:example:2", "2024-04-03|Full text item|Example Wire|The delegations discussed the ")
	check(srv.URL+"/article/2", "2024-04-05|Atom entry|Atom Desk|The delegations discussed the ")
	check(srv.URL+"/page", "||127.0.0.1|Café talks in the capital.")
	j := strings.Join(probs, "|")
	for _, want := range []string{"404", "too large", "empty"} {
		if !strings.Contains(j, want) {
			t.Errorf("problems %q lack %q", probs, want)
		}
	}
	p, _ = ingest(t, s, o, srv.URL+"/feed.rss")
	if p.New != 0 || p.Existing != 2 {
		t.Errorf("feed again: %+v", p)
	}
}

func TestFeedDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tue, 02 Apr 2024 09:30:00 +0000", "2024-04-02"},
		{"Wed, 3 Apr 2024 10:00:00 GMT", "2024-04-03"},
		{"2024-04-05T08:00:00Z", "2024-04-05"},
		{"2024-04-05", "2024-04-05"},
		{"yesterday", ""},
		{"", ""},
	} {
		if got := feedDate(tc.in); got != tc.want {
			t.Errorf("feedDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPublishedMeta(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<meta property="article:published_time" content="2024-07-17T10:00:00Z">`, "2024-07-17"},
		{`<meta content="2023-01-02" name="date">`, "2023-01-02"},
		{`<meta name="description" content="2023-01-02 was a day">`, ""},
		{`<meta name="date" content="2023-13-02">`, ""},
	} {
		if got := publishedMeta([]byte(tc.in)); got != tc.want {
			t.Errorf("publishedMeta(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(fmt.Sprintf(rssFeed, "http://x", "text")))
	f.Add([]byte(fmt.Sprintf(atomFeed, "http://x", "text")))
	f.Add([]byte(`<rss><channel><item><title>&bogus;</title>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, entries, err := parseFeed(data)
		if err != nil && len(entries) > 0 {
			t.Fatal("entries with an error")
		}
	})
}

func TestCancelKeepsStored(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 50; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("c%02d.txt", i)), fmt.Sprintf("Round %d of the talks ended.", i))
	}
	s := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var in *Ingester
	in, _ = New(s, Options{
		Pipeline:  &pipeline.Pipeline{Stages: []pipeline.Stage{fakeStage{}}},
		BatchSize: 5,
		OnProgress: func(p Progress) {
			if p.New >= 10 {
				cancel()
			}
		},
	})
	p, err := in.Run(ctx, []string{dir})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run after cancel: %v", err)
	}
	st, _ := s.Stats(context.Background())
	if p.Failed != 0 || st.Documents != p.New || p.New < 10 || p.New == 50 {
		t.Errorf("cancelled run %+v, stored %d", p, st.Documents)
	}
	stored := st.Documents
	p, _ = ingest(t, s, Options{}, dir)
	if p.New != 50-stored || p.Existing != stored || p.Failed != 0 {
		t.Errorf("rerun after %d stored: %+v", stored, p)
	}
}
