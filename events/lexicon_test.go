package events

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLexiconCoversAllTypes(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, m := range lx.byKind {
		for _, ps := range m {
			for _, p := range ps {
				seen[p.Plover]++
			}
		}
	}
	for _, typ := range PloverTypes {
		if seen[typ] < 3 {
			t.Errorf("%s: only %d patterns", typ, seen[typ])
		}
	}
	if !lx.IsLight("hold") || lx.IsLight("attack") {
		t.Error("light verbs: want hold, not attack")
	}
}

func TestParseLexicon(t *testing.T) {
	src := `# comment
light hold
verb call prep=on|upon -> REQUEST 020   # trailing comment
verb call -> CONSULT:phone 041
noun support governed -> SUPPORT 051
adj critical prep=of -> ACCUSE:disapprove 111
`
	lx, err := ParseLexicon(strings.NewReader(src), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range lx.Patterns(KindVerb, "call") {
		got = append(got, p.String())
	}
	got = append(got, lx.Patterns(KindNoun, "support")[0].String(), lx.Patterns(KindAdj, "critical")[0].String())
	want := []string{
		"verb call prep=on|upon -> REQUEST 020",
		"verb call -> CONSULT:phone 041",
		"noun support governed -> SUPPORT 051",
		"adj critical prep=of -> ACCUSE:disapprove 111",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"verb attack -> ATTACK 190", `x.txt:1: unknown PLOVER type "ATTACK"`},
		{"\nverb attack -> ASSAULT 1900x", `x.txt:2: bad CAMEO code "1900x" (want 2-4 digits, root 01-20)`},
		{"verb attack -> ASSAULT 21", `x.txt:1: bad CAMEO code "21" (want 2-4 digits, root 01-20)`},
		{"adverb quickly -> ASSAULT 190", `x.txt:1: unknown kind "adverb" (want verb, noun, adj, eval or light)`},
		{"verb attack ASSAULT 190", `x.txt:1: want KIND LEMMA [CONSTRAINTS] -> PLOVER[:MODE] CAMEO`},
		{"verb attack -> ASSAULT", `x.txt:1: want PLOVER[:MODE] CAMEO after ->`},
		{"verb attack with=x -> ASSAULT 190", `x.txt:1: unknown constraint "with=x"`},
		{"verb attack obj= -> ASSAULT 190", `x.txt:1: empty constraint list`},
		{"light", `x.txt:1: light takes exactly one lemma`},
	}
	for _, tc := range tests {
		_, err := ParseLexicon(strings.NewReader(tc.src), "x.txt")
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.want)
		}
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("verb attack -> ASSAULT 190\n")},
		"b.txt": {Data: []byte("verb meet -> CONSULT 040\nverb bad -> NOPE 040\n")},
	}
	_, err := Load(fsys)
	if err == nil || !strings.HasPrefix(err.Error(), "b.txt:2:") {
		t.Errorf("want b.txt:2 error, got %v", err)
	}
}

func TestCameoPlover(t *testing.T) {
	tests := []struct{ code, want string }{
		{"010", ""}, {"020", "REQUEST"}, {"036", "AGREE"}, {"042", "CONSULT"}, {"051", "SUPPORT"},
		{"057", "AGREE"}, {"064", "COOPERATE"}, {"073", "AID"}, {"0841", "CONCEDE"}, {"0871", "RETREAT"},
		{"090", "ACCUSE"}, {"100", "REQUEST"}, {"112", "ACCUSE"}, {"120", "REJECT"}, {"138", "THREATEN"},
		{"141", "PROTEST"}, {"154", "MOBILIZE"}, {"163", "SANCTION"}, {"173", "COERCE"}, {"183", "ASSAULT"},
		{"190", "ASSAULT"}, {"202", "ASSAULT"}, {"21", ""}, {"x", ""},
	}
	for _, tc := range tests {
		if got, _ := CameoPlover(tc.code); got != tc.want {
			t.Errorf("CameoPlover(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("verb attack -> ASSAULT 190\n")
	f.Add("light hold\nnoun talk prep=with governed -> CONSULT 040")
	f.Add("verb x obj=|| -> AID 07")
	f.Fuzz(func(t *testing.T, s string) {
		lx, err := ParseLexicon(strings.NewReader(s), "f")
		if err == nil {
			for _, m := range lx.byKind {
				for _, ps := range m {
					for _, p := range ps {
						if !isPlover(p.Plover) || !isCameo(p.Cameo) {
							t.Fatalf("accepted bad pattern %v", p)
						}
					}
				}
			}
		}
	})
}

func FuzzImportVerbs(f *testing.F) {
	f.Add("ATTACK [190]\n- * + WITH_ ROCKETS [195]\n")
	f.Add("&SYN\n+A_B\n--- X [010] ---\nX {Y}\n- * &SYN [120] # X\n")
	f.Add("<!-- c\n-->\n- [---]")
	f.Fuzz(func(t *testing.T, s string) {
		lx, err := ImportVerbs(strings.NewReader(s), "f")
		if err == nil && lx.Len() == 0 {
			t.Fatal("no error and no patterns")
		}
	})
}
