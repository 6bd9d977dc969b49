package quotes

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-nlp/parley/document"
)

// actorSpec is a hand-set actor: its mentions are every occurrence of the
// given strings (longest first, never overlapping).
type actorSpec struct {
	name, typ, country, sector, role string
	mentions                         []string
}

var (
	voss   = actorSpec{"Arlen Voss", "person", "VLM", "GOV", "Foreign Minister of Velmar", []string{"Arlen Voss", "Mr. Voss", "Voss"}}
	ortiz  = actorSpec{"Lina Ortiz", "person", "KSR", "GOV", "Prime Minister of Kassar", []string{"Lina Ortiz", "Ms. Ortiz"}}
	varga  = actorSpec{"Ilse Varga", "person", "VLM", "GOV", "President of Velmar", []string{"President Ilse Varga", "Ilse Varga", "the Velmari leader"}}
	velmar = actorSpec{"Velmar", "state", "VLM", "GOV", "", []string{"Velmar"}}
	ledger = actorSpec{"The Daily Ledger", "organization", "VLM", "MED", "", []string{"The Daily Ledger"}}
)

// build makes a Document by hand: text, sentences from the stage's own
// splitter, and actors with mentions (STYLE.md practice 11).
func build(text string, specs ...actorSpec) *document.Document {
	d := document.New("t", "2026-01-10", text)
	for _, s := range splitSentences(text) {
		d.Sentences = append(d.Sentences, document.Sentence{Span: s})
	}
	var taken []document.Span
	d.Actors = []document.Actor{}
	for i, sp := range specs {
		a := document.Actor{ID: fmt.Sprintf("A%d", i+1), Name: sp.name, Type: sp.typ, Country: sp.country, Sector: sp.sector, Role: sp.role}
		ms := append([]string(nil), sp.mentions...)
		sort.Slice(ms, func(x, y int) bool { return len(ms[x]) > len(ms[y]) })
		for _, m := range ms {
			for off := 0; ; {
				j := strings.Index(text[off:], m)
				if j < 0 {
					break
				}
				span := document.Span{Start: off + j, End: off + j + len(m)}
				off = span.End
				free := true
				for _, t := range taken {
					if t.Overlaps(span) {
						free = false
					}
				}
				if free {
					taken = append(taken, span)
					a.Mentions = append(a.Mentions, document.Mention{Span: span, Kind: "name"})
				}
			}
		}
		d.Actors = append(d.Actors, a)
	}
	return d
}

// line prints a quote as one line: kind, text, speaker name, cue.
func line(d *document.Document, q document.Quote) string {
	sp := "-"
	if q.Speaker >= 0 {
		sp = d.Actors[q.Speaker].Name
		if c := d.Actors[q.Speaker].Country; c != "" {
			sp += "/" + c
		}
	}
	cue := ""
	if q.Cue.Len() > 0 {
		cue = " cue=" + d.SpanText(q.Cue)
	}
	return fmt.Sprintf("%s %q %s%s", q.Kind, d.SpanText(q.Span), sp, cue)
}

