package syntax

import (
	_ "embed" // the word-class lexicon
	"strings"
	"sync"
)

// The word-class lexicon gives the tagger what the treebank cannot: for
// some 158,000 English word forms, which word classes they can belong to
// (from WordNet and a word list, see wordclassgen). Most words the tagger
// never saw in training are in it, and a plural noun, a past-tense verb
// and a name read alike to suffix features alone.
//
//go:embed data/wordclasses.txt
var wordClassData string

const wordClassLetters = "nNvsdgacrPLC"

var (
	wordClassOnce sync.Once
	wordClassMap  map[string]uint16
)

// wordClasses returns the lexicon: lower-case form → bit set over
// wordClassLetters. It is built once and read-only after.
func wordClasses() map[string]uint16 {
	wordClassOnce.Do(func() { wordClassMap = parseWordClasses(wordClassData) })
	return wordClassMap
}

// parseWordClasses reads "form<TAB>letters" lines; lines starting with #
// and malformed lines are skipped (the file is generated, and a user's
// edit must not stop the tagger).
func parseWordClasses(data string) map[string]uint16 {
	m := make(map[string]uint16, strings.Count(data, "\n"))
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if line == "" || line[0] == '#' {
			continue
		}
		form, ls, ok := strings.Cut(line, "\t")
		if !ok || form == "" {
			continue
		}
		var bits uint16
		for i := 0; i < len(ls); i++ {
			if k := strings.IndexByte(wordClassLetters, ls[i]); k >= 0 {
				bits |= 1 << k
			}
		}
		m[form] = bits
	}
	return m
}

// wordClassOf returns the feature value of a lower-case form: its class
// bits plus one, or 0 when the lexicon lacks it.
func wordClassOf(lower string) uint64 {
	if b, ok := wordClasses()[lower]; ok {
		return uint64(b) + 1
	}
	return 0
}
