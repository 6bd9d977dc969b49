package actors

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Entry is one record of the registry: a state, an organization, a person,
// a media outlet, an armed group or a title (a generic role word).
type Entry struct {
	ID      string // stable id, unique in the registry
	Name    string // canonical name
	Type    string // state | organization | person | title
	Country string // ISO3 or IGO short name; for persons the default when no role applies
	Sector  string // default sector
	Cameo   string // CAMEO actor code, derived when empty
	// Aliases are other names the text may use ("Russian Federation", "RF").
	Aliases []string
	// Demonyms are adjectives and nouns of nationality ("Russian", "Russians").
	Demonyms []string
	// Capitals are places and seats that stand for the government by
	// metonymy ("Moscow", "the Kremlin").
	Capitals []string
	// Leader is the office that heads the government ("President",
	// "Prime Minister", "Chancellor"): "the Russian leader" resolves to it.
	Leader string
	// HeadOfState is the office of the head of state, when it differs from
	// Leader ("King", "President").
	HeadOfState string
	Roles       []Role
	// Fold makes names match case-insensitively (imported dictionaries are
	// written in capitals).
	Fold bool
	File string
	last string // surname of a person, cached by NewRegistry
	Line int
}

// Role is an office held between two dates (inclusive). Start and End are
// normalised to YYYY-MM-DD; an empty End means "still in office".
type Role struct {
	Title   string // office key: "President", "Foreign Minister", "Spokesperson" ...
	Country string // ISO3 or IGO short name
	Sector  string
	Start   string
	End     string
	Body    string // the body the office belongs to when not the state itself ("Kremlin", "State Department")
}

// ActiveOn reports whether the role covers date (YYYY-MM-DD; "" matches any).
func (r Role) ActiveOn(date string) bool {
	if date == "" {
		return r.End == ""
	}
	if r.Start != "" && date < r.Start {
		return false
	}
	return r.End == "" || date <= r.End
}

// Display is the role as a reader would write it: "President of Russia",
// "Kremlin Spokesperson", "Secretary General of NATO".
func (r Role) Display(reg *Registry) string {
	if r.Body != "" {
		return r.Body + " " + r.Title
	}
	name := r.Country
	if reg != nil {
		if e := reg.byCountry[r.Country]; e != nil {
			name = e.withArticle()
		}
	}
	if name == "" {
		return r.Title
	}
	return r.Title + " of " + name
}

// withArticle is the name as it reads after "of": "the United States".
func (e *Entry) withArticle() string {
	for _, p := range []string{"United ", "Democratic ", "Republic ", "Central African", "Czech ", "Holy ", "Gambia",
		"Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Marshall ", "Solomon "} {
		if strings.HasPrefix(e.Name, p) {
			return "the " + e.Name
		}
	}
	for _, a := range e.Aliases {
		if a == "the "+e.Name {
			return a
		}
	}
	return e.Name
}

// Registry is an immutable set of entries with indexes for lookup. It is safe
// for concurrent use once built.
type Registry struct {
	Entries   []*Entry
	byID      map[string]*Entry
	byCountry map[string]*Entry // state or IGO entry whose Country is the key
	bySurname map[string][]*Entry
	titles    []*Entry
	canon     map[string]string // lower-cased title or alias → office key
	military  map[string]*Entry // a state's armed forces, when the registry has them
	// givenNames are first names of registry persons plus common ones
	// (commonGivenNames): a capitalised pair starting with one is a name.
	givenNames map[string]bool
	gaz        *gazetteer
}

// ParseError is a malformed record, with its position.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// A "place" record lists places of one country (cities, regions, disputed
// territories): never an actor itself, it gives its country to phrases
// built on a place ("Shanghai police").
var validTypes = map[string]bool{"state": true, "organization": true, "person": true, "title": true, "place": true}

// ValidSectors are the sector codes of the contract.
var ValidSectors = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "OPP": true, "REB": true,
	"MED": true, "BUS": true, "CVL": true, "IGO": true, "NGO": true, "PTY": true, "SPY": true, "COP": true}

