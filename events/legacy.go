package events

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ImportVerbs reads a legacy CAMEO verb dictionary — TABARI (.verbs: verb
// lines "STEM [code]" followed by "- pattern [code]" lines) or PETRARCH-2
// ("--- NAME [code] ---" blocks of verbs and patterns, "&SYNSET" word
// lists) — and returns its patterns as a Lexicon of verb patterns.
//
// The legacy pattern language is richer than ours; it is reduced to what
// our frames express: the first word after the verb marker '*' becomes a
// preposition constraint (when it is one) or an object constraint; patterns
// whose words before the verb negate or hedge it ("NOT *", "WOULD *") are
// skipped, since parley sets the negated/hypothetical flags itself. TABARI
// verbs are stems and match any word that starts with them. Codes are
// mapped to PLOVER types by CAMEO root (CameoPlover); public statements
// (01) and unknown codes are left out. Errors name name:line.
func ImportVerbs(r io.Reader, name string) (*Lexicon, error) {
	lx := NewLexicon()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var (
		n         int
		petr      bool
		inComment bool
		synset    string
		synsets   = map[string][]string{}
		block     []string // verbs of the current block
		blockCode string
		verbCode  = map[string]string{}
		pending   []pendingPattern
	)
	flush := func() {
		for _, v := range block {
			code, ok := verbCode[v]
			if !ok {
				code = blockCode
			}
			addLegacy(lx, v, nil, nil, code, !petr, name, 0)
		}
		for _, pp := range pending {
			verbs := block
			if pp.verb != "" && has(block, pp.verb) {
				verbs = []string{pp.verb}
			}
			obj, prep := pp.constraint(synsets)
			if obj == nil && prep == nil {
				continue
			}
			for _, v := range verbs {
				addLegacy(lx, v, obj, prep, pp.code, !petr, name, pp.line)
			}
		}
		block, blockCode, pending = nil, "", nil
		verbCode = map[string]string{}
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		t := strings.TrimSpace(line)
		if inComment {
			if strings.Contains(t, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(t, "<!--") {
			inComment = !strings.Contains(t, "-->")
			continue
		}
		if i := strings.IndexAny(t, ";#"); i >= 0 && !strings.HasPrefix(t, "#") {
			if t[i] == '#' {
				// PETRARCH: "# VERB" after a pattern names the verb it belongs to.
				pv := strings.Fields(t[i+1:])
				t = strings.TrimSpace(t[:i])
				if strings.HasPrefix(t, "-") {
					p, err := parsePattern(t, name, n)
					if err != nil {
						return nil, err
					}
					if len(pv) == 1 {
						p.verb = strings.ToLower(pv[0])
					}
					if p.code != "" {
						pending = append(pending, p)
					}
					continue
				}
			} else {
				t = strings.TrimSpace(t[:i])
			}
		}
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
			if petr && strings.HasPrefix(t, "####") {
				synset = ""
			}
			continue
		case strings.HasPrefix(t, "---") && strings.HasSuffix(t, "---") && len(t) > 6:
			petr = true
			flush()
			synset = ""
			_, blockCode = splitCode(strings.Trim(t, "- "))
		case strings.HasPrefix(t, "&"):
			petr = true
			flush()
			synset = strings.Fields(t)[0]
		case strings.HasPrefix(t, "+") && synset != "":
			w := strings.Fields(strings.ReplaceAll(t[1:], "_", " "))
			if len(w) > 0 {
				synsets[synset] = append(synsets[synset], strings.ToLower(w[0]))
			}
		case strings.HasPrefix(t, "-"):
			p, err := parsePattern(t, name, n)
			if err != nil {
				return nil, err
			}
			if p.code != "" {
				pending = append(pending, p)
			}
		default:
			synset = ""
			words, code := splitCode(t)
			if i := strings.IndexByte(words, '{'); i >= 0 {
				words = words[:i] // PETRARCH lists irregular forms in braces
			}
			f := strings.Fields(strings.ReplaceAll(words, "_", " "))
			if len(f) == 0 {
				continue
			}
			if !petr {
				flush()
			}
			v := strings.ToLower(f[0])
			if len(f) > 1 {
				// A phrasal verb: the particle becomes a constraint.
				pending = append(pending, pendingPattern{verb: v, code: code, after: []string{strings.ToLower(f[1])}, line: n})
				if !petr {
					block = []string{v}
				} else if !has(block, v) {
					block = append(block, v)
				}
				continue
			}
			if !has(block, v) {
				block = append(block, v)
			}
			if strings.Contains(t, "[") {
				verbCode[v] = code // "" for an explicit [---]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	flush()
	if lx.Len() == 0 {
		return nil, fmt.Errorf("%s: no coded verb patterns found (not a TABARI or PETRARCH-2 verb dictionary?)", name)
	}
	return lx, nil
}

type pendingPattern struct {
	verb  string   // the verb it applies to, when named
	code  string   // CAMEO code
	after []string // words after the verb marker
	line  int
}

// hedges before the verb make a legacy pattern code a negated or
// hypothetical act, which parley flags instead of coding.
var hedges = map[string]bool{"not": true, "never": true, "fail": true, "failed": true, "refuse": true,
	"refused": true, "would": true, "will": true, "could": true, "cannot": true, "may": true, "might": true}

var legacyPreps = map[string]bool{"with": true, "to": true, "against": true, "on": true, "upon": true,
	"for": true, "from": true, "into": true, "at": true, "by": true, "over": true, "out": true, "off": true,
	"up": true, "down": true, "back": true, "in": true, "of": true, "toward": true, "towards": true}

func parsePattern(t, name string, line int) (pendingPattern, error) {
	body, code := splitCode(strings.TrimPrefix(t, "-"))
	p := pendingPattern{code: code, line: line}
	if code == "" {
		return p, nil
	}
	body = strings.NewReplacer("_", " ", "{", " ", "}", " ", "(", " ", ")", " ", "|", " ").Replace(body)
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return p, fmt.Errorf("%s:%d: pattern without verb marker '*'", name, line)
	}
	for _, w := range strings.Fields(body[:star]) {
		if hedges[strings.ToLower(w)] {
			p.code = ""
			return p, nil
		}
	}
	for _, w := range strings.Fields(body[star+1:]) {
		switch w {
		case "+", "$", "%", "^", "=", "*":
			continue
		}
		p.after = append(p.after, strings.ToLower(strings.Trim(w, "+$%^")))
		if len(p.after) == 2 {
			break
		}
	}
	return p, nil
}

// constraint turns the words after the verb into obj/prep constraints.
func (p pendingPattern) constraint(synsets map[string][]string) (obj, prep []string) {
	words := func(w string) []string {
		if strings.HasPrefix(w, "&") {
			return synsets[strings.ToUpper(w)]
		}
		return []string{w}
	}
	for _, w := range p.after {
		if w == "" {
			continue
		}
		if legacyPreps[w] {
			if prep == nil {
				prep = []string{w}
			}
			continue
		}
		if ws := words(w); obj == nil && len(ws) > 0 {
			obj = ws
		}
		break
	}
	return obj, prep
}

// splitCode splits "WORDS [code]" into the words and the CAMEO code; the
// code is "" for "[---]" or when absent. "[036:036]" keeps the first part.
func splitCode(s string) (string, string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return strings.TrimSpace(s[:i]), ""
	}
	code := strings.TrimSpace(s[i+1 : i+j])
	code, _, _ = strings.Cut(code, ":")
	code = strings.TrimSpace(code)
	if !isCameo(code) {
		code = ""
	}
	return strings.TrimSpace(s[:i]), code
}

func addLegacy(lx *Lexicon, verb string, obj, prep []string, code string, stem bool, name string, line int) {
	if code == "" || verb == "" {
		return
	}
	typ, mode := CameoPlover(code)
	if typ == "" {
		return
	}
	lx.Add(&Pattern{Kind: KindVerb, Lemma: verb, Obj: obj, Prep: prep, Stem: stem,
		Plover: typ, Mode: mode, Cameo: code, File: name, Line: line})
}

// CameoPlover maps a CAMEO event code to a PLOVER type and mode by its root
// (and a few sub-codes whose PLOVER home differs). It returns "" for public
// statements (01), which PLOVER does not code, and for unknown codes.
func CameoPlover(code string) (plover, mode string) {
	if !isCameo(code) {
		return "", ""
	}
	switch {
	case strings.HasPrefix(code, "057"):
		return "AGREE", ""
	case strings.HasPrefix(code, "087"):
		return "RETREAT", ""
	case strings.HasPrefix(code, "0841"):
		return "CONCEDE", "release"
	case strings.HasPrefix(code, "09"):
		return "ACCUSE", "investigate"
	case strings.HasPrefix(code, "161"):
		return "SANCTION", "discontinue"
	case strings.HasPrefix(code, "173"):
		return "COERCE", "arrest"
	}
	switch code[:2] {
	case "02", "10":
		return "REQUEST", ""
	case "03":
		return "AGREE", ""
	case "04":
		return "CONSULT", ""
	case "05":
		return "SUPPORT", ""
	case "06":
		return "COOPERATE", ""
	case "07":
		return "AID", ""
	case "08":
		return "CONCEDE", ""
	case "11":
		return "ACCUSE", ""
	case "12":
		return "REJECT", ""
	case "13":
		return "THREATEN", ""
	case "14":
		return "PROTEST", ""
	case "15":
		return "MOBILIZE", ""
	case "16":
		return "SANCTION", ""
	case "17":
		return "COERCE", ""
	case "18", "19", "20":
		return "ASSAULT", ""
	}
	return "", ""
}
