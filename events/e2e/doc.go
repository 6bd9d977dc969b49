// Package e2e holds parley's end-to-end event tests and benchmarks: the
// whole default pipeline (tokenize → syntax → actors → times → quotes →
// events) on invented news text. It has no API; it lives apart from
// package events so that the events unit tests depend on nothing but the
// document model.
//
//	go test -bench . ./events/e2e/            # sentences/s, retained heap by batch size
//	PARLEY_EVENTS_IN=in.jsonl PARLEY_EVENTS_OUT=out.jsonl go test -run DevDump ./events/e2e/
package e2e
