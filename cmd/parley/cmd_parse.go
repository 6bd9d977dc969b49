package main

import (
	"fmt"
	"io"
)

// runParse is a placeholder until its stage lands.
func runParse(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley parse: not available in this build yet")
	return 2
}
