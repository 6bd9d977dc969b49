package main

import (
	"fmt"
	"io"
)

// runIngest is a placeholder until its stage lands.
func runIngest(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley ingest: not available in this build yet")
	return 2
}
