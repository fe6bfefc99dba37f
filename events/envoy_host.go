package events

import "github.com/dyad-events/dyad/actors"

// envoyHost returns the state an envoy or delegation is sent to, named
// right after the pattern's "to" ("Egypt will send a delegation to
// Tripoli": LBY, the host of the visit, 042), where the object search
// finds the envoy itself, the sender's own (EGYGOV); nil otherwise. A place that is no state's seat or the
// state itself ("to the border") stays no target.
func (c *Coder) envoyHost(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.p.Code != "042" || h.end < 1 || h.end >= len(toks) || toks[h.end-1].Lower != "to" {
		return nil
	}
	switch toks[h.head].Lemma {
	case "send", "dispatch":
	default:
		return nil
	}
	m := st.at[pastThe(toks, h.end)]
	if m < 0 {
		return nil
	}
	t := st.ments[m]
	if t.Country == "" || t.Kind != actors.KindCountry && t.Kind != actors.KindCapital && t.Code != t.Country {
		return nil
	}
	if len(h.source) > 0 && h.source[0].Country == t.Country {
		return nil
	}
	t.Code, t.Sectors, t.Place, t.Modifier = t.Country, nil, false, false
	return []actors.Mention{t}
}
