package events

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// Kinds of trigger a Pattern matches.
const (
	KindVerb = "verb"
	KindNoun = "noun"
	KindAdj  = "adj"
	// KindEval words judge rather than report ("destructive", "crimes"):
	// inside reported speech they make the speaker's accusation or praise.
	KindEval = "eval"
)

// Pattern is one lexicon entry: a trigger lemma with optional frame
// constraints and the event it codes.
type Pattern struct {
	Kind  string   // verb, noun or adj
	Lemma string   // lower-case lemma of the trigger
	Obj   []string // lemmas allowed for the object (empty: any)
	Prep  []string // prepositions/particles, one of which the trigger governs (empty: none needed)
	Swap  bool     // subject is the target, the prep object the source
	// Governed nouns code only as the object of a light verb or of a verb
	// pattern ("expressed support"), never alone ("U.S. support to ...").
	Governed bool
	// NeedTarget patterns code only when an actor is the object ("asked
	// Qatar to ..." but not "when asked about ...").
	NeedTarget bool
	// Stem marks legacy TABARI stems: Lemma matches any word starting with it.
	Stem   bool
	Plover string
	Mode   string
	Cameo  string
	// Where the pattern was written, for messages.
	File string
	Line int
}

// constrained reports whether p has any frame constraint.
func (p *Pattern) constrained() bool { return len(p.Obj) > 0 || len(p.Prep) > 0 || p.NeedTarget }

func (p *Pattern) String() string {
	var b strings.Builder
	b.WriteString(p.Kind + " " + p.Lemma)
	if len(p.Obj) > 0 {
		b.WriteString(" obj=" + strings.Join(p.Obj, "|"))
	}
	if len(p.Prep) > 0 {
		b.WriteString(" prep=" + strings.Join(p.Prep, "|"))
	}
	if p.Swap {
		b.WriteString(" swap")
	}
	if p.Governed {
		b.WriteString(" governed")
	}
	if p.NeedTarget {
		b.WriteString(" target")
	}
	b.WriteString(" -> " + p.Plover)
	if p.Mode != "" {
		b.WriteString(":" + p.Mode)
	}
	b.WriteString(" " + p.Cameo)
	return b.String()
}

// Lexicon maps trigger lemmas to patterns. Within one lemma, constrained
// patterns come first, then in file order. A Lexicon is read-only after
// loading and safe for concurrent use.
type Lexicon struct {
	byKind  map[string]map[string][]*Pattern
	stems   map[string][]*Pattern // legacy stems (verbs only)
	maxStem int
	light   map[string]bool
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{
		byKind: map[string]map[string][]*Pattern{KindVerb: {}, KindNoun: {}, KindAdj: {}, KindEval: {}},
		stems:  map[string][]*Pattern{},
		light:  map[string]bool{},
	}
}

// Len is the number of patterns.
func (lx *Lexicon) Len() int {
	n := 0
	for _, m := range lx.byKind {
		for _, ps := range m {
			n += len(ps)
		}
	}
	for _, ps := range lx.stems {
		n += len(ps)
	}
	return n
}

// IsLight reports whether lemma is a light verb ("hold" talks).
func (lx *Lexicon) IsLight(lemma string) bool { return lx.light[lemma] }

// Patterns returns the patterns of kind for lemma, constrained ones first.
func (lx *Lexicon) Patterns(kind, lemma string) []*Pattern {
	return lx.byKind[kind][lemma]
}

// stemPatterns returns legacy stem patterns for word, longest stem first.
func (lx *Lexicon) stemPatterns(word string) []*Pattern {
	if len(lx.stems) == 0 {
		return nil
	}
	for n := min(len(word), lx.maxStem); n >= 3; n-- {
		if ps := lx.stems[word[:n]]; ps != nil {
			return ps
		}
	}
	return nil
}

// Add adds p to the lexicon.
func (lx *Lexicon) Add(p *Pattern) {
	if p.Stem {
		lx.stems[p.Lemma] = insertPattern(lx.stems[p.Lemma], p)
		lx.maxStem = max(lx.maxStem, len(p.Lemma))
		return
	}
	m := lx.byKind[p.Kind]
	m[p.Lemma] = insertPattern(m[p.Lemma], p)
}

