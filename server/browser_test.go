package server

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is the browser the UI test drives: $PARLEY_CHROMIUM, else
// Debian's /usr/bin/chromium.
func chromiumPath() string {
	if p := os.Getenv("PARLEY_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// eval runs a JavaScript expression in the page and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// open navigates to url and waits for the element sel.
func open(t *testing.T, ctx context.Context, url, sel string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS(sel))); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
}

// TestBrowser opens the document, actor and network pages in headless
// Chromium and checks what they show, including that document text with
// <script> is shown as text and never run, and that the page scripts work.
func TestBrowser(t *testing.T) {
	path := chromiumPath()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no Chromium at %s (install Debian's chromium or set PARLEY_CHROMIUM): browser test skipped", path)
	}
	h := newHarness(t, openSQLite(t))
	h.load()
	brell := h.actorID("Tomas Brell")

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelAlloc()
	var mu sync.Mutex
	var exceptions []string
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			mu.Lock()
			exceptions = append(exceptions, fmt.Sprintf("%s (%s:%d)", e.ExceptionDetails.Text, e.ExceptionDetails.URL, e.ExceptionDetails.LineNumber))
			mu.Unlock()
		}
	}))
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	// Document page: the text with <script> shows as text, tooltips give
	// the speaker and the codes, the legend hides a layer.
	open(t, ctx, h.http.URL+"/documents/script", "#doc-text")
	if got := eval[string](t, ctx, `document.getElementById("doc-text").textContent`); got != docScript.Text {
		t.Errorf("document text shows as %q, want %q", got, docScript.Text)
	}
	if got := eval[string](t, ctx, `document.title`); got != docScript.Title+" · parley" {
		t.Errorf("page title %q", got)
	}
	if eval[bool](t, ctx, `window.__pwned !== undefined || document.querySelector("#doc-text script, #doc-text b, h1 img") !== null`) {
		t.Error("document text was run or parsed as HTML")
	}
	if got := eval[string](t, ctx, `document.querySelector("#doc-text .hl-quote").title`); got != "Quote (direct), speaker: Anna Varga" {
		t.Errorf("quote tooltip %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#doc-text .hl-event").title`); !strings.HasPrefix(got, "Event: CONSULT, CAMEO 040, Ruritania → Freedonia") {
		t.Errorf("event tooltip %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#doc-text .hl-actor").title`); !strings.HasPrefix(got, "Actor: Ruritania") {
		t.Errorf("actor tooltip %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#legend input[data-layer]").length`); n != 4 {
		t.Errorf("legend has %d layers, want 4", n)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#legend input[data-layer="quote"]`))); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, `document.getElementById("doc-text").classList.contains("hide-quote")`) {
		t.Error("unticking quote in the legend does not hide the quotes")
	}

	// Actor page: name, role, quotes, a timeline chart, events.
	open(t, ctx, fmt.Sprintf("%s/actors/%d", h.http.URL, brell), "h1.actor-name")
	name := eval[string](t, ctx, `document.querySelector("h1.actor-name").textContent`)
	role := eval[string](t, ctx, `document.querySelector(".actor-role").textContent`)
	quotes := eval[string](t, ctx, `document.getElementById("actor-quotes").textContent`)
	bars := eval[int](t, ctx, `document.querySelectorAll("svg.chart g.bar").length`)
	asSource := eval[int](t, ctx, `document.querySelectorAll("table.events")[0].querySelectorAll("tbody tr").length`)
	if name != "Tomas Brell" || role != "President" || !strings.Contains(quotes, "This is a provocation,") || bars != 2 || asSource != 1 {
		t.Errorf("actor page: name %q, role %q, quotes %q, %d bars, %d events as source", name, role, quotes, bars, asSource)
	}

	// Network page: nodes, coloured edges, and hovering an actor lights
	// its ties.
	open(t, ctx, h.http.URL+"/network", "#network")
	nodes := eval[int](t, ctx, `document.querySelectorAll("#network .node").length`)
	coop := eval[int](t, ctx, `document.querySelectorAll("#network .edge.tone-cooperative").length`)
	conf := eval[int](t, ctx, `document.querySelectorAll("#network .edge.tone-conflictual").length`)
	labels := eval[string](t, ctx, `Array.from(document.querySelectorAll("#network .node text")).map(e => e.textContent).sort().join("|")`)
	if nodes != 4 || coop != 2 || conf != 2 || labels != "Anna Varga|Freedonia|Ruritania|Tomas Brell" {
		t.Errorf("network: %d nodes (%s), %d cooperative and %d conflictual edges", nodes, labels, coop, conf)
	}
	colour := eval[string](t, ctx, `getComputedStyle(document.querySelector("#network .edge.tone-conflictual")).stroke`)
	if colour != "rgb(192, 57, 43)" {
		t.Errorf("conflictual edges are drawn in %q", colour)
	}
	eval[bool](t, ctx, fmt.Sprintf(`document.querySelector('#network .node[data-node="%d"]').dispatchEvent(new MouseEvent("mouseenter"))`, brell))
	focusing := eval[bool](t, ctx, `document.getElementById("network").classList.contains("focusing")`)
	lit := eval[int](t, ctx, `document.querySelectorAll("#network .edge.on").length`)
	if !focusing || lit != 2 {
		t.Errorf("hovering Tomas Brell: focusing %v, %d edges lit, want 2", focusing, lit)
	}

	mu.Lock()
	defer mu.Unlock()
	if len(exceptions) > 0 {
		t.Errorf("JavaScript exceptions: %q", exceptions)
	}
}
