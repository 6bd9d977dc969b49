package main

import (
	"fmt"
	"io"
)

// runActors is a placeholder until its stage lands.
func runActors(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley actors: not available in this build yet")
	return 2
}
