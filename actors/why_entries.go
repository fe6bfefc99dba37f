package actors

// The dictionary entries behind a mention, for dyad code --why: which
// lines of which files gave an actor its code.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// EntriesIn returns the dictionary entries whose phrases Find matches in
// toks[start:end] (a mention's tokens), left to right, one per phrase
// matched: of a person's dated roles the one in force on date (the
// article's, "2024-03-05"), else the first. "South Korean officials"
// gives the entry of "South Korean" and that of "officials". It walks the
// phrases again, so it costs nothing to Find: it is for explaining a code
// (Drop, the coder's --why), not for coding.
func (m *Matcher) EntriesIn(toks []dyad.Token, start, end int, date string) []Entry {
	var out []Entry
	for i := max(start, 0); i < end && i < len(toks); {
		r := m.longest(toks, i)
		if r.p == nil || r.end <= i || r.end > end || len(r.p.entries) == 0 {
			i++
			continue
		}
		out = append(out, entryOn(r.p.entries, date))
		i = r.end
	}
	return out
}

// entryOn is the entry of es (one phrase's) in force on date: the first
// dated one valid then, else the first.
func entryOn(es []Entry, date string) Entry {
	for _, e := range es {
		if e.Dated() && e.ValidOn(date) {
			return e
		}
	}
	return es[0]
}

// SurnameEntries returns the entries a lone surname w (as written) may
// name on date: those of the people bearing it whose dated role is in
// force then, else those in view (a role begun by then and ended less
// than staleYears before), as surnameOn reads them. For explaining a
// lone surname's country (the coder's --why).
func (m *Matcher) SurnameEntries(w, date string) []Entry {
	w = strings.ToLower(w)
	for _, keep := range []func(Entry) bool{
		func(e Entry) bool { return e.Dated() && e.ValidOn(date) },
		func(e Entry) bool { return e.Dated() && inView(e, date) },
	} {
		var out []Entry
		for _, p := range m.bearers[w] {
			for _, e := range p.entries {
				if keep(e) {
					out = append(out, e)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}
