package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/input"
)

// minEntryText is the shortest feed entry text taken as the article itself;
// shorter entries (teasers) are replaced by the linked page when it can be
// fetched.
const minEntryText = 400

// isFeed sniffs an RSS 2.0, RSS 1.0 (RDF) or Atom document.
func isFeed(body []byte) bool {
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(head)
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<rdf:rdf")) ||
		(bytes.Contains(head, []byte("<feed")) && bytes.Contains(head, []byte("http://www.w3.org/2005/atom")))
}

// feedEntry is an RSS item or an Atom entry, reduced to what ingest uses.
type feedEntry struct {
	title, link, id, published, content string
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   string     `xml:"summary"`
	Content   string     `xml:"content"`
}

type feedXML struct {
	XMLName xml.Name
	Title   string `xml:"title"` // Atom
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"` // RSS 1.0 puts items beside the channel
	Entries []atomEntry `xml:"entry"`
}

// parseFeed reads an RSS or Atom feed into its title and entries.
func parseFeed(body []byte) (string, []feedEntry, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	var f feedXML
	if err := dec.Decode(&f); err != nil {
		return "", nil, fmt.Errorf("feed: %w", err)
	}
	var out []feedEntry
	title := f.Title
	items := append(f.Channel.Items, f.Items...)
	if len(items) > 0 {
		title = f.Channel.Title
	}
	for _, it := range items {
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		pub := it.PubDate
		if pub == "" {
			pub = it.DCDate
		}
		out = append(out, feedEntry{title: it.Title, link: strings.TrimSpace(it.Link), id: strings.TrimSpace(it.GUID), published: pub, content: content})
	}
	for _, e := range f.Entries {
		link := ""
		for _, l := range e.Links {
			if l.Rel == "" || l.Rel == "alternate" {
				link = strings.TrimSpace(l.Href)
				break
			}
		}
		content := e.Content
		if strings.TrimSpace(content) == "" {
			content = e.Summary
		}
		pub := e.Published
		if pub == "" {
			pub = e.Updated
		}
		out = append(out, feedEntry{title: e.Title, link: link, id: strings.TrimSpace(e.ID), published: pub, content: content})
	}
	if len(out) == 0 && f.XMLName.Local != "rss" && f.XMLName.Local != "feed" && f.XMLName.Local != "RDF" {
		return "", nil, errors.New("feed: neither RSS nor Atom")
	}
	return strings.TrimSpace(title), out, nil
}

// feedDate normalizes the date formats feeds use to YYYY-MM-DD ("" when
// unreadable).
func feedDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC3339,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 && input.CheckDate(s[:10]) == nil {
		return s[:10]
	}
	return ""
}

// readFeed emits one document per entry: the entry's own content when it
// is long enough, else the linked page, else whatever the entry has. A
// page's own publication meta tag wins over the feed's date.
func (in *Ingester) readFeed(ctx context.Context, f *fetched, emit func(item)) {
	feedTitle, entries, err := parseFeed(f.body)
	if err != nil {
		emit(item{source: f.url, err: err})
		return
	}
	for i, e := range entries {
		if ctx.Err() != nil {
			return
		}
		source := fmt.Sprintf("%s entry %d", f.url, i+1)
		d, err := in.entryDocument(ctx, f, feedTitle, e)
		emit(item{source: source, doc: d, err: err})
	}
}

func (in *Ingester) entryDocument(ctx context.Context, f *fetched, feedTitle string, e feedEntry) (*document.Document, error) {
	key := e.link
	if key == "" {
		key = e.id
	}
	opts := in.opts.Input
	if p := feedDate(e.published); p != "" {
		opts.Published = p
	}
	text := input.HTMLToText
	body, _ := text([]byte(e.content))
	var d *document.Document
	if len(body) < minEntryText && isURL(e.link) {
		if page, err := in.fetch(ctx, e.link); err == nil && !isFeed(page.body) {
			if pd, err := in.pageDocument(page); err == nil {
				d = pd
				if opts.Published != "" && d.Published == "" {
					d.Published = opts.Published
				}
			}
		}
	}
	if d == nil {
		id := ""
		if key != "" {
			id = URLID(key)
		}
		var err error
		d, err = input.FromBytes(id, []byte(body), false, opts)
		if err != nil {
			return nil, err
		}
		d.URL = e.link
	}
	if key != "" {
		d.ID = URLID(key) // the entry, not the page it redirected to, names the document
	}
	if t := strings.TrimSpace(e.title); t != "" {
		d.Title = t
	}
	if feedTitle != "" {
		d.Source = feedTitle
	}
	return d, nil
}
