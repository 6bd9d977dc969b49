package actors

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// This file imports the actor and agent dictionaries of PETRARCH, Phoenix
// and TABARI at run time, from a path the user names. Their format:
//
//	VLADIMIR_PUTIN_  # comment
//	+PRESIDENT_PUTIN_              an alias of the record above
//		[RUSELI 700101-990809]     a code restricted to a date range
//		[RUSGOV >080508]           from a date on (">"), or until one ("<")
//		[RUSELI]                   the code outside every dated range
//	HAMAS [PSEREBHMS]              name and code on one line
//	FOREIGN_MINISTER [~GOVFRM]     an agent (a role word): "~" code
//	!PERSON! = MAN, MEN            a substitution set (ignored)
//
// Names are upper case with "_" between words. Dates are YYMMDD (two-digit
// years: 00-30 are 20xx, the rest 19xx) or YYYYMMDD; a code with a mistyped
// date is dropped (the published files hold a few). The imported entries
// are added to a copy of the registry; nothing is converted into our files.

// cameoIGO maps the CAMEO codes of international organizations to the
// contract's short names.
var cameoIGO = map[string]string{"IGOUNO": "UN", "IGOWSTNAT": "NATO", "IGOEEC": "EU", "IGOEUREEC": "EU",
	"IGOAFRAFU": "AU", "IGOOSC": "OSCE", "IGOUNOIAE": "IAEA", "IGOUNOHLH": "WHO", "IGOUNOIMF": "IMF",
	"IGOUNOWBK": "World Bank", "IGOSEAASN": "ASEAN", "IGOWAFWAS": "ECOWAS", "IGOEAFIGA": "IGAD", "IGOARBALL": "Arab League", "IGOMEAARL": "Arab League"}

// WithFile returns a new registry holding reg's entries and those read from
// path: a parley registry file (records of "key: value" lines) or a
// PETRARCH/Phoenix actor or agent dictionary.
func WithFile(reg *Registry, path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var extra []*Entry
	if looksLikeRegistry(data) {
		extra, err = Parse(bytes.NewReader(data), path)
	} else {
		// stray lines of hand-edited dictionaries are skipped
		extra, _, err = ParsePetrarch(bytes.NewReader(data), path)
	}
	if err != nil {
		return nil, err
	}
	return reg.With(extra)
}

func looksLikeRegistry(data []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		return strings.HasPrefix(l, "id:")
	}
	return false
}

// With returns a new registry with reg's entries plus extra. An extra entry
// that only names a state already known (a bare country code) becomes more
// aliases of that state.
func (r *Registry) With(extra []*Entry) (*Registry, error) {
	entries := make([]*Entry, 0, len(r.Entries)+len(extra))
	copies := map[string]*Entry{}
	for _, e := range r.Entries {
		c := *e
		entries = append(entries, &c)
		copies[c.ID] = &c
	}
	for _, e := range extra {
		if e.Type == "state" {
			if st := r.byCountry[e.Country]; st != nil && st.Type == "state" {
				c := copies[st.ID]
				al := append([]string{}, c.Aliases...)
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					al = append(al, titleCase(n))
				}
				c.Aliases = al
				continue
			}
		}
		if copies[e.ID] != nil {
			return nil, &ParseError{e.File, e.Line, fmt.Sprintf("duplicate id %q", e.ID)}
		}
		copies[e.ID] = e
		entries = append(entries, e)
	}
	return NewRegistry(entries)
}

// ParsePetrarch reads a PETRARCH/Phoenix/TABARI actor or agent dictionary.
// The published files are hand-edited and hold stray lines, so a line it
// cannot read is skipped and reported in warnings (file:line errors); err is
// only for a failed read. Unknown country codes are kept as they are.
func ParsePetrarch(r io.Reader, file string) (entries []*Entry, warnings []error, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	base := filepath.Base(file)
	var out []*Entry
	var cur *Entry
	perr := func(line int, msg string) error { return &ParseError{file, line, msg} }
	var codes []petrCode
	inXML := false
	lineNo := 0
	finish := func() {
		if cur == nil {
			return
		}
		e := cur
		cur = nil
		e.applyCodes(codes)
		codes = nil
		if e.Type != "" {
			out = append(out, e)
		}
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if inXML {
			if strings.Contains(line, "-->") {
				inXML = false
			}
			continue
		}
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "<!--") {
			inXML = !strings.Contains(t, "-->")
			continue
		}
		if i := strings.Index(t, "#"); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" || strings.HasPrefix(t, "<") {
			continue
		}
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			continue // substitution set
		}
		perr := func(msg string) error { return perr(lineNo, msg) }
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				warnings = append(warnings, perr("code line before any actor"))
				continue
			}
			cs, err := parsePetrCodes(t)
			if err != nil {
				warnings = append(warnings, perr(err.Error()))
				continue
			}
			codes = append(codes, cs...)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				warnings = append(warnings, perr("alias line before any actor"))
				continue
			}
			name, rest := splitNameCodes(t[1:])
			if n := petrName(name); n != "" {
				cur.Aliases = append(cur.Aliases, n)
			}
			if rest != "" {
				cs, err := parsePetrCodes(rest)
				if err != nil {
					warnings = append(warnings, perr(err.Error()))
					continue
				}
				codes = append(codes, cs...)
			}
		default:
			finish()
			name, rest := splitNameCodes(t)
			n := petrName(name)
			if n == "" {
				warnings = append(warnings, perr(fmt.Sprintf("no actor name in %q", t)))
				continue
			}
			plurals := ""
			if i := strings.Index(rest, "{"); i >= 0 {
				if j := strings.Index(rest[i:], "}"); j >= 0 {
					plurals = rest[i+1 : i+j]
					rest = strings.TrimSpace(rest[:i] + rest[i+j+1:])
				}
			}
			cur = &Entry{ID: fmt.Sprintf("petr:%s:%d", base, lineNo), Name: n, File: file, Line: lineNo, Fold: true}
			for _, p := range strings.Fields(plurals) {
				if pn := petrName(p); pn != "" {
					cur.Aliases = append(cur.Aliases, pn)
				}
			}
			if rest != "" {
				cs, err := parsePetrCodes(rest)
				if err != nil {
					warnings = append(warnings, perr(err.Error()))
					continue
				}
				codes = append(codes, cs...)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, warnings, fmt.Errorf("%s: %w", file, err)
	}
	finish()
	return out, warnings, nil
}

