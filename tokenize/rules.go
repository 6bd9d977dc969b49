package tokenize

import "strings"

// Rules is the policy of the tokenizer and the sentence splitter: tables of
// words and characters. The scanning mechanism (scan.go, split.go) never
// names a word itself, so another style of tokenization is a new Rules
// value, not new code. A Rules value must not be changed once in use.
type Rules struct {
	// Abbreviations are words kept whole with their final period ("Mr.",
	// "etc."). Matched exactly, then with the first letter lower-cased.
	Abbreviations map[string]bool
	// Titles are abbreviations that precede a name and so never end a
	// sentence ("Mr.", "Gen."). Every title must also be an abbreviation.
	Titles map[string]bool
	// Clitics are word endings split off as tokens of their own ("n't",
	// "'s"), matched case-insensitively; the apostrophe may be ’.
	Clitics []string
	// Contractions are whole words split at a fixed byte offset
	// ("cannot" → can|not), matched case-insensitively.
	Contractions map[string]int
	// HyphenPrefixes are word beginnings (lower case, without the hyphen)
	// that stay joined to the rest of the word ("non-", "e-"); other
	// hyphens between letters are split.
	HyphenPrefixes map[string]bool
	// Numbered are abbreviations kept whole only before a number
	// ("No. 5", "pp. 12"); elsewhere "No." is a word and a period.
	Numbered map[string]bool
	// Units are unit words split off the number they follow ("5pm" →
	// 5|pm, "65k" → 65|k), matched case-insensitively.
	Units map[string]bool
	// Domains are top-level domains (lower case) that make a word a host
	// name kept whole ("example.org").
	Domains map[string]bool
	// Emoticons stay whole and stay with the sentence they close.
	Emoticons map[string]bool
	// Whole are tokens kept as they are even though they hold punctuation
	// (emoticons, "&amp;").
	Whole map[string]bool
	// Openers are characters split off the start of a word (quotes,
	// brackets); Closers are split off its end.
	Openers, Closers string
	// Always are non-ASCII characters split off wherever they occur
	// (dashes, guillemets, curly double quotes). Inside a word the scanner
	// also splits ASCII brackets, double quotes, ';', '!' and '?'.
	Always string
	// Currencies are symbols split off the number they precede.
	Currencies string
	// LowerStarts makes a period end a sentence even before a lower-case
	// word, as in informal web text ("ok. see you").
	LowerStarts bool
	// Continuers are words that never end a sentence ("the", "of"): a
	// line break after one continues the sentence.
	Continuers map[string]bool
	// Starters are capitalized words that usually begin a sentence; after
	// an abbreviation such as "etc." or "U.S." a sentence ends only before
	// one of them.
	Starters map[string]bool

	// Lookup shortcuts set by Prepare: the length bounds of Contractions
	// keys, the first bytes of Emoticons and Whole, the longest Whole key.
	minContraction, maxContraction int
	emoticonStart, wholeStart      [256]bool
	maxWhole, maxAbbreviation      int
}

// English returns the rules of UD English EWT tokenization, tuned for news
// and web text.
func English() *Rules {
	r := &Rules{
		Abbreviations:  set(englishAbbreviations),
		Titles:         set(englishTitles),
		Clitics:        []string{"n't", "'s", "'re", "'m", "'ve", "'d", "'ll"},
		Contractions:   map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3},
		HyphenPrefixes: set(englishHyphenPrefixes),
		Whole:          set(wholeTokens + emoticons),
		Emoticons:      set(emoticons),
		Domains:        set("com org net gov edu mil int info biz io uk au ca de fr ru ua cn jp ly tv eu nz ie"),
		Numbered:       set("No. Nos. Nr. no. nos. Vol. vol. pp. p. Art. art. Fig. fig. Figs. Ch. ch. Sec. sec. Op. op."),
		Units:          set(englishUnits),
		Openers:        "\"'“‘«‹„‚`([{<",
		Closers:        "\"'”’»›)]}>,;:!?%",
		Always:         "“”«»‹›„()[]{}—–―",
		Currencies:     "$£€¥₹₽",
		Starters:       set(englishStarters),
		Continuers:     set("the a an of to in on at by for with from into and or nor but that whose than as its their his her our my your"),
		LowerStarts:    true,
	}
	for t := range r.Titles {
		r.Abbreviations[t] = true
	}
	r.Prepare()
	return r
}

