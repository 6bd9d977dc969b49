package pipeline

import (
	"runtime"
	"sync"
)

// Ordered runs work on up to workers goroutines (GOMAXPROCS when workers < 1)
// over the values read from in, and calls emit with each result in input
// order. At most 2*workers values are in flight, so memory does not grow with
// the length of the input. Ordered returns when in is closed and every result
// has been emitted.
func Ordered[In, Out any](in <-chan In, workers int, work func(In) Out, emit func(Out)) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	type slot struct {
		out  Out
		done chan struct{}
	}
	queue := make(chan *slot, 2*workers)
	jobs := make(chan struct {
		in In
		s  *slot
	}, workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.s.out = work(j.in)
				close(j.s.done)
			}
		}()
	}
	go func() {
		for v := range in {
			s := &slot{done: make(chan struct{})}
			queue <- s // blocks when 2*workers results wait to be emitted
			jobs <- struct {
				in In
				s  *slot
			}{v, s}
		}
		close(jobs)
		close(queue)
	}()
	for s := range queue {
		<-s.done
		emit(s.out)
	}
	wg.Wait()
}