func run1(t *testing.T, d *document.Document) string {
	t.Helper()
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range d.Quotes {
		out = append(out, line(d, q))
	}
	return strings.Join(out, " | ")
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		actors []actorSpec
		want   string
	}{
		{"straight quotes, inverted order", `"We will not yield," said Voss.`, []actorSpec{voss},
			`direct "We will not yield," Arlen Voss/VLM cue=said`},
		{"curly quotes, pronoun from the sentence before", "Lina Ortiz arrived on Monday.\n“The talks went well,” she said.", []actorSpec{ortiz},
			`direct "The talks went well," Lina Ortiz/KSR cue=said`},
		{"interrupted by its attribution", "Mr. Voss spoke at noon. “We are ready,” he said. “But not at any price.”", []actorSpec{voss},
			`direct "We are ready," Arlen Voss/VLM cue=said | direct "But not at any price." Arlen Voss/VLM`},
		{"interrupted mid-sentence", "“We will hold the line,” Voss said, “and we will not bargain.”", []actorSpec{voss},
			`direct "We will hold the line," Arlen Voss/VLM cue=said | direct "and we will not bargain." Arlen Voss/VLM cue=said`},
		{"single quotes around apostrophes", "‘Kassar’s offer wasn’t serious,’ Ms. Ortiz said.", []actorSpec{ortiz},
			`direct "Kassar’s offer wasn’t serious," Lina Ortiz/KSR cue=said`},
		{"guillemets after a colon", "Ms. Ortiz said: «We remain firm.»", []actorSpec{ortiz},
			`direct "We remain firm." Lina Ortiz/KSR cue=said`},
		{"nested quotation is one record", "“He told me ‘never again’ and left,” said Voss.", []actorSpec{voss},
			`direct "He told me ‘never again’ and left," Arlen Voss/VLM cue=said`},
		{"several sentences in one quotation", "“We came. We talked. We left,” Voss said.", []actorSpec{voss},
			`direct "We came. We talked. We left," Arlen Voss/VLM cue=said`},
		{"newspaper convention over paragraphs", "Voss told reporters: “First we wait.\n“Then we decide.\n“Then we act.”", []actorSpec{voss},
			`direct "First we wait." Arlen Voss/VLM cue=told | direct "Then we decide." Arlen Voss/VLM | direct "Then we act." Arlen Voss/VLM`},
		{"editorial brackets kept", "“The [peace] plan is dead,” Voss said.", []actorSpec{voss},
			`direct "The [peace] plan is dead," Arlen Voss/VLM cue=said`},
		{"unbalanced mark recovered at paragraph end", "Voss said: “We will wait and see\nThe ministers then left the hall without comment.", []actorSpec{voss},
			`direct "We will wait and see" Arlen Voss/VLM cue=said`},
		{"partial quotation in reported speech", "Velmar says any deal must respect the “facts” of the map.", []actorSpec{velmar},
			`indirect "any deal must respect the “facts” of the map" Velmar/VLM cue=says | partial "facts" Velmar/VLM cue=says`},
		{"quoted heading is no quote", "‘Fortress Doctrine’\nThe ministers met in the capital.", nil, ``},
		{"a transcript's answers are the speaker's", "Press briefing\n\nQuestion: Will Velmar respond?\n\nArlen Voss: Velmar rejects the claims. We will respond.", []actorSpec{voss},
			`indirect "Velmar rejects the claims" Arlen Voss/VLM cue=Arlen Voss: | indirect "We will respond" Arlen Voss/VLM cue=Arlen Voss:`},
		{"a signed heading line", "Velmar will hold the line - Arlen Voss\n\nThe minister spoke in the capital.", []actorSpec{voss},
			`indirect "Velmar will hold the line" Arlen Voss/VLM cue=- Arlen Voss`},
		{"a dateline before the first sentence signs nothing", "KASSAR CITY (AP) — Arlen Voss said on Monday that Velmar would not accept the plan put forward last week.\n\nThe talks ended.", []actorSpec{voss},
			`indirect "Velmar would not accept the plan put forward last week" Arlen Voss/VLM cue=said`},
		{"scare-quoted term is no quote", "The so-called “Grand Bargain” was shelved.", nil, ``},
		{"reported with that", "Arlen Voss said that the border would stay closed.", []actorSpec{voss},
			`indirect "the border would stay closed" Arlen Voss/VLM cue=said`},
		{"according to", "According to Ms. Ortiz, the deal is off.", []actorSpec{ortiz},
			`indirect "the deal is off" Lina Ortiz/KSR cue=According to`},
		{"the addressee is not the speaker", "Voss told The Daily Ledger that sanctions would follow.", []actorSpec{voss, ledger},
			`indirect "sanctions would follow" Arlen Voss/VLM cue=told`},
		{"warned without that", "Ms. Ortiz warned the blockade would hurt both sides.", []actorSpec{ortiz},
			`indirect "the blockade would hurt both sides" Lina Ortiz/KSR cue=warned`},
		{"passive quoted as saying", "Voss was quoted as saying the border would reopen.", []actorSpec{voss},
			`indirect "the border would reopen" Arlen Voss/VLM cue=quoted as saying`},
		{"apposition", "Mr. Voss, the Velmar foreign minister, said the talks had failed.", []actorSpec{voss, velmar},
			`indirect "the talks had failed" Arlen Voss/VLM cue=said`},
		{"description through the actors layer", "“We will rebuild,” the Velmari leader said.", []actorSpec{varga},
			`direct "We will rebuild," Ilse Varga/VLM cue=said`},
		{"institution speaker takes the country under discussion", "Velmar closed its embassy on Friday.\n“No deal is possible,” the mission said in a statement.", []actorSpec{velmar},
			`direct "No deal is possible," mission/VLM cue=said`},
		{"unnamed official appended with country", "A State Department spokesperson told reporters: “We deny it.”", nil,
			`direct "We deny it." State Department spokesperson/USA cue=told`},
		{"standalone quote after a named speaker", "President Ilse Varga opened the summit.\n“We need a plan by winter.”", []actorSpec{varga},
			`direct "We need a plan by winter." Ilse Varga/VLM`},
		{"statement header", "The below is attributable to Spokesperson Mara Quill:\nThe minister met her counterpart today.", nil,
			`indirect "The minister met her counterpart today" Spokesperson Mara Quill cue=attributable to`},
		{"it resolves to a state", "Velmar closed the crossing.\nIt said the decision was final.", []actorSpec{velmar},
			`indirect "the decision was final" Velmar/VLM cue=said`},
		{"wire style, age apposition", "Arlen Voss, 54, told reporters on Tuesday that the deal was dead.", []actorSpec{voss},
			`indirect "the deal was dead" Arlen Voss/VLM cue=told`},
		{"inverted name not among the actors", "“The door is open,” said Maria Lind, a ministry spokeswoman.", nil,
			`direct "The door is open," Maria Lind cue=said`},
		{"bare officials are nobody in particular", "Officials said the road would reopen.", nil,
			`indirect "the road would reopen" - cue=said`},
		{"the author's own statement is not reported", "We urge every side to stop the fighting.", nil, ``},
		{"reported speech continues without a cue", "Voss said the border would stay closed. Trade must wait until spring.", []actorSpec{voss},
			`indirect "the border would stay closed" Arlen Voss/VLM cue=said | indirect "Trade must wait until spring" Arlen Voss/VLM cue=said`},
		{"narrative after reported speech is not reported", "Voss said the border would stay closed. The ministers left at noon.", []actorSpec{voss},
			`indirect "the border would stay closed" Arlen Voss/VLM cue=said`},
		{"a bare role resolves to its latest holder", "Ms. Ortiz met Arlen Voss in the morning.\n“We agree on little,” the minister said.", []actorSpec{ortiz, voss},
			`direct "We agree on little," Arlen Voss/VLM cue=said`},
		{"the Head of State is the leader the readout opens with", "Headline of a readout\nIlse Varga spoke with Lina Ortiz.\nThe Head of State noted that trade must grow.", []actorSpec{varga, ortiz},
			`indirect "trade must grow" Ilse Varga/VLM cue=noted`},
		{"the presidents speak as a group", "Headline of a readout\nIlse Varga spoke with Lina Ortiz. Ilse Varga thanked Ms. Ortiz.\nThe presidents expressed hope that the talks would go on.", []actorSpec{varga, ortiz},
			`indirect "Ilse Varga thanked Ms. Ortiz" Ilse Varga/VLM cue=thanked | indirect "the talks would go on" Ilse Varga and Lina Ortiz cue=expressed`},
		{"statement quoted over paragraphs without reopening", "“Ilse Varga said the port would reopen.\n\nShe thanked the mediators.”", []actorSpec{varga},
			`direct "Ilse Varga said the port would reopen.\n\nShe thanked the mediators." -`},
		{"noun uses of cue words are not cues", "The guarantor states met in the hall.", nil, ``},
		{"a cue word inside the speaker's name is no cue", "Kassar troops shelled the port overnight, the state news agency said.", nil,
			`indirect "Kassar troops shelled the port overnight" state news agency cue=said`},
		{"a country's leaders speak for it", "Kenyan leaders said the border would stay closed.", nil,
			`indirect "the border would stay closed" Kenyan leaders/KEN cue=said`},
		{"bare leaders are nobody in particular", "Leaders said the border would stay closed.", nil,
			`indirect "the border would stay closed" - cue=said`},
		{"a cue word opening the speaker's name", "The talks broke down at dawn, state television reported.", nil,
			`indirect "The talks broke down at dawn" - cue=reported`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := run1(t, build(tc.text, tc.actors...))
			if got != tc.want {
				t.Errorf("\ntext: %s\n got: %s\nwant: %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestQuotesNonNilWhenEmpty(t *testing.T) {
	d := build("Nothing happened here at all.")
	run1(t, d)
	if d.Quotes == nil || len(d.Quotes) != 0 {
		t.Fatalf("Quotes = %#v, want empty non-nil", d.Quotes)
	}
}

func TestInflect(t *testing.T) {
	for _, tc := range []struct{ lemma, want string }{
		{"stress", "stress stresses stressed stressing"},
		{"note", "note notes noted noting"},
		{"deny", "deny denies denied denying"},
		{"say", "say says sayed saying"}, // irregulars are listed in the data file
	} {
		f := inflect(tc.lemma)
		if got := strings.Join(f[:], " "); got != tc.want {
			t.Errorf("inflect(%q) = %q, want %q", tc.lemma, got, tc.want)
		}
	}
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"said", "told", "emphasised", "reiterates", "insisting"} {
		if !lx.IsCue(w) {
			t.Errorf("IsCue(%q) = false", w)
		}
	}
	if lx.IsCue("table") {
		t.Errorf("IsCue(table) = true")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We will not yield," said Voss.`,
		"“Open\n“Still open\n\n‘x’ «y» \"z",
		"According to Voss, it's over. He said: 'fine'",
		"The below is attributable to X:\nA. B.",
		"\xff“\"'’‘«»",
	} {
		f.Add(s)
	}
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := build(text, voss)
		if len(text) > 3 {
			d.Actors[0].Mentions = append(d.Actors[0].Mentions, document.Mention{Span: document.Span{Start: 0, End: 3}, Kind: "name"})
		}
		if err := st.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("bad span %v", q.Span)
			}
			if !utf8.ValidString(text[q.Start:q.End]) {
				t.Fatalf("span %v splits a character", q.Span)
			}
			if q.Speaker < -1 || q.Speaker >= len(d.Actors) {
				t.Fatalf("bad speaker %d", q.Speaker)
			}
		}
	})
}

