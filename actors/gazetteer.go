package actors

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The gazetteer matches registry names against the raw text, independent of
// how the tokenizer split it: a match starts at a word start and must end at
// a word boundary. Whitespace runs in the text match one space of a name,
// and typographic apostrophes match ASCII ones.

// Gazetteer kinds.
const (
	gName    = "name"
	gDemonym = "demonym"
	gMetonym = "metonym"
	gTitle   = "title"
	gAnaphor = "anaphor"
)

type gazItem struct {
	text  string // as written in the registry
	kind  string
	entry *Entry
	fold  bool // match case-insensitively (titles)
	// article: the name is written with "the" ("the Netherlands"), so a
	// determiner before it is part of the name, not a sign of a modifier.
	article bool
}

type gazetteer struct {
	byKey map[string][]gazItem // first word, lower-cased → items, longest first
}

// firstWord returns the lower-cased run of letters and digits at the start of s.
func firstWord(s string) string {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		end += n
	}
	return strings.ToLower(s[:end])
}

func buildGazetteer(reg *Registry) *gazetteer {
	g := &gazetteer{byKey: map[string][]gazItem{}}
	add := func(text, kind string, e *Entry, fold bool) {
		text = strings.TrimSpace(text)
		// a leading article is left to the phrase rules ("the Kremlin
		// spokesman" starts with a determiner, not with a name); titles of
		// newspapers keep theirs ("The Guardian").
		article := false
		for _, art := range []string{"the ", "The "} {
			if strings.HasPrefix(text, art) && len(text) > len(art) && !(e.Sector == "MED" && art == "The ") {
				text = text[len(art):]
				article = true
			}
		}
		if e.Type == "state" && (text == e.Name && e.withArticle() != e.Name || strings.HasPrefix(e.withArticle(), "the "+text)) {
			article = true
		}
		k := firstWord(text)
		if k == "" {
			return
		}
		for i, it := range g.byKey[k] {
			if it.text == text && it.kind == kind && it.entry == e {
				g.byKey[k][i].article = it.article || article
				return
			}
		}
		g.byKey[k] = append(g.byKey[k], gazItem{text: text, kind: kind, entry: e, fold: fold, article: article})
	}
	for _, e := range reg.Entries {
		switch e.Type {
		case "title":
			add(e.Name, gTitle, e, true)
			for _, a := range e.Aliases {
				add(a, gTitle, e, true)
			}
			continue
		case "place":
			// the record's name ("Places in Ukraine") is not a text form
			for _, a := range e.Aliases {
				add(a, gName, e, false)
			}
			// regional and ethnic adjectives of one country ("Chechen")
			for _, d := range e.Demonyms {
				add(d, gDemonym, e, false)
			}
			continue
		}
		add(e.Name, gName, e, e.Fold)
		for _, a := range e.Aliases {
			if strings.HasPrefix(a, "~") {
				add(a[1:], gAnaphor, e, e.Fold)
				continue
			}
			add(a, gName, e, e.Fold)
		}
		for _, d := range e.Demonyms {
			add(d, gDemonym, e, false)
		}
		for _, c := range e.Capitals {
			add(c, gMetonym, e, false)
		}
	}
	for k, items := range g.byKey {
		// longest first; on equal length a place yields to any other
		// entry ("Kabul" the capital, "Tigray" an armed group's alias)
		sort.SliceStable(items, func(i, j int) bool {
			if len(items[i].text) != len(items[j].text) {
				return len(items[i].text) > len(items[j].text)
			}
			return items[i].entry.Type != "place" && items[j].entry.Type == "place"
		})
		g.byKey[k] = items
	}
	return g
}

// matchAt returns the byte length of item's text matched at text[pos:], or 0.
func matchAt(text string, pos int, it gazItem) int {
	i, j := pos, 0
	name := it.text
	upper := allCapsWord(text[pos:]) // the text stretch is in capitals (a headline)
	if it.fold && it.kind != gTitle {
		// case-folded names still start with a capital in the text
		if r, _ := utf8.DecodeRuneInString(text[pos:]); !unicode.IsUpper(r) {
			return 0
		}
	}
	for j < len(name) {
		if i >= len(text) {
			return 0
		}
		nc, nn := utf8.DecodeRuneInString(name[j:])
		tc, tn := utf8.DecodeRuneInString(text[i:])
		switch {
		case nc == ' ':
			if !unicode.IsSpace(tc) {
				return 0
			}
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += n
			}
			j += nn
			continue
		case nc == '\'' && (tc == '’' || tc == '\''):
		case nc == tc:
		case it.fold && unicode.ToLower(nc) == unicode.ToLower(tc):
		case upper && unicode.ToLower(nc) == unicode.ToLower(tc) && unicode.IsUpper(tc):
		default:
			return 0
		}
		i += tn
		j += nn
	}
	if i < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
	}
	return i - pos
}

// allCapsWord reports whether the word at the start of s has at least three
// letters, all upper-case (headline or dateline style: "TEHRAN").
func allCapsWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// longest returns the longest item matching at pos and its byte length.
func (g *gazetteer) longest(text string, pos int, accept func(gazItem) bool) (gazItem, int) {
	k := firstWord(text[pos:])
	if k == "" {
		return gazItem{}, 0
	}
	var best gazItem
	bestN := 0
	for _, it := range g.byKey[k] {
		if len(it.text) < bestN-8 {
			// items are sorted longest first; text may only be longer via
			// whitespace runs, so stop well after the best length.
			break
		}
		if accept != nil && !accept(it) {
			continue
		}
		if n := matchAt(text, pos, it); n > bestN {
			best, bestN = it, n
		}
	}
	return best, bestN
}
