package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// render shows text's tokens joined by "|" and sentences joined by "‖".
func render(r *Rules, text string) string {
	toks := r.Tokens(text)
	var b strings.Builder
	for si, s := range r.Sentences(text, toks) {
		if si > 0 {
			b.WriteString("‖")
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if i > s.FirstToken {
				b.WriteString("|")
			}
			b.WriteString(text[toks[i].Start:toks[i].End])
		}
	}
	return b.String()
}

// The sentences below are invented for these tests.
var tokenizeCases = []struct{ in, want string }{
	// Clitics, straight and curly.
	{"Mr. Okafor didn't come.", "Mr.|Okafor|did|n't|come|."},
	{"They can't and won't.", "They|ca|n't|and|wo|n't|."},
	{"It's late; they're here, I'm told, we've won, she'd go, you'll see.",
		"It|'s|late|;|they|'re|here|,|I|'m|told|,|we|'ve|won|,|she|'d|go|,|you|'ll|see|."},
	{"It’s the council’s call, and we don’t mind.", "It|’s|the|council|’s|call|,|and|we|do|n’t|mind|."},
	{"I cannot say.", "I|can|not|say|."},
	{"The envoys' cars left.", "The|envoys|'|cars|left|."},
	// Abbreviations and initials.
	{"Dr. Lind met Mrs. Ueda in the U.S. capital.", "Dr.|Lind|met|Mrs.|Ueda|in|the|U.S.|capital|."},
	{"Talks began Jan. 4 at 9 a.m. with J. R. Pell.", "Talks|began|Jan.|4|at|9|a.m.|with|J.|R.|Pell|."},
	{"Bring maps, e.g. the old ones.", "Bring|maps|,|e.g.|the|old|ones|."},
	{"They sold tea, rice, etc. The port closed.", "They|sold|tea|,|rice|,|etc|.‖The|port|closed|."},
	{"Item No. 7 is here.", "Item|No.|7|is|here|."},
	// Numbers and currencies.
	{"It cost $43.5 billion, or 40,000 more.", "It|cost|$|43.5|billion|,|or|40,000|more|."},
	{"Prices rose 12% to €9.99 by 10:30pm.", "Prices|rose|12|%|to|€|9.99|by|10:30|pm|."},
	{"In 1998-1999 call 555-0142 or 212-555-0142.", "In|1998|-|1999|call|555-0142|or|212-555-0142|."},
	{"a 12-point plan", "a|12|-|point|plan"},
	{"over 20+ years, call +44 20 at 2p.m.", "over|20|+|years|,|call|+|44|20|at|2|p.m|."},
	// Hyphens, dashes, brackets, quotes.
	{"a well-known non-profit e-mail", "a|well|-|known|non-profit|e-mail"},
	{"Oslo—which hosted it—agreed.", "Oslo|—|which|hosted|it|—|agreed|."},
	{"pages 4–9 -- roughly", "pages|4|–|9|--|roughly"},
	{"“What [Ms. Ruiz] wants,” she said.", "“|What|[|Ms.|Ruiz|]|wants|,|”|she|said|."},
	{`He said "no" (twice).`, `He|said|"|no|"|(|twice|)|.`},
	{"‘Safe Harbor’", "‘|Safe|Harbor|’"},
	{"the ’90s and ''quoted''", "the|’90s|and|''|quoted|''"},
	// Links and addresses.
	{"See https://example.org/a?b=1, or mail info@example.com.", "See|https://example.org/a?b=1|,|or|mail|info@example.com|."},
	{"Visit www.example.net.", "Visit|www.example.net|."},
	// Slashes, ampersands, emoticons.
	{"and/or w/o 3/4 on 10/22/2001 AT&T", "and|/|or|w/o|3|/|4|on|10/22/2001|AT&T"},
	{"Great trip! :)", "Great|trip|!|:)"},
	{"Really?! No way...", "Really|?!‖No|way|..."},
}

