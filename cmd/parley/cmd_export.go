package main

import (
	"fmt"
	"io"
)

// runExport is a placeholder until its stage lands.
func runExport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley export: not available in this build yet")
	return 2
}
