package actors

import (
	"strings"
	"testing"
)

func TestParseRecord(t *testing.T) {
	src := `# a comment
id: ex-person
name: Anna Example
type: person
alias: A. Example; Anna E.
role: Foreign Minister | DEU | GOV | 2019-03 | 2021
role: President | DEU | GOV | 2022-01-15 | | Bundespraesidialamt
`
	es, err := Parse(strings.NewReader(src), "mem.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 {
		t.Fatalf("got %d records", len(es))
	}
	e := es[0]
	got := []string{e.ID, e.Name, e.Type, strings.Join(e.Aliases, ","),
		e.Roles[0].Start + ".." + e.Roles[0].End, e.Roles[1].Start + ".." + e.Roles[1].End, e.Roles[1].Body}
	want := []string{"ex-person", "Anna Example", "person", "A. Example,Anna E.",
		"2019-03-01..2021-12-31", "2022-01-15..", "Bundespraesidialamt"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if e.Line != 2 {
		t.Errorf("record line %d, want 2", e.Line)
	}
}

func TestParseRejectsMalformed(t *testing.T) {
	cases := []struct{ src, want string }{
		{"id: x\nname: X\ntype: planet\n", "f.txt:1: record x: type \"planet\" is not state, organization, person, title or place"},
		{"id: x\nname: X\ntype: person\ncolour: red\n", "f.txt:4: unknown key \"colour\""},
		{"id: x\nname: X\ntype: person\nrole: President | USA | GOV | 2020-13-01 |\n", "f.txt:4: bad date \"2020-13-01\" (want YYYY, YYYY-MM or YYYY-MM-DD)"},
		{"id: x\nname: X\ntype: person\nrole: President | USA | GOV\n", "f.txt:4: role needs \"Title | Country | Sector | Start | End [| Body]\", got 3 fields"},
		{"id: x\nname: X\ntype: person\nrole: President | USA | GOV | 2020 | 2019\n", "f.txt:4: role ends (2019-12-31) before it starts (2020-01-01)"},
		{"id: x\nname: X\ntype: state\nsector: ARMY\n", "f.txt:4: unknown sector \"ARMY\""},
		{"\n\nname: X\ntype: state\n", "f.txt:3: record has no id"},
		{"id: x\ntype: state\n", "f.txt:1: record x has no name"},
		{"id: x\nid: y\n", "f.txt:2: duplicate id"},
		{"id: x\njust words\n", "f.txt:2: expected \"key: value\", got \"just words\""},
		{"id: x\nname: X\ntype: state\nalias:\n", ""},
	}
	for _, c := range cases {
		_, err := Parse(strings.NewReader(c.src), "f.txt")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("Parse(%q)\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

func TestNewRegistryRejectsDuplicateIDs(t *testing.T) {
	es, err := Parse(strings.NewReader("id: a\nname: A\ntype: state\n\nid: a\nname: B\ntype: state\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewRegistry(es)
	if err == nil || err.Error() != `d.txt:5: duplicate id "a" (first at d.txt:1)` {
		t.Errorf("got %v", err)
	}
}

// TestEmbeddedRegistry checks the shipped data: it loads, every state has a
// three-letter code and a leader office, and roles of one office in one
// country do not overlap (two chancellors at once would be a typo).
func TestEmbeddedRegistry(t *testing.T) {
	reg := mustDefault(t)
	states := 0
	for _, e := range reg.Entries {
		if e.Type == "state" {
			states++
			if len(e.Country) != 3 || strings.ToUpper(e.Country) != e.Country || e.Leader == "" {
				t.Errorf("%s:%d: state %s: country %q leader %q", e.File, e.Line, e.Name, e.Country, e.Leader)
			}
		}
	}
	if states < 195 {
		t.Errorf("only %d states", states)
	}
	type slot struct{ country, office, body string }
	type held struct {
		who        string
		start, end string
	}
	byOffice := map[slot][]held{}
	for _, e := range reg.Entries {
		if e.Type != "person" {
			continue
		}
		for _, r := range e.Roles {
			switch reg.Office(r.Title) {
			case "President", "Prime Minister", "Chancellor", "Foreign Minister", "Defence Minister", "Secretary General":
				k := slot{r.Country, reg.Office(r.Title), r.Body}
				byOffice[k] = append(byOffice[k], held{e.Name, r.Start, r.End})
			}
		}
	}
	for k, hs := range byOffice {
		for i := range hs {
			for j := i + 1; j < len(hs); j++ {
				a, b := hs[i], hs[j]
				if a.who == b.who {
					continue
				}
				aEnd, bEnd := a.end, b.end
				if aEnd == "" {
					aEnd = "9999"
				}
				if bEnd == "" {
					bEnd = "9999"
				}
				// a hand-over day is shared by both holders
				if a.start < bEnd && b.start < aEnd && a.start != bEnd && b.start != aEnd {
					t.Errorf("%v: %s (%s..%s) overlaps %s (%s..%s)", k, a.who, a.start, a.end, b.who, b.start, b.end)
				}
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("id: x\nname: X\ntype: person\nrole: President | USA | GOV | 2020 |\n")
	f.Add("id: x\n\nname\n:\nrole: ||||\n")
	f.Fuzz(func(t *testing.T, src string) {
		es, err := Parse(strings.NewReader(src), "fuzz.txt")
		if err != nil {
			return
		}
		if _, err := NewRegistry(es); err != nil {
			return
		}
	})
}
