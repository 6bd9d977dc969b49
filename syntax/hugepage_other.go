//go:build !linux

package syntax

// makeTable returns a zeroed []uint64 of n elements for owner.
func makeTable[T any](owner *T, n int) []uint64 { return make([]uint64, n) }