// TestSyntaxSubject: when the word order hides the subject (a parenthesis
// between it and the verb), the parser's nsubj names the speaker.
func TestSyntaxSubject(t *testing.T) {
	d := build("Velmar (which hosts the talks) said the road was closed.", velmar)
	ws := scanWords(d.Text)
	said := -1
	for i, w := range ws {
		d.Tokens = append(d.Tokens, document.Token{Span: w.Span, Head: 7, DepRel: "dep"})
		if w.lower == "said" {
			said = i
		}
	}
	if said != 7 {
		t.Fatalf("test tokenizer: said at %d", said)
	}
	d.Tokens[7].Head, d.Tokens[7].DepRel = document.RootHead, "root"
	d.Tokens[0].DepRel = "nsubj"
	d.Sentences[0].FirstToken, d.Sentences[0].EndToken = 0, len(d.Tokens)
	got := run1(t, d)
	want := `indirect "the road was closed" Velmar/VLM cue=said`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// Without the parse the subject is not found.
	d2 := build(d.Text, velmar)
	if got := run1(t, d2); got == want {
		t.Errorf("without syntax the speaker should be unknown, got %s", got)
	}
}

// TestReportedCues: each common cue verb reports its sentence with the
// subject as speaker and the clause after "that" as content.
func TestReportedCues(t *testing.T) {
	for _, verb := range []string{"said", "says", "warned", "stressed", "noted", "reiterated", "denied",
		"emphasized", "emphasised", "announced", "insisted", "pointed out", "argued", "confirmed"} {
		d := build("Arlen Voss "+verb+" that the border would stay closed.", voss)
		got := run1(t, d)
		want := `indirect "the border would stay closed" Arlen Voss/VLM cue=` + verb
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", verb, got, want)
		}
	}
}

