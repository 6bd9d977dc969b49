package main

import (
	"fmt"
	"io"
)

// runServe is a placeholder until its stage lands.
func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley serve: not available in this build yet")
	return 2
}
