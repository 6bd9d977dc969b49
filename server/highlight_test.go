package server

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text string
		anns       []annotation
		want       string
	}{
		{"none", "a <b> & c", nil, "a &lt;b&gt; &amp; c"},
		{"one", "Ana met Bo.", []annotation{{0, 3, "actor", "a0", "Actor: Ana"}},
			`<span class="hl hl-actor" data-ann="a0" title="Actor: Ana">Ana</span> met Bo.`},
		{"nested", `"Go now," Ana said`, []annotation{
			{1, 7, "quote", "q0", "speaker: Ana"}, {4, 7, "event", "e0", "E"}},
			`&#34;<span class="hl hl-quote" data-ann="q0" title="speaker: Ana">Go <span class="hl hl-event" data-ann="e0" title="E">now</span></span>,&#34; Ana said`},
		{"same span: quote outside", "xy", []annotation{{0, 2, "event", "e0", "E"}, {0, 2, "quote", "q0", "Q"}},
			`<span class="hl hl-quote" data-ann="q0" title="Q"><span class="hl hl-event" data-ann="e0" title="E">xy</span></span>`},
		{"crossing spans split", "abcdef", []annotation{{0, 4, "quote", "q0", "Q"}, {2, 6, "actor", "a0", "A"}},
			`<span class="hl hl-quote" data-ann="q0" title="Q">ab<span class="hl hl-actor" data-ann="a0" title="A">cd</span></span><span class="hl hl-actor" data-ann="a0" title="A">ef</span>`},
		{"escaped title", "ab", []annotation{{0, 2, "quote", "q0", `"><script>x</script>`}},
			`<span class="hl hl-quote" data-ann="q0" title="&#34;&gt;&lt;script&gt;x&lt;/script&gt;">ab</span>`},
		{"out of range and empty", "ab", []annotation{{-5, 1, "time", "t0", "T"}, {1, 99, "time", "t1", "U"}, {1, 1, "time", "t2", "V"}},
			`<span class="hl hl-time" data-ann="t0" title="T">a</span><span class="hl hl-time" data-ann="t1" title="U">b</span>`},
		{"inside a rune", "é!", []annotation{{1, 3, "event", "e0", "E"}},
			`<span class="hl hl-event" data-ann="e0" title="E">é!</span>`},
	}
	for _, tc := range tests {
		if got := string(highlight(tc.text, tc.anns)); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

var tag = regexp.MustCompile(`<[^>]*>`)

// checkHighlight asserts that the markup is balanced spans only and that
// removing it gives back the text.
func checkHighlight(t *testing.T, text string, anns []annotation) {
	out := string(highlight(text, anns))
	depth := 0
	for _, m := range tag.FindAllString(out, -1) {
		switch {
		case m == "</span>":
			depth--
		case strings.HasPrefix(m, `<span class="hl hl-`):
			depth++
		default:
			t.Fatalf("unexpected tag %q in %q", m, out)
		}
		if depth < 0 {
			t.Fatalf("unbalanced markup %q", out)
		}
	}
	if depth != 0 {
		t.Fatalf("unbalanced markup %q", out)
	}
	if strings.ToValidUTF8(text, "\uFFFD") == text {
		if got := html.UnescapeString(tag.ReplaceAllString(out, "")); got != text {
			t.Fatalf("text changed: %q -> %q", text, got)
		}
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Ana said \"<script>go</script>\" on Monday.", 0, 3, 9, 30, 4, 8)
	f.Add("ü€x", 1, 2, 0, 7, 3, 3)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		anns := []annotation{
			{a, b, "actor", "a0", "A"}, {c, d, "quote", "q0", "Q"}, {e, g, "event", "e0", "E"}, {a, d, "time", "t0", "T"},
		}
		checkHighlight(t, text, anns)
	})
}
