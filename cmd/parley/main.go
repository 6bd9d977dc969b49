// Command parley extracts quotes, speakers, actors, time expressions and
// political events from news text, and serves them to analysts.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
)

// command is one subcommand. run returns the process exit status.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands lists every subcommand in the order --help shows them. Each lives
// in its own cmd_<name>.go file.
func commands() []command {
	return []command{
		{"extract", "extract sentences, actors, quotes, times and events as contract JSON", runExtract},
		{"parse", "tokenize, tag and parse text into CoNLL-U", runParse},
		{"train", "train the tagger, the parser, its arc relabeler, arc scorer or chooser from CoNLL-U treebanks", runTrain},
		{"actors", "look up actors in the registry (actors lookup \"German Chancellor\" --date 2024-07-17)", runActors},
		{"ingest", "extract and store text, HTML, JSONL files, folders, feeds and URLs", runIngest},
		{"serve", "serve the JSON API and the web UI", runServe},
		{"export", "export stored events as CSV, contract JSONL or PLOVER JSONL", runExport},
		{"demo", "ingest the bundled example articles and open the web UI", runDemo},
	}
}

func main() {
	// PARLEY_CPUPROFILE=FILE writes a CPU profile of the whole run, for
	// finding where a slow corpus spends its time (go tool pprof FILE).
	if path := os.Getenv("PARLEY_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			status := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(status)
		}
		fmt.Fprintf(os.Stderr, "parley: PARLEY_CPUPROFILE: cannot profile to %s\n", path)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "parley: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "parley: who said what, who did what to whom, and when, from news text.")
	fmt.Fprintln(w, "\nUsage: parley COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parley COMMAND --help' for a command's flags.")
}

// newFlagSet returns a FlagSet whose --help prints the command's usage to
// stdout and whose errors go to stderr.
func newFlagSet(name, synopsis string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: parley %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns (status, true) when the command should
// stop: 0 after --help, 2 after a usage error.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (int, bool) {
	err := fs.Parse(interleave(fs, args))
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, true
	}
	if err != nil {
		return 2, true
	}
	return 0, false
}

// interleave moves flags after positional arguments to the front, so that
// "parley extract file.txt --published 2024-07-17" works as users expect.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := a[1:]
			if len(name) > 0 && name[0] == '-' {
				name = name[1:]
			}
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}
