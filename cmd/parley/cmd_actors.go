package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/parley-nlp/parley/actors"
)

// runActors looks up names and descriptions in the actor registry:
//
//	parley actors lookup "German Chancellor" --date 2024-07-17
func runActors(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "lookup" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprintln(stdout, "Usage: parley actors lookup [--date YYYY-MM-DD] [--actors FILE] NAME-OR-DESCRIPTION")
			return 0
		}
		fmt.Fprintln(stderr, "Usage: parley actors lookup [--date YYYY-MM-DD] [--actors FILE] NAME-OR-DESCRIPTION")
		return 2
	}
	fs := newFlagSet("actors lookup", "[--date YYYY-MM-DD] [--actors FILE] NAME-OR-DESCRIPTION", stdout, stderr)
	date := fs.String("date", time.Now().UTC().Format("2006-01-02"), "the date the description refers to (YYYY-MM-DD)")
	file := fs.String("actors", "", "also load this PETRARCH/Phoenix actor dictionary or parley registry file")
	if code, stop := parseFlags(fs, args[1:], stdout); stop {
		return code
	}
	query := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if query == "" {
		fs.Usage()
		return 2
	}
	if _, err := time.Parse("2006-01-02", *date); err != nil {
		fmt.Fprintf(stderr, "parley actors: --date %q is not YYYY-MM-DD\n", *date)
		return 2
	}
	reg, err := actors.Default()
	if err != nil {
		fmt.Fprintln(stderr, "parley actors:", err)
		return 1
	}
	if *file != "" {
		if reg, err = actors.WithFile(reg, *file); err != nil {
			fmt.Fprintln(stderr, "parley actors:", err)
			return 1
		}
	}
	ms := reg.Lookup(query, *date)
	if len(ms) == 0 {
		fmt.Fprintf(stderr, "parley actors: no actor found for %q on %s\n", query, *date)
		return 1
	}
	for _, m := range ms {
		e := m.Entry
		line := fmt.Sprintf("%s\t%s\t%s", e.Name, e.Type, e.ID)
		if m.Role.Title != "" {
			line += fmt.Sprintf("\t%s (%s, %s) since %s", m.Role.Display(reg), m.Role.Country, m.Role.Sector, m.Role.Start)
		} else if e.Country != "" {
			line += fmt.Sprintf("\t%s %s", e.Country, e.Sector)
		}
		fmt.Fprintln(stdout, line)
	}
	return 0
}
