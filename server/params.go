package server

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/parley-nlp/parley/store"
)

// ploverTypes are the 16 PLOVER 2.0 event types the API filters by.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

// params reads query parameters and remembers the first mistake, so a
// handler parses everything and then checks err once.
type params struct {
	v   url.Values
	err error
}

func (p *params) fail(format string, a ...any) {
	if p.err == nil {
		p.err = &badParam{fmt.Sprintf(format, a...)}
	}
}

func (p *params) str(name string) string { return strings.TrimSpace(p.v.Get(name)) }

// nonNegative reads an optional integer >= 0 (0 when absent).
func (p *params) nonNegative(name string) int {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		p.fail("%s must be a non-negative integer, not %q", name, s)
		return 0
	}
	return n
}

// date reads an optional YYYY-MM-DD (or YYYY-MM, YYYY) bound.
func (p *params) date(name string) string {
	s := p.str(name)
	if s != "" && (store.DayOf(s) == "" || len(s) > 10) {
		p.fail("%s must be YYYY-MM-DD, YYYY-MM or YYYY, not %q", name, s)
	}
	return s
}

func (p *params) plover(name string) string {
	s := strings.ToUpper(p.str(name))
	if s == "" {
		return ""
	}
	for _, t := range ploverTypes {
		if t == s {
			return s
		}
	}
	p.fail("%s must be a PLOVER type (%s), not %q", name, strings.Join(ploverTypes, ", "), p.str(name))
	return ""
}

// noActor is an actor id no store hands out: filtering by it matches nothing
// (an actor name that resolves to no actor).
const noActor int64 = -1

// actor reads an actor filter: a store id, or a name resolved to the actor
// whose name equals it (case-insensitively), else to the most mentioned
// actor whose name contains it, else to noActor. 0 means no filter.
func (p *params) actor(ctx context.Context, st store.Store, name string) int64 {
	s := p.str(name)
	if s == "" || p.err != nil {
		return 0
	}
	if id, err := strconv.ParseInt(s, 10, 64); err == nil {
		if id <= 0 {
			p.fail("%s must be a positive actor id or an actor name, not %q", name, s)
		}
		return id
	}
	page, err := st.Actors(ctx, store.ActorQuery{Q: s, Limit: store.MaxLimit})
	if err != nil {
		p.err = err
		return 0
	}
	for _, a := range page.Items {
		if strings.EqualFold(a.Name, s) || strings.EqualFold(a.RegistryID, s) {
			return a.ID
		}
	}
	if len(page.Items) > 0 {
		return page.Items[0].ID
	}
	return noActor
}
