package timex_test

import (
	"fmt"

	"github.com/parley-nlp/parley/timex"
)

func ExampleFind() {
	text := "The envoys met last week and said they would meet again in November."
	for _, t := range timex.Find(text, "2024-07-17") {
		fmt.Println(text[t.Start:t.End], t.Value, t.Type)
	}
	// Output:
	// last week 2024-W28 DATE
	// November 2024-11 DATE
}

func ExampleNormalize() {
	t, _ := timex.Normalize("mid-June", "2024-07-17", timex.Past)
	fmt.Println(t.Value, t.Mod)
	// Output: 2024-06 MID
}
