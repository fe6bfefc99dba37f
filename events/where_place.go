package events

import "github.com/dyad-events/dyad"

// whereClausePlace returns the place a relative "where" clause hangs
// on, for a hit inside that clause: "travelled on to Cairo, where he met
// the president" met in Cairo. The clause runs from ", where" to the
// hit with no finite verb between but the hit's own; the place phrase
// (namedPlace: "Cairo", "the port city of Aden") ends at the comma.
func (c *Coder) whereClausePlace(st *sentence, h *verbHit) *dyad.Location {
	toks := st.toks
	w := -1
	for k := h.head - 1; k >= 1 && k >= h.head-8; k-- {
		if toks[k].Lower == "where" {
			w = k
			break
		}
		if toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag) && st.at[k] < 0 || toks[k].Tag == "MD" {
			return nil
		}
	}
	if w < 2 || toks[w-1].Text != "," {
		return nil
	}
	comma := w - 1
	for j := comma - 1; j >= 0 && j >= comma-6; j-- {
		if p, n, ok := c.placeAt(st, j, comma, 3); ok && j+n == comma {
			loc := p.Location()
			return &loc
		}
		if j < comma-1 && toks[j].Lower == "of" {
			if p, ok := c.namedPlace(st, j-1, comma); ok {
				loc := p.Location() // "the port city of Aden"
				return &loc
			}
		}
	}
	return nil
}