// insertPattern keeps constrained patterns before bare ones, stable.
func insertPattern(ps []*Pattern, p *Pattern) []*Pattern {
	ps = append(ps, p)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].constrained() && !ps[j].constrained() })
	return ps
}

// Merge adds every pattern of o after lx's own (lx's patterns win ties).
func (lx *Lexicon) Merge(o *Lexicon) {
	for _, m := range o.byKind {
		for _, ps := range m {
			for _, p := range ps {
				lx.Add(p)
			}
		}
	}
	for _, ps := range o.stems {
		for _, p := range ps {
			lx.Add(p)
		}
	}
	for l := range o.light {
		lx.light[l] = true
	}
}

// PloverTypes are the 16 PLOVER 2.0 event types.
var PloverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
	"RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
	"COERCE", "ASSAULT"}

func isPlover(s string) bool {
	for _, t := range PloverTypes {
		if t == s {
			return true
		}
	}
	return false
}

func isCameo(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s[:2] >= "01" && s[:2] <= "20"
}

// ParseLexicon reads lexicon lines (format in data/README.md) from r. name
// is used in errors, which have the form name:line: message.
func ParseLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := NewLexicon()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		errf := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, a...))
		}
		if f[0] == "light" {
			if len(f) != 2 {
				return nil, errf("light takes exactly one lemma")
			}
			lx.light[strings.ToLower(f[1])] = true
			continue
		}
		if f[0] != KindVerb && f[0] != KindNoun && f[0] != KindAdj && f[0] != KindEval {
			return nil, errf("unknown kind %q (want verb, noun, adj, eval or light)", f[0])
		}
		arrow := -1
		for i, w := range f {
			if w == "->" {
				arrow = i
				break
			}
		}
		if arrow < 2 {
			return nil, errf("want KIND LEMMA [CONSTRAINTS] -> PLOVER[:MODE] CAMEO")
		}
		if len(f)-arrow != 3 {
			return nil, errf("want PLOVER[:MODE] CAMEO after ->")
		}
		p := &Pattern{Kind: f[0], Lemma: strings.ToLower(f[1]), File: name, Line: n}
		for _, c := range f[2:arrow] {
			switch {
			case c == "swap":
				p.Swap = true
			case c == "governed":
				p.Governed = true
			case c == "target":
				p.NeedTarget = true
			case strings.HasPrefix(c, "obj="):
				p.Obj = splitAlt(c[4:])
			case strings.HasPrefix(c, "prep="):
				p.Prep = splitAlt(c[5:])
			default:
				return nil, errf("unknown constraint %q", c)
			}
		}
		if (p.Obj != nil && len(p.Obj) == 0) || (p.Prep != nil && len(p.Prep) == 0) {
			return nil, errf("empty constraint list")
		}
		typ, mode, _ := strings.Cut(f[arrow+1], ":")
		if !isPlover(typ) {
			return nil, errf("unknown PLOVER type %q", typ)
		}
		if !isCameo(f[arrow+2]) {
			return nil, errf("bad CAMEO code %q (want 2-4 digits, root 01-20)", f[arrow+2])
		}
		p.Plover, p.Mode, p.Cameo = typ, mode, f[arrow+2]
		lx.Add(p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return lx, nil
}

func splitAlt(s string) []string {
	out := []string{}
	for _, w := range strings.Split(strings.ToLower(s), "|") {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

//go:embed data/*.txt
var dataFS embed.FS

// Load reads every *.txt lexicon file in the root of fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	lx := NewLexicon()
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return nil, err
		}
		l, err := ParseLexicon(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
		lx.Merge(l)
	}
	return lx, nil
}

var (
	defOnce sync.Once
	defLex  *Lexicon
	defErr  error
)

// DefaultLexicon returns the embedded lexicon, loaded once. Callers must not
// modify it.
func DefaultLexicon() (*Lexicon, error) {
	defOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			defErr = err
			return
		}
		defLex, defErr = Load(sub)
		if defErr != nil {
			defErr = fmt.Errorf("embedded event lexicon: %w", defErr)
		}
	})
	return defLex, defErr
}
