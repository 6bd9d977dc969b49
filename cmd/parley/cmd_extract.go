package main

import (
	"fmt"
	"io"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley extract: not available in this build yet")
	return 2
}
