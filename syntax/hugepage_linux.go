package syntax

import (
	"runtime"
	"syscall"
	"unsafe"
)

// makeTable returns a zeroed []uint64 of n elements for owner. Large
// tables are mapped with transparent huge pages where the kernel allows
// them: the parser's lookups land on random pages, and with 4 KiB pages
// most would also miss the TLB. The mapping is released when owner is
// collected. Falls back to make.
func makeTable[T any](owner *T, n int) []uint64 {
	const hugePage = 1 << 21 // bytes
	size := n * 8
	if size < hugePage {
		return make([]uint64, n)
	}
	size = (size + hugePage - 1) &^ (hugePage - 1)
	// One huge page more, to align the start on one.
	m, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]uint64, n)
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&m[0])) % hugePage; r != 0 {
		off = int(hugePage - r)
	}
	_ = syscall.Madvise(m[off:off+size], 14) // MADV_HUGEPAGE; failing only costs speed
	runtime.AddCleanup(owner, func(m []byte) { syscall.Munmap(m) }, m)
	return unsafe.Slice((*uint64)(unsafe.Pointer(&m[off])), n)
}
