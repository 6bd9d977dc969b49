package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/input"
)

// NewHTTPClient returns the client ingest fetches with: bounded connect,
// TLS, header and total times, at most 10 redirects.
func NewHTTPClient() *http.Client {
	return &http.Client{
		Timeout: 60 * time.Second,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 20 * time.Second,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       30 * time.Second,
		},
	}
}

// URLID is the document id of a fetched page: "url-" and 16 hex digits of
// the SHA-256 of its URL (ids must fit in an API path).
func URLID(u string) string {
	sum := sha256.Sum256([]byte(u))
	return "url-" + hex.EncodeToString(sum[:])[:16]
}

// fetched is one HTTP response body, converted to UTF-8.
type fetched struct {
	url         string // after redirects
	contentType string
	body        []byte
}

// fetch GETs u with the size limit of the input options.
func (in *Ingester) fetch(ctx context.Context, u string) (*fetched, error) {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL: %q", u)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "parley-ingest/1 (+https://github.com/parley-nlp/parley)")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain;q=0.9, */*;q=0.1")
	resp, err := in.opts.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	max := in.opts.Input.MaxBytes
	if max <= 0 {
		max = input.DefaultMaxBytes
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: %d bytes over the limit of %d", input.ErrTooLarge, resp.ContentLength, max)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("%w: over the limit of %d bytes", input.ErrTooLarge, max)
	}
	ct := resp.Header.Get("Content-Type")
	f := &fetched{url: resp.Request.URL.String(), contentType: ct, body: raw}
	if !isFeed(raw) { // XML feeds declare their own encoding
		if r, err := charset.NewReader(bytes.NewReader(raw), ct); err == nil {
			if utf8Body, err := io.ReadAll(r); err == nil {
				f.body = utf8Body
			}
		}
	}
	return f, nil
}

// fetchSource ingests a URL: a feed's entries, or one page.
func (in *Ingester) fetchSource(ctx context.Context, u string, emit func(item)) {
	f, err := in.fetch(ctx, u)
	if err != nil {
		emit(item{source: u, err: err})
		return
	}
	if isFeed(f.body) {
		in.readFeed(ctx, f, emit)
		return
	}
	d, err := in.pageDocument(f)
	emit(item{source: u, doc: d, err: err})
}

// pageDocument makes a document of a fetched page (HTML or plain text).
func (in *Ingester) pageDocument(f *fetched) (*document.Document, error) {
	opts := in.opts.Input
	if p := publishedMeta(f.body); p != "" {
		opts.Published = p
	}
	isHTML := strings.Contains(strings.ToLower(f.contentType), "html")
	d, err := input.FromBytes(URLID(f.url), f.body, isHTML, opts)
	if err != nil {
		return nil, err
	}
	d.URL = f.url
	if pu, err := url.Parse(f.url); err == nil {
		d.Source = pu.Hostname()
	}
	return d, nil
}

// publishedMetaRE finds a page's publication day in the usual meta tags
// (article:published_time, datePublished, date, dc.date) in either
// attribute order.
var publishedMetaRE = []*regexp.Regexp{
	regexp.MustCompile(`(?is)<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datepublished|date|dc\.date|pubdate)["'][^>]*content\s*=\s*["'](\d{4}-\d{2}-\d{2})`),
	regexp.MustCompile(`(?is)<meta[^>]+content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datepublished|date|dc\.date|pubdate)["']`),
}

func publishedMeta(page []byte) string {
	head := page
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	for _, re := range publishedMetaRE {
		if m := re.FindSubmatch(head); m != nil {
			if input.CheckDate(string(m[1])) == nil {
				return string(m[1])
			}
		}
	}
	return ""
}