// Parse reads registry records from r. The format (see data/README.md):
// records are blocks of "key: value" lines separated by blank lines; '#'
// starts a comment line. Keys: id, name, type, country, sector, cameo,
// alias, demonym, capital, leader, head, role. List keys take several
// values separated by ';' and may repeat. A role line is
// "role: Title | Country | Sector | Start | End [| Body]".
func Parse(r io.Reader, file string) ([]*Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var out []*Entry
	var cur *Entry
	lineNo := 0
	finish := func() error {
		if cur == nil {
			return nil
		}
		e := cur
		cur = nil
		if e.ID == "" {
			return &ParseError{file, e.Line, "record has no id"}
		}
		if e.Name == "" {
			return &ParseError{file, e.Line, "record " + e.ID + " has no name"}
		}
		if !validTypes[e.Type] {
			return &ParseError{file, e.Line, fmt.Sprintf("record %s: type %q is not state, organization, person, title or place", e.ID, e.Type)}
		}
		out = append(out, e)
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if err := finish(); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 {
			return nil, &ParseError{file, lineNo, fmt.Sprintf("expected \"key: value\", got %q", line)}
		}
		key := strings.TrimSpace(line[:colon])
		val := strings.TrimSpace(line[colon+1:])
		if cur == nil {
			cur = &Entry{File: file, Line: lineNo}
		}
		perr := func(msg string) error { return &ParseError{file, lineNo, msg} }
		single := func(dst *string) error {
			if val == "" {
				return perr(key + " is empty")
			}
			if *dst != "" {
				return perr("duplicate " + key)
			}
			*dst = val
			return nil
		}
		var err error
		switch key {
		case "id":
			err = single(&cur.ID)
		case "name":
			err = single(&cur.Name)
		case "type":
			err = single(&cur.Type)
		case "country":
			err = single(&cur.Country)
		case "sector":
			if err = single(&cur.Sector); err == nil && !ValidSectors[val] {
				err = perr(fmt.Sprintf("unknown sector %q", val))
			}
		case "cameo":
			err = single(&cur.Cameo)
		case "leader":
			err = single(&cur.Leader)
		case "head":
			err = single(&cur.HeadOfState)
		case "alias":
			cur.Aliases = append(cur.Aliases, splitList(val)...)
		case "demonym":
			cur.Demonyms = append(cur.Demonyms, splitList(val)...)
		case "capital":
			cur.Capitals = append(cur.Capitals, splitList(val)...)
		case "role":
			var ro Role
			ro, err = parseRole(val)
			if err != nil {
				err = perr(err.Error())
			} else {
				cur.Roles = append(cur.Roles, ro)
			}
		default:
			err = perr(fmt.Sprintf("unknown key %q", key))
		}
		if err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return out, nil
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseRole(v string) (Role, error) {
	f := strings.Split(v, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 5 || len(f) > 6 {
		return Role{}, fmt.Errorf("role needs \"Title | Country | Sector | Start | End [| Body]\", got %d fields", len(f))
	}
	r := Role{Title: f[0], Country: f[1], Sector: f[2]}
	if r.Title == "" {
		return Role{}, fmt.Errorf("role has no title")
	}
	if r.Sector != "" && !ValidSectors[r.Sector] {
		return Role{}, fmt.Errorf("unknown sector %q", r.Sector)
	}
	var err error
	if r.Start, err = normDate(f[3], false); err != nil {
		return Role{}, err
	}
	if r.End, err = normDate(f[4], true); err != nil {
		return Role{}, err
	}
	if r.Start != "" && r.End != "" && r.End < r.Start {
		return Role{}, fmt.Errorf("role ends (%s) before it starts (%s)", r.End, r.Start)
	}
	if len(f) == 6 {
		r.Body = f[5]
	}
	return r, nil
}

// normDate turns YYYY, YYYY-MM or YYYY-MM-DD into YYYY-MM-DD: the first day
// of the period for a start, the last for an end.
func normDate(s string, end bool) (string, error) {
	if s == "" {
		return "", nil
	}
	bad := fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	for i, c := range s {
		if (i == 4 || i == 7) && c == '-' {
			continue
		}
		if c < '0' || c > '9' {
			return "", bad
		}
	}
	switch len(s) {
	case 4:
		if end {
			return s + "-12-31", nil
		}
		return s + "-01-01", nil
	case 7:
		if s[4] != '-' || s[5:7] < "01" || s[5:7] > "12" {
			return "", bad
		}
		if end {
			return s + "-31", nil
		}
		return s + "-01", nil
	case 10:
		if s[4] != '-' || s[7] != '-' || s[5:7] < "01" || s[5:7] > "12" || s[8:] < "01" || s[8:] > "31" {
			return "", bad
		}
		return s, nil
	}
	return "", bad
}

// NewRegistry indexes entries. Duplicate ids are an error.
func NewRegistry(entries []*Entry) (*Registry, error) {
	reg := &Registry{byID: map[string]*Entry{}, byCountry: map[string]*Entry{}, bySurname: map[string][]*Entry{},
		canon: map[string]string{}, givenNames: map[string]bool{}, military: map[string]*Entry{}}
	for _, n := range commonGivenNames {
		reg.givenNames[n] = true
	}
	for _, e := range entries {
		if prev := reg.byID[e.ID]; prev != nil {
			return nil, &ParseError{e.File, e.Line, fmt.Sprintf("duplicate id %q (first at %s:%d)", e.ID, prev.File, prev.Line)}
		}
		reg.byID[e.ID] = e
		reg.Entries = append(reg.Entries, e)
		switch e.Type {
		case "state":
			if e.Country != "" {
				reg.byCountry[e.Country] = e
			}
		case "organization":
			if e.Country != "" && e.Sector == "IGO" && e.Country == e.ID {
				reg.byCountry[e.Country] = e
			}
		case "person":
			e.last = surname(e.Name)
			if f := strings.Fields(e.Name); len(f) >= 2 && !familyFirst[e.Country] {
				reg.givenNames[f[0]] = true
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if s := surname(n); s != "" && !containsEntry(reg.bySurname[s], e) {
					reg.bySurname[s] = append(reg.bySurname[s], e)
				}
				// family name first: "Shin Won-sik" is "National Security Advisor Shin"
				if f := strings.Fields(n); len(f) >= 2 && familyFirst[e.Country] && !containsEntry(reg.bySurname[f[0]], e) {
					reg.bySurname[f[0]] = append(reg.bySurname[f[0]], e)
				}
			}
		case "title":
			reg.titles = append(reg.titles, e)
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if _, dup := reg.canon[strings.ToLower(a)]; !dup {
					reg.canon[strings.ToLower(a)] = e.Name
				}
			}
		}
	}
	// "Russian forces" and "the Russian military" are one actor: the
	// state's main armed-forces record (the MIL record with most names)
	for _, e := range reg.Entries {
		if e.Type == "organization" && e.Sector == "MIL" && reg.byCountry[e.Country] != nil {
			if cur := reg.military[e.Country]; cur == nil || len(e.Aliases) > len(cur.Aliases) {
				reg.military[e.Country] = e
			}
		}
	}
	reg.gaz = buildGazetteer(reg)
	return reg, nil
}

func containsEntry(list []*Entry, e *Entry) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// familyFirst are countries whose names are written family name first.
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "JPN": true, "VNM": true, "KHM": true, "HUN": true}

// surname is the last word of a person's name that is not a suffix.
func surname(name string) string {
	f := strings.Fields(name)
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.TrimRight(f[i], ".,")
		switch strings.ToLower(w) {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		if w != "" && unicode.IsUpper([]rune(w)[0]) {
			return w
		}
	}
	return ""
}

// byNamePrefix returns the one person whose name or alias begins with a
// name of three or more words and a patronymic ("Hamad bin Khalifa" →
// Hamad bin Khalifa Al Thani), or nil.
func (r *Registry) byNamePrefix(full string) *Entry {
	f := strings.Fields(full)
	if len(f) < 3 || !(f[1] == "bin" || f[1] == "ibn" || f[1] == "bint") {
		return nil
	}
	var found *Entry
	for _, e := range r.Entries {
		if e.Type != "person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.HasPrefix(n, full+" ") {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// nearSurname returns the persons whose surname is one letter away from s.
func (r *Registry) nearSurname(s string) []*Entry {
	var out []*Entry
	for k, es := range r.bySurname {
		if editDistance1(k, s) {
			out = append(out, es...)
		}
	}
	return out
}

// ByID returns the entry with that id, or nil.
func (r *Registry) ByID(id string) *Entry { return r.byID[id] }

// State returns the state or IGO entry for a country code, or nil.
func (r *Registry) State(country string) *Entry { return r.byCountry[country] }

// RoleOn returns the role e holds on date (the most recently started one
// when several apply), and whether there is one.
func (e *Entry) RoleOn(date string) (Role, bool) {
	best, ok := Role{}, false
	for _, ro := range e.Roles {
		if ro.ActiveOn(date) && (!ok || ro.Start > best.Start) {
			best, ok = ro, true
		}
	}
	return best, ok
}

// LatestRole returns the role with the latest start, for undated text.
func (e *Entry) LatestRole() (Role, bool) {
	if len(e.Roles) == 0 {
		return Role{}, false
	}
	best := e.Roles[0]
	for _, ro := range e.Roles[1:] {
		if ro.Start > best.Start {
			best = ro
		}
	}
	return best, true
}

// Office returns the office key of a title: "Secretary of State" and
// "foreign minister" are both "Foreign Minister".
func (r *Registry) Office(title string) string {
	if o, ok := r.canon[strings.ToLower(title)]; ok {
		return o
	}
	return title
}

// bodyMatches reports whether a role's body is the entry named (by name,
// alias or seat: "Kremlin" is a seat of Russia).
func bodyMatches(roBody string, body *Entry) bool {
	if body == nil {
		return true
	}
	if roBody == "" {
		return body.Type == "state"
	}
	for _, n := range append(append([]string{body.Name}, body.Aliases...), body.Capitals...) {
		if strings.EqualFold(strings.TrimPrefix(n, "the "), strings.TrimPrefix(roBody, "the ")) {
			return true
		}
	}
	return false
}

// Holders returns the persons holding office title (an office key or any
// of its names) for country on date, most recently appointed first. body,
// when set, must match the role's body.
func (r *Registry) Holders(country, title string, body *Entry, date string) []*Entry {
	title = r.Office(title)
	type cand struct {
		e     *Entry
		start string
	}
	var cs []cand
	for _, e := range r.Entries {
		if e.Type != "person" {
			continue
		}
		for _, ro := range e.Roles {
			if ro.Country == country && r.Office(ro.Title) == title && ro.ActiveOn(date) && bodyMatches(ro.Body, body) {
				cs = append(cs, cand{e, ro.Start})
				break
			}
		}
	}
	if len(cs) == 0 && isHeadOffice(title) {
		// a junta leader or interim chairman holds the state's head office
		// as "Head of State" (Nigeria 1993-1999, Myanmar 1988-2011)
		return r.Holders(country, "Head of State", body, date)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start > cs[j].start })
	out := make([]*Entry, len(cs))
	for i, c := range cs {
		out[i] = c.e
	}
	return out
}

// Surname is a person's family name as written last ("Peskov").
func (e *Entry) Surname() string {
	if e.last != "" {
		return e.last
	}
	return surname(e.Name)
}

// BySurname returns the persons whose name ends in s.
func (r *Registry) BySurname(s string) []*Entry { return r.bySurname[s] }

// CameoFor is the CAMEO actor code of a country code and a sector:
// RUS+GOV → RUSGOV, NATO → IGOWSTNAT.
func (r *Registry) CameoFor(country, sector string) string {
	if country == "" {
		return ""
	}
	base := country
	if e := r.byCountry[country]; e != nil && e.Cameo != "" {
		base = e.Cameo
	}
	if sector == "" || sector == "IGO" || strings.HasPrefix(base, "IGO") || strings.HasPrefix(base, "NGO") {
		return base
	}
	return base + sector
}