// splitNameCodes splits "HAMAS [PSEREBHMS]" into the name and the codes.
func splitNameCodes(s string) (string, string) {
	i := strings.IndexAny(s, "[{")
	if i < 0 {
		return strings.TrimSpace(s), ""
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
}

// petrName turns VLADIMIR_PUTIN_ into "VLADIMIR PUTIN".
func petrName(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	return strings.Join(strings.Fields(s), " ")
}

type petrCode struct {
	code       string
	agent      bool
	start, end string // YYYY-MM-DD, "" when open
}

// parsePetrCodes reads one or more "[CODE dates]" groups.
func parsePetrCodes(s string) ([]petrCode, error) {
	var out []petrCode
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			if len(out) > 0 {
				break // free text after the codes (some files lack the '#')
			}
			return nil, fmt.Errorf("expected [CODE ...], got %q", s)
		}
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return nil, fmt.Errorf("unclosed [ in %q", s)
		}
		f := strings.Fields(s[1:j])
		s = s[j+1:]
		if len(f) == 0 {
			continue
		}
		c := petrCode{code: f[0]}
		if strings.HasPrefix(c.code, "~") {
			c.agent = true
			c.code = c.code[1:]
		}
		if len(f) > 1 {
			var err error
			if c.start, c.end, err = petrDates(f[1]); err != nil {
				// the published dictionaries hold a few mistyped dates
				// ("9008223"); such a code is dropped, not the dictionary
				continue
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func petrDates(d string) (string, string, error) {
	switch {
	case strings.HasPrefix(d, ">"):
		s, err := petrDate(d[1:])
		return s, "", err
	case strings.HasPrefix(d, "<"):
		e, err := petrDate(d[1:])
		return "", e, err
	}
	a, b, ok := strings.Cut(d, "-")
	if !ok {
		return "", "", fmt.Errorf("bad date restriction %q", d)
	}
	s, err := petrDate(a)
	if err != nil {
		return "", "", err
	}
	e, err := petrDate(b)
	return s, e, err
}

// petrDate reads YYMMDD or YYYYMMDD.
func petrDate(s string) (string, error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", fmt.Errorf("bad date %q", s)
		}
	}
	var y, md string
	switch len(s) {
	case 6:
		y, md = s[:2], s[2:]
		if y <= "30" {
			y = "20" + y
		} else {
			y = "19" + y
		}
	case 8:
		y, md = s[:4], s[4:]
	default:
		return "", fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	out, err := normDate(y+"-"+md[:2]+"-"+md[2:], false)
	if err != nil {
		return "", fmt.Errorf("bad date %q", s)
	}
	return out, nil
}

// titleCase turns "UNITED STATES" into "United States" (names of states
// merge into our case-sensitive aliases).
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// applyCodes sets type, country, sector and roles from CAMEO codes.
func (e *Entry) applyCodes(codes []petrCode) {
	if len(codes) == 0 {
		return // a record with no code codes nothing
	}
	for _, c := range codes {
		if c.agent {
			e.Type = "title"
			e.ID = "g-" + e.ID // agents are generic role words
			e.Sector = cameoSector(c.code)
			e.Fold = true
			return
		}
	}
	dated := false
	for _, c := range codes {
		if strings.Trim(c.code, "-") == "" {
			continue // "[---]": explicitly uncoded
		}
		country, sector := cameoSplit(c.code)
		if c.start == "" && c.end == "" {
			if e.Country == "" {
				e.Country, e.Sector, e.Cameo = country, sector, c.code
			}
			continue
		}
		dated = true
		e.Roles = append(e.Roles, Role{Title: "CAMEO " + c.code, Country: country, Sector: sector, Start: c.start, End: c.end})
	}
	switch {
	case dated:
		e.Type = "person"
	case len(codes) == 1 && len(codes[0].code) == 3:
		e.Type = "state"
	default:
		e.Type = "organization"
	}
	if e.Country == "" && len(e.Roles) > 0 {
		e.Country, e.Sector = e.Roles[len(e.Roles)-1].Country, e.Roles[len(e.Roles)-1].Sector
	}
}

// cameoSplit reads a CAMEO actor code as country and sector: RUSGOV →
// RUS, GOV; IGOWSTNAT → NATO, IGO.
func cameoSplit(code string) (string, string) {
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		for p := code; len(p) >= 6; p = p[:len(p)-3] {
			if c, ok := cameoIGO[p]; ok {
				return c, "IGO"
			}
		}
		return "", code[:3]
	}
	if len(code) < 3 {
		return "", ""
	}
	return code[:3], cameoSector(code[3:])
}

func cameoSector(s string) string {
	if len(s) >= 3 && ValidSectors[s[:3]] {
		return s[:3]
	}
	return ""
}
