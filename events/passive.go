package events

import (
	"github.com/dyad-events/dyad/actors"
)

// passiveOnTarget returns the actor a passive act names with "on" or
// "against" before its by-agent, when the subject names none: "Sanctions
// were imposed on Iran by the European Union" is EU 163 IRN, as the
// active "imposed sanctions on Iran" is. nil when there is none.
func (c *Coder) passiveOnTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+4; k++ {
		switch toks[k].Lower {
		case "by", ",", ";":
			return nil
		case "on", "against", "upon":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if m := st.at[j]; m >= 0 {
				if mt := st.ments[m]; !mt.Modifier {
					return []actors.Mention{mt}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// tradePartner returns the state named as the other end of a trade flow
// in h's clause ("lifted its ban on rice exports to Bangladesh", "curbs
// on imports from China"), for an act on trade with no target yet: the
// partner is whom the embargo or its easing touches. nil when none.
func (c *Coder) tradePartner(st *sentence, h *verbHit) []actors.Mention {
	switch h.code {
	case "085", "163", "061", "1312":
	default:
		return nil
	}
	toks := st.toks
	_, hi := clauseBounds(toks, h.head)
	for k := h.head + 1; k+2 < hi && k < h.end+10; k++ {
		w := toks[k].Lower
		if !(w == "exports" || w == "export" || w == "shipments") || toks[k+1].Lower != "to" && toks[k+1].Lower != "into" {
			if !(w == "imports" || w == "import") || toks[k+1].Lower != "from" {
				continue
			}
		}
		j := k + 2
		if toks[j].Lower == "the" && j+1 < hi {
			j++
		}
		if m := st.at[j]; m >= 0 && !st.ments[m].Modifier && (len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
			return []actors.Mention{st.ments[m]}
		}
		if p, n, ok := c.placeAt(st, j, hi, 3); ok && (len(h.source) == 0 || p.Country != h.source[0].Country) {
			pm := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
			pm.Start, pm.End = j, j+n
			return []actors.Mention{*pm}
		}
		return nil
	}
	return nil
}
