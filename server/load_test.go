package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-nlp/parley/store"
)

// TestLoad: 100 concurrent readers of /api/events while documents are being
// written (each posted twice, by two writers): no errors, no lost or
// duplicated documents. Bounded in requests and in time; it logs p50/p99
// read latency.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped under -short")
	}
	const (
		readers        = 100
		docs           = 30
		writers        = 4
		readsPerReader = 12
		timeLimit      = 20 * time.Second
	)
	h := newHarness(t, openSQLite(t))
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: readers + writers}}
	ctx, cancel := context.WithTimeout(context.Background(), timeLimit)
	defer cancel()

	var (
		mu        sync.Mutex
		errs      []string
		latencies []time.Duration
	)
	fail := func(format string, a ...any) {
		mu.Lock()
		if len(errs) < 20 {
			errs = append(errs, fmt.Sprintf(format, a...))
		}
		mu.Unlock()
	}
	request := func(method, path, body string, hdr map[string]string) (int, []byte, error) {
		req, err := http.NewRequestWithContext(ctx, method, h.http.URL+path, strings.NewReader(body))
		if err != nil {
			return 0, nil, err
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp.StatusCode, b, err
	}

	// Writers: writer w posts documents i with i%2 == w%2, so every
	// document is posted by two writers at about the same time.
	var writing sync.WaitGroup
	for w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for i := range docs {
				if i%2 != w%2 {
					continue
				}
				p := postBody{ID: fmt.Sprintf("load-%03d", i), Published: fmt.Sprintf("2025-03-%02d", 1+i%28),
					Text: fmt.Sprintf("Ruritania met Freedonia on 2025-03-%02d for round %d. Freedonia accused Ruritania of delay.", 1+i%28, i)}
				status, b, err := request("POST", "/api/documents", mustJSON(p), h.auth())
				if err != nil || (status != http.StatusCreated && status != http.StatusOK) {
					fail("POST %s: %d %v %.200s", p.ID, status, err, b)
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { writing.Wait(); close(done) }()

	var reading sync.WaitGroup
	for r := range readers {
		reading.Add(1)
		go func() {
			defer reading.Done()
			for n := 0; n < readsPerReader; n++ {
				q := url.Values{"limit": {"20"}}
				if r%3 == 1 {
					q.Set("plover", "ACCUSE")
				}
				if r%3 == 2 {
					q.Set("actor", "Ruritania")
				}
				start := time.Now()
				status, b, err := request("GET", "/api/events?"+q.Encode(), "", nil)
				d := time.Since(start)
				var page store.Page[store.Event]
				if err == nil && status == http.StatusOK {
					err = json.Unmarshal(b, &page)
				}
				if err != nil || status != http.StatusOK || len(page.Items) > 20 {
					fail("GET events: %d %v %.200s", status, err, b)
					return
				}
				mu.Lock()
				latencies = append(latencies, d)
				mu.Unlock()
				select {
				case <-done:
					if n >= 2 {
						return
					}
				default:
				}
			}
		}()
	}
	reading.Wait()
	<-done
	if ctx.Err() != nil {
		t.Fatalf("the load test ran over its %v bound", timeLimit)
	}
	if len(errs) > 0 {
		t.Fatalf("errors under load:\n%s", strings.Join(errs, "\n"))
	}

	var page store.Page[store.DocumentSummary]
	h.get("/api/documents?limit=1000", 200, &page)
	var ids []string
	for _, d := range page.Items {
		ids = append(ids, d.ID)
	}
	sort.Strings(ids)
	if page.Total != docs || len(ids) != docs || len(slices.Compact(slices.Clone(ids))) != docs {
		t.Fatalf("stored %d documents (%d listed, ids %v), want %d distinct", page.Total, len(ids), ids, docs)
	}
	for i := range docs {
		if ids[i] != fmt.Sprintf("load-%03d", i) {
			t.Fatalf("document %d is %q", i, ids[i])
		}
	}
	var events store.Page[store.Event]
	h.get("/api/events?limit=1", 200, &events)
	if events.Total != 2*docs {
		t.Errorf("%d events stored, want %d", events.Total, 2*docs)
	}
	slices.Sort(latencies)
	q := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d readers, %d reads while %d documents were written twice by %d writers: p50 %v, p99 %v, max %v",
		readers, len(latencies), docs, writers, q(0.50).Round(time.Microsecond), q(0.99).Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond))
}
