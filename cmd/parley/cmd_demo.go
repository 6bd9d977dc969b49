package main

import (
	"fmt"
	"io"
)

// runDemo is a placeholder until its stage lands.
func runDemo(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley demo: not available in this build yet")
	return 2
}
