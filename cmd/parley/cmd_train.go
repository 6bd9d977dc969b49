package main

import (
	"fmt"
	"io"
)

// runTrain is a placeholder until its stage lands.
func runTrain(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "parley train: not available in this build yet")
	return 2
}