// Names of operations, forums and seas are no persons.
func TestNoPersonFromNonNames(t *testing.T) {
	for _, text := range []string{
		"Operation Granite Shield said the port would stay closed.",
		"Kassar Peace Forum said the talks would resume.",
		"Red Sea said the ships would wait.",
	} {
		d := build(text, voss)
		run1(t, d)
		for _, a := range d.Actors {
			if a.Type == "person" && a.Name != "Arlen Voss" {
				t.Errorf("%q: person %q made of a name that is not a person's", text, a.Name)
			}
		}
	}
}

// A place the actors stage named is no person's name, even where a
// speaker is looked for ("..., in North Kassar State, Ardan radio
// reported"). Text invented.
func TestPlaceIsNoSpeaker(t *testing.T) {
	text := "The curfew was lifted in North Kassar State, Ardan radio reported."
	d := build(text)
	i := strings.Index(text, "North Kassar")
	d.Places = []document.Place{{Span: document.Span{Start: i, End: i + len("North Kassar")}, Country: "KSR"}}
	got := run1(t, d)
	if strings.Contains(got, "North Kassar\"") || strings.Contains(got, " North Kassar cue") {
		t.Errorf("a place read as the speaker: %s", got)
	}
	for _, a := range d.Actors {
		if a.Type == "person" {
			t.Errorf("person %q made of a place", a.Name)
		}
	}
}