// Prepare derives lookup shortcuts from the tables; call it after changing
// any of them.
func (r *Rules) Prepare() {
	r.emoticonStart, r.wholeStart, r.maxWhole = [256]bool{}, [256]bool{}, 0
	for e := range r.Emoticons {
		if e != "" {
			r.emoticonStart[e[0]] = true
		}
	}
	r.maxAbbreviation = 0
	for _, m := range []map[string]bool{r.Abbreviations, r.Numbered} {
		for w := range m {
			r.maxAbbreviation = max(r.maxAbbreviation, len(w))
		}
	}
	for w := range r.Whole {
		if w == "" {
			continue
		}
		r.wholeStart[w[0]] = true
		r.maxWhole = max(r.maxWhole, len(w))
	}
	r.minContraction, r.maxContraction = 1<<30, 0
	for w := range r.Contractions {
		r.minContraction = min(r.minContraction, len(w))
		r.maxContraction = max(r.maxContraction, len(w))
	}
}

func set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// englishTitles precede names; they never end a sentence.
const englishTitles = `
Mr. Mrs. Ms. Dr. Prof. Messrs. Mmes. Sr. Jr. St. Rev. Fr. Hon. Pres. Gov. Sen.
Rep. Reps. Sens. Gen. Lt. Col. Maj. Capt. Cmdr. Adm. Sgt. Cpl. Pvt. Brig. Amb.
Supt. Insp. Det. Atty. Mt. Ft. vs. v. Ste. Mme. Mlle. Gens.
`

// englishAbbreviations keep their period; they may end a sentence.
const englishAbbreviations = `
etc. e.g. i.e. a.m. p.m. A.M. P.M. cf. viz. al. approx. ca. esp. incl.
Inc. Ltd. Co. Corp. Bros. Dept. Univ. Assn. Ave. Blvd. Rd. Hwy. Pl. Sq. Ln. Cres.
Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat.
U.S. U.K. U.N. E.U. U.S.A. D.C. L.A. N.Y. U.A.E. P.R. Ph.D. M.D. B.A. M.A. B.S. M.S.
est. min. max. dept. govt. intl. natl. misc. tel. fax. ext. ref. div. jr. sr.
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md.
Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Penn. Tenn. Tex. Va. Vt.
Wash. Wis. Wyo.
mg. kg. km. cm. mm. ft. oz. lb. lbs. hrs. hr. mins. sec. secs. yr. yrs. mos. wk.
eds. para. eg. ie. Ass't.
Cal. Intl. Natl. Mfg. Assoc. Gen. Ltd. Plc. plc. LLC. Pty.
`

// englishHyphenPrefixes stay joined: EWT keeps "non-human" and "e-mail" as
// one token but splits "well - known".
const englishHyphenPrefixes = `
e anti pro post pre non re co mid neo multi ex sub semi counter cross over
arch intra ultra micro macro socio mis
`

// englishUnits follow numbers without a space; EWT splits them off.
const englishUnits = `
am pm a.m. p.m. a.m p.m k m b bn mn kg g mg km cm mm ft lb lbs oz mph kph ml
hr hrs min mins sec secs mb gb kb tb mw kw kwh gw mhz ghz
`

// emoticons are faces made of punctuation.
const emoticons = `
:) :-) :( :-( ;) ;-) :D :-D :P :-P :p :/ :-/ :'( <3 ^_^ ^^ :o :O XD xD =) =( >:(
`

// wholeTokens hold punctuation yet stay whole.
const wholeTokens = `&amp; &lt; &gt; &quot; a.k.a. A.K.A. AT&T w/ w/o
`

// englishStarters begin sentences far more often than they follow an
// abbreviation inside one.
const englishStarters = `
The A An This That These Those There Their They He She It Its We I You Our My
His Her But And So Yet Or Nor If When While Although Though However Meanwhile
After Before Since As In On At For From With Without By To Of What Who Why How
Where Which Some Many Most All Both Each Every No Not Now Then Today Yesterday
Also Still Such Here Later Earlier Last Next Even Only Please Thanks Thank Let
`