var splitCases = []struct{ in, want string }{
	{"It rained. We left.", "It|rained|.‖We|left|."},
	{"He arrived last week.At the talks, he spoke.", "He|arrived|last|week|.‖At|the|talks|,|he|spoke|."},
	{"“We are ready.” The minister left.", "“|We|are|ready|.|”‖The|minister|left|."},
	{"He said “stop.”“Go on,” she said.", "He|said|“|stop|.|”‖“|Go|on|,|”|she|said|."},
	{"(It was late.) Then it rained.", "(|It|was|late|.|)‖Then|it|rained|."},
	{"Mr. Haas and Gen. Oduya met.", "Mr.|Haas|and|Gen.|Oduya|met|."},
	{"The rate is 3.5 percent. It rose.", "The|rate|is|3.5|percent|.‖It|rose|."},
	{"Wait... Really? Yes!", "Wait|...‖Really|?‖Yes|!"},
	{"when and how ... to act", "when|and|how|...|to|act"},
	{"A Quiet Harbor\nThe ships left at dawn.", "A|Quiet|Harbor‖The|ships|left|at|dawn|."},
	{"No final stop here\n\nnext paragraph", "No|final|stop|here‖next|paragraph"},
	{"These are the steps: 1. Open the door.", "These|are|the|steps|:|1|.|Open|the|door|."},
	// a wire dateline is a sentence of its own; a short capital word before a dash is no place
	{"SANTIAGO (Reuters) — Chile recalled its envoy.", "SANTIAGO|(|Reuters|)|—‖Chile|recalled|its|envoy|."},
	{"PORT LOUIS, Mauritius: Talks resumed.", "PORT|LOUIS|,|Mauritius|:‖Talks|resumed|."},
	{"LIMA, March 3 (Reuters) - Peru voted.", "LIMA|,|March|3|(|Reuters|)|-‖Peru|voted|."},
	{"Talks ended.\nOSLO — The envoys left.", "Talks|ended|.‖OSLO|—‖The|envoys|left|."},
	{"PS -- Bring the maps.", "PS|--|Bring|the|maps|."},
	{"The vote — NATO said — was close.", "The|vote|—|NATO|said|—|was|close|."},
	{"ok. see you soon", "ok|.‖see|you|soon"},
	{"The delegation met the foreign minister on Tuesday and discussed\nthe truce.",
		"The|delegation|met|the|foreign|minister|on|Tuesday|and|discussed|the|truce|."},
	{"The delegation met the foreign minister on Tuesday and reviewed the\nBorder Commission report.",
		"The|delegation|met|the|foreign|minister|on|Tuesday|and|reviewed|the|Border|Commission|report|."},
	{"Talks Resume\n“We are hopeful,” she said.", "Talks|Resume‖“|We|are|hopeful|,|”|she|said|."},
	{"He left.\nShe stayed", "He|left|.‖She|stayed"},
	{"Stocks fell (sharply). Bonds rose!” Then", "Stocks|fell|(|sharply|)|.‖Bonds|rose|!|”‖Then"},
	{"The U.S. Navy sailed. It docked in the U.S. The crew rested.",
		"The|U.S.|Navy|sailed|.‖It|docked|in|the|U.S|.‖The|crew|rested|."},
	{"Notes\n-----\nFirst point", "Notes‖-----‖First|point"},
	{`He said: "We will win." Then he left.`, `He|said|:|"|We|will|win|.|"‖Then|he|left|.`},
	{`"Not now," she said. "Later."`, `"|Not|now|,|"|she|said|.‖"|Later|.|"`},
	{"The U.S.-led talks and the U.N. Security Council.", "The|U.S.|-|led|talks|and|the|U.N.|Security|Council|."},
	{"", ""},
	{"   \n\t ", ""},
}

