package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/internal/shared"
)

// An invented dictionary in the PETRARCH/Phoenix layout.
const petrSample = `# test dictionary
<!-- a comment
spanning lines -->
ZARA_VELKOVA_  # invented person
+PRESIDENT_VELKOVA_
	[NORELI 950101-120630]
	[NORGOV 120701-190630]
	[NORELI]
PLAINS_LIBERATION_FRONT [SDNREB]
DORLAND_ [NLD]
!PERSON! = MAN, MEN
COAST_WATCHER {COAST_WATCHERS} [~MIL] # an agent
`

func TestParsePetrarch(t *testing.T) {
	es, warns, err := ParsePetrarch(strings.NewReader(petrSample), "sample.actors")
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	var got []string
	for _, e := range es {
		line := e.Type + " " + e.Name + " " + e.Country + "/" + e.Sector
		for _, r := range e.Roles {
			line += " [" + r.Country + r.Sector + " " + r.Start + ".." + r.End + "]"
		}
		got = append(got, line)
	}
	want := []string{
		"person ZARA VELKOVA NOR/ [NOR 1995-01-01..2012-06-30] [NORGOV 2012-07-01..2019-06-30]",
		"organization PLAINS LIBERATION FRONT SDN/REB",
		"state DORLAND NLD/",
		"title COAST WATCHER /MIL",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestParsePetrarchErrors: malformed lines are skipped with file:line
// warnings, and the rest of the dictionary still loads.
func TestParsePetrarchErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"+ALIAS_\n", "bad.actors:1: alias line before any actor"},
		{"\t[USAGOV 010203-020304]\n", "bad.actors:1: code line before any actor"},
		{"NAME_ [USAGOV\n", "bad.actors:1: unclosed [ in \"[USAGOV\""},
	}
	for _, c := range cases {
		_, warns, err := ParsePetrarch(strings.NewReader(c.src), "bad.actors")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(warns) > 0 {
			got = warns[0].Error()
		}
		if got != c.want {
			t.Errorf("ParsePetrarch(%q)\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

// TestWithFile imports a dictionary next to the embedded registry: dated
// codes decide the country and sector, and names match case-insensitively.
func TestWithFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.actors")
	if err := os.WriteFile(path, []byte(petrSample), 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := WithFile(mustDefault(t), path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ date, text, want string }{
		{"2015-05-05", "President Velkova arrived.", "ZARA VELKOVA/person/NOR/GOV[President Velkova]"},
		{"2005-05-05", "Zara Velkova arrived.", "ZARA VELKOVA/person/NOR/[Zara Velkova]"},
		{"2015-05-05", "The Plains Liberation Front attacked.", "PLAINS LIBERATION FRONT/organization/SDN/REB[Plains Liberation Front]"},
		{"2015-05-05", "Dorland protested.", "Netherlands/state/NLD/GOV[Dorland]"},
	} {
		doc := document.New("t", c.date, c.text)
		if got := summary(doc, Find(reg, doc)); got != c.want {
			t.Errorf("%s %q\n got: %s\nwant: %s", c.date, c.text, got, c.want)
		}
	}
}

// TestPhoenixDictionaries imports the Phoenix dictionaries from the shared
// data (skipped without it) and resolves a few undisputed records.
func TestPhoenixDictionaries(t *testing.T) {
	dir := shared.Path(t, "data", "petrarch2", "dictionaries")
	reg := mustDefault(t)
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "PETR.Validate.actors.txt"} {
		var err error
		if reg, err = WithFile(reg, filepath.Join(dir, f)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	// Alan García was President of Peru in 1985-1990 and 2006-2011; our
	// registry does not list him, the imported one does.
	doc := document.New("t", "2008-06-01", "Alan Garcia met Kofi Annan.")
	got := summary(doc, Find(reg, doc))
	for _, want := range []string{"/person/PER/GOV", "Kofi Annan/person/UN/IGO"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s, want it to contain %s", got, want)
		}
	}
	t.Logf("%d entries after import; %s", len(reg.Entries), got)
}

func FuzzParsePetrarch(f *testing.F) {
	f.Add(petrSample)
	f.Add("A_ [B 1-2]\n+C {D} [~E]\n\t[FFF >991231]\n")
	f.Fuzz(func(t *testing.T, src string) {
		es, _, err := ParsePetrarch(strings.NewReader(src), "fuzz.actors")
		if err != nil {
			return
		}
		if _, err := NewRegistry(es); err != nil {
			return
		}
	})
}
