package events

// Role: police rushed or poured "into" a place, whose country the
// refinement of police sent at home (refine.go, policeSent) compares with
// the sender's: "Kenya rushed hundreds of paramilitary police into
// Mombasa" is a security deployment at home (153), as "to Mombasa" is.

import "github.com/dyad-events/dyad/actors"

// placeInto returns, as a one-mention target, the first place the
// gazetteer knows within the three words after a pattern that ends with
// "into" ("into the regional capital Urumqi"); nil when the pattern ends
// otherwise or no place follows. placeTarget reads a pattern's own "to"
// the same way; "into" is read here alone, for police sent, so that
// troops poured into a country keep their code.
func (c *Coder) placeInto(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.end < 1 || h.end > len(toks) || toks[h.end-1].Lower != "into" {
		return nil
	}
	for j := h.end; j < len(toks) && j < h.end+4; j++ {
		p, _, ok := c.placeAt(st, j, len(toks), 1)
		if !ok {
			continue
		}
		m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
		m.Start, m.End = j, j+1
		return []actors.Mention{*m}
	}
	return nil
}
