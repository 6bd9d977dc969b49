package actors

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"sync"

	"github.com/parley-nlp/parley/document"
)

//go:embed data/*.txt
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultReg  *Registry
	defaultErr  error
)

// Default returns the embedded registry (data/*.txt), loaded once.
func Default() (*Registry, error) {
	defaultOnce.Do(func() {
		var entries []*Entry
		entries, defaultErr = LoadFS(dataFS, "data")
		if defaultErr == nil {
			defaultReg, defaultErr = NewRegistry(entries)
		}
	})
	return defaultReg, defaultErr
}

// LoadFS parses every .txt file of dir in fsys, in name order.
func LoadFS(fsys fs.FS, dir string) ([]*Entry, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []*Entry
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return nil, err
		}
		es, err := Parse(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, nil
}

// Match is one answer of Lookup: a registry entry and, for persons, the
// role it holds on the date asked.
type Match struct {
	Entry *Entry
	Role  Role
}

// Lookup resolves a name or a description ("German Chancellor", "Kremlin
// spokesman", "Olaf Scholz", "NATO") on date (YYYY-MM-DD; "" = today's
// holders) to registry entries.
func (r *Registry) Lookup(query, date string) []Match {
	doc := document.New("lookup", date, query)
	acts := Find(r, doc)
	var out []Match
	for _, a := range acts {
		e := r.ByID(a.RegistryID)
		if e == nil {
			continue
		}
		m := Match{Entry: e}
		if ro, ok := e.RoleOn(docDate(date)); ok {
			m.Role = ro
		}
		out = append(out, m)
	}
	// a person answers a description better than the state it names
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Entry.Type == "person" && out[j].Entry.Type != "person"
	})
	return out
}
