package actors

// The dictionary entries behind a mention, for dyad code --why: which
// lines of which files gave an actor its code.

import "github.com/dyad-events/dyad"

// EntriesIn returns the dictionary entries whose phrases Find matches in
// toks[start:end] (a mention's tokens), left to right, one per phrase
// matched (the first of a person's dated roles): "South Korean officials"
// gives the entry of "South Korean" and that of "officials". It walks the
// phrases again, so it costs nothing to Find: it is for explaining a code
// (Drop, the coder's --why), not for coding.
func (m *Matcher) EntriesIn(toks []dyad.Token, start, end int) []Entry {
	var out []Entry
	for i := max(start, 0); i < end && i < len(toks); {
		r := m.longest(toks, i)
		if r.p == nil || r.end <= i || r.end > end || len(r.p.entries) == 0 {
			i++
			continue
		}
		out = append(out, r.p.entries[0])
		i = r.end
	}
	return out
}
