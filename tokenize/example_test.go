package tokenize_test

import (
	"fmt"

	"github.com/parley-nlp/parley/document"
	"github.com/parley-nlp/parley/tokenize"
)

func ExampleStage() {
	doc := document.New("ex", "2024-07-17", "Mr. Arvid Lund didn't attend. He was in the U.S.")
	if err := tokenize.New().Process(doc); err != nil {
		panic(err)
	}
	for _, s := range doc.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			fmt.Printf("%s|", doc.TokenText(i))
		}
		fmt.Println()
	}
	// Output:
	// Mr.|Arvid|Lund|did|n't|attend|.|
	// He|was|in|the|U.S|.|
}
