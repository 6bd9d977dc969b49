package syntax

import (
	"strings"
	"testing"
)

// A participle with a direct object under a verbless sentence's root noun
// is its main verb; a reduced relative without an object, or a sentence
// with a finite verb of its own, stays as parsed. Sentences invented.
func TestRepairVerbless(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string // word|XPOS|head|label, head 1-based (0: root)
	}{
		{"police fired tear gas",
			"police|NN|0|root fired|VBN|1|acl gas|NN|2|obj .|.|1|punct",
			"police|NN|2|nsubj fired|VBD|0|root gas|NN|2|obj .|.|2|punct"},
		{"a headline without an object stays a noun phrase",
			"soldiers|NNS|0|root killed|VBN|1|acl in|IN|4|case raid|NN|2|obl",
			"soldiers|NNS|0|root killed|VBN|1|acl in|IN|4|case raid|NN|2|obl"},
		{"a finite verb elsewhere keeps the parse",
			"troops|NNS|0|root trained|VBN|1|acl recruits|NNS|2|obj ,|,|1|punct officials|NNS|6|nsubj said|VBD|1|parataxis",
			"troops|NNS|0|root trained|VBN|1|acl recruits|NNS|2|obj ,|,|1|punct officials|NNS|6|nsubj said|VBD|1|parataxis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tags []Tagged
			var heads []int
			var labels []string
			for _, f := range strings.Fields(tc.in) {
				p := strings.Split(f, "|")
				h := int(p[2][0] - '0')
				upos := "NOUN"
				if strings.HasPrefix(p[1], "VB") {
					upos = "VERB"
				}
				tags = append(tags, Tagged{UPOS: upos, XPOS: p[1], Lemma: p[0]})
				heads = append(heads, h-1)
				labels = append(labels, p[3])
			}
			repairVerbless(tags, heads, labels)
			var got []string
			for i := range tags {
				got = append(got, tags[i].Lemma+"|"+tags[i].XPOS+"|"+string(rune('0'+heads[i]+1))+"|"+labels[i])
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("\ngot  %s\nwant %s", g, tc.want)
			}
		})
	}
}