func TestTokenize(t *testing.T) {
	r := English()
	for _, c := range tokenizeCases {
		if got := render(r, c.in); strings.ReplaceAll(got, "‖", "|") != strings.ReplaceAll(c.want, "‖", "|") {
			t.Errorf("%q\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestSplit(t *testing.T) {
	r := English()
	for _, c := range append(splitCases, tokenizeCases...) {
		if got := render(r, c.in); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestStage(t *testing.T) {
	doc := document.New("d1", "2024-07-17", "Ms. Vale spoke. Nobody listened.")
	s := New()
	if s.Name() != "tokenize" {
		t.Fatalf("Name() = %q", s.Name())
	}
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) != 7 || len(doc.Sentences) != 2 {
		t.Fatalf("got %d tokens, %d sentences", len(doc.Tokens), len(doc.Sentences))
	}
	for i, tok := range doc.Tokens {
		if tok.Head != document.NoHead {
			t.Errorf("token %d: Head = %d, want NoHead", i, tok.Head)
		}
	}
	if got := doc.SpanText(doc.Sentences[1].Span); got != "Nobody listened." {
		t.Errorf("second sentence = %q", got)
	}
	empty := document.New("d2", "", "")
	if err := s.Process(empty); err != nil || empty.Tokens == nil || empty.Sentences == nil {
		t.Errorf("empty text: err %v, tokens %v, sentences %v", err, empty.Tokens, empty.Sentences)
	}
}

// checkInvariants fails when toks or sents break the package invariants.
func checkInvariants(t *testing.T, text string, toks []document.Span, sents []document.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range toks {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("token %d %v out of order (prev end %d, len %d)", i, s, prev, len(text))
		}
		if strings.TrimSpace(text[prev:s.Start]) != "" {
			t.Fatalf("gap before token %d is not whitespace: %q", i, text[prev:s.Start])
		}
		if !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Fatalf("token %d %v splits a UTF-8 sequence in %q", i, s, text)
		}
		prev = s.End
	}
	if strings.TrimSpace(text[prev:]) != "" {
		t.Fatalf("text after the last token is not whitespace: %q", text[prev:])
	}
	next := 0
	for i, s := range sents {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(toks) {
			t.Fatalf("sentence %d covers [%d,%d), want start %d of %d", i, s.FirstToken, s.EndToken, next, len(toks))
		}
		if s.Start != toks[s.FirstToken].Start || s.End != toks[s.EndToken-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", i, s.Span)
		}
		next = s.EndToken
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

// boundary reports whether offset i of text does not fall inside a valid
// UTF-8 sequence.
func boundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	if utf8.RuneStart(text[i]) {
		return true
	}
	// A continuation byte: fine only when it does not belong to a valid
	// sequence that starts before i.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			r, n := utf8.DecodeRuneInString(text[j:])
			return r == utf8.RuneError && n <= 1 || j+n <= i
		}
	}
	return true
}

func TestInvariantsOnCases(t *testing.T) {
	r := English()
	for _, c := range append(splitCases, tokenizeCases...) {
		toks := r.Tokens(c.in)
		checkInvariants(t, c.in, toks, r.Sentences(c.in, toks))
	}
}

func fuzzSeeds(f *testing.F) {
	for _, c := range append(splitCases, tokenizeCases...) {
		f.Add(c.in)
	}
	f.Add("a\xffb\xe2\x80 don\xe2\x80\x99t ‘’ \xe2\x80\x94x")
	f.Add("http://x.y/(a) ..@.. #1 <<a>> '' 5pm")
}

func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	r := English()
	f.Fuzz(func(t *testing.T, text string) {
		toks := r.Tokens(text)
		checkInvariants(t, text, toks, r.Sentences(text, toks))
	})
}

func FuzzSplit(f *testing.F) {
	fuzzSeeds(f)
	r := English()
	f.Fuzz(func(t *testing.T, text string) {
		doc := document.New("fuzz", "", text)
		if err := New().Process(doc); err != nil {
			t.Fatal(err)
		}
		spans := make([]document.Span, len(doc.Tokens))
		for i, tok := range doc.Tokens {
			spans[i] = tok.Span
		}
		checkInvariants(t, text, spans, doc.Sentences)
		// The stage and the two functions agree.
		if got := r.Sentences(text, spans); len(got) != len(doc.Sentences) {
			t.Fatalf("Sentences gave %d, stage %d", len(got), len(doc.Sentences))
		}
	})
}