// "Velmar closed the road, witnesses said": the parser's subject is a
// common noun after what was said; the state named in the content is not
// the speaker, nor is it for generic sources and local offices. Sentences
// invented.
func TestUnknownSubjectAfterContent(t *testing.T) {
	for _, tc := range []struct {
		subject []string // the subject's words, its head last
		want    string
	}{
		{[]string{"witnesses"}, `indirect "Velmar closed the road on Sunday" - cue=said`},
		{[]string{"officials"}, `indirect "Velmar closed the road on Sunday" - cue=said`},
		{[]string{"a", "local", "official"}, `indirect "Velmar closed the road on Sunday" local official cue=said`},
		{[]string{"local", "authorities"}, `indirect "Velmar closed the road on Sunday" local authorities cue=said`},
	} {
		text := "Velmar closed the road on Sunday, " + strings.Join(tc.subject, " ") + " said."
		d := build(text, velmar)
		words := append(append([]string{"Velmar", "closed", "the", "road", "on", "Sunday", ","}, tc.subject...), "said", ".")
		n := len(tc.subject)
		head, said := 7+n, 8+n // 1-based: the subject's head, the verb
		heads := []int{2, said, 4, 2, 6, 2, head}
		rels := []string{"nsubj", "ccomp", "det", "obj", "case", "obl", "punct"}
		upos := []string{"PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"}
		for k := range tc.subject {
			if k == n-1 {
				heads, rels, upos = append(heads, said), append(rels, "nsubj"), append(upos, "NOUN")
			} else {
				heads, rels, upos = append(heads, head), append(rels, "amod"), append(upos, "ADJ")
			}
		}
		heads, rels, upos = append(heads, 0, said), append(rels, "root", "punct"), append(upos, "VERB", "PUNCT")
		off := 0
		for i, w := range words {
			off += strings.Index(text[off:], w)
			d.Tokens = append(d.Tokens, document.Token{Span: document.Span{Start: off, End: off + len(w)}, UPOS: upos[i],
				DepRel: rels[i], Head: heads[i] - 1})
			off += len(w)
		}
		d.Tokens[said-1].Head = document.RootHead
		d.Sentences[0].FirstToken, d.Sentences[0].EndToken = 0, len(d.Tokens)
		if got := run1(t, d); got != tc.want {
			t.Errorf("%s\n got  %s\n want %s", text, got, tc.want)
		}
	}
}
