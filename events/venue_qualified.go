package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// qualifiedHost returns the place a visit's host names with its country
// or region after a comma ("visited Birmingham, Alabama last week";
// "arrived in Athens, Georgia, on Monday"): the namesake there
// (qualifiedPlace), not the gazetteer's preferred place of the bare name
// (Birmingham, England). The host is read from its tokens, or from its
// text's span when the place target was built without them
// (placeMention). ok is false when no qualifier follows the name.
func (c *Coder) qualifiedHost(st *sentence, host *actors.Mention) (gazetteer.Place, bool) {
	toks := st.toks
	j, e, ok := mentionTokens(st, host)
	if !ok {
		return gazetteer.Place{}, false
	}
	p, n, ok := c.placeAt(st, j, len(toks), 3)
	if !ok || j+n < e {
		return gazetteer.Place{}, false
	}
	for k := j + 1; k < j+n; k++ {
		if toks[k].Text == "," {
			return p, true
		}
	}
	return gazetteer.Place{}, false
}

// mentionTokens returns the tokens j to e of mention m: its own, or those
// of its text's span when it was built without them (placeMention, a
// list's member). ok is false when no tokens match the span.
func mentionTokens(st *sentence, m *actors.Mention) (j, e int, ok bool) {
	if m.Start < m.End && m.End <= len(st.toks) {
		return m.Start, m.End, true
	}
	j = -1
	for k, t := range st.toks {
		if t.Start == m.Span[0] {
			j = k
		}
		if j >= 0 && t.End == m.Span[1] {
			return j, k + 1, true
		}
	}
	return 0, 0, false
}
