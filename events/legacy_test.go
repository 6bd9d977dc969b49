package events

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/internal/shared"
)

func TestImportVerbsInline(t *testing.T) {
	tabari := `ATTACK  [190] ;x
- * + WITH_ ROCKETS  [195] ;y
- NOT *  [120]
MEET_WITH [040]
ABUS  [---]
- * + PRISONER  [182]
`
	lx, err := ImportVerbs(strings.NewReader(tabari), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range []string{"attack", "abuse", "meet"} {
		for _, p := range lx.stemPatterns(w) {
			got = append(got, p.String())
		}
	}
	want := []string{
		"verb attack obj=rockets prep=with -> ASSAULT 195",
		"verb attack -> ASSAULT 190",
		"verb abus obj=prisoner -> ASSAULT 182",
		"verb meet prep=with -> CONSULT 040",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestImportVerbsPetrarchInline(t *testing.T) {
	petr := `&WEAPON
+MISSILE
+ROCKET_LAUNCHER

--- STRIKE  [190] ---
STRIKE {STRUCK STRIKING}
HIT [---]
- * &WEAPON  [195]  # HIT
- * AGREEMENT  [057]  # STRIKE
`
	lx, err := ImportVerbs(strings.NewReader(petr), "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range []string{"strike", "hit"} {
		for _, p := range lx.Patterns(KindVerb, w) {
			got = append(got, p.String())
		}
	}
	want := []string{
		"verb strike obj=agreement -> AGREE 057",
		"verb strike -> ASSAULT 190",
		"verb hit obj=missile|rocket -> ASSAULT 195",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestImportVerbsRejectsJunk(t *testing.T) {
	if _, err := ImportVerbs(strings.NewReader("hello world\n"), "x.txt"); err == nil {
		t.Error("want an error for a file without coded verbs")
	}
	_, err := ImportVerbs(strings.NewReader("ATTACK [190]\n- + WITH ROCKETS [195]\n"), "x.verbs")
	if err == nil || !strings.HasPrefix(err.Error(), "x.verbs:2:") {
		t.Errorf("want x.verbs:2: error, got %v", err)
	}
}

func TestImportSharedDictionaries(t *testing.T) {
	for _, p := range [][]string{
		{"data", "tabari", "CAMEO.091003.master.verbs"},
		{"data", "petrarch2", "dictionaries", "CAMEO.2.0.txt"},
		{"data", "petrarch2", "dictionaries", "PETR.Validate.verbs.txt"},
	} {
		path := shared.Path(t, p...)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		lx, err := ImportVerbs(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if lx.Len() < 50 {
			t.Errorf("%s: only %d patterns", path, lx.Len())
		}
		t.Logf("%s: %d patterns", p[len(p)-1], lx.Len())
	}
}
