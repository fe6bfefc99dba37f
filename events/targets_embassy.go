package events

// The owner of a mission abroad that an act is done to, named by a
// pronoun: "Saudi Arabia severed diplomatic relations with Iran on Sunday
// after protesters stormed its embassy in Tehran" IRNCVL 145 SAU. The
// "its" is a state's, and an embassy "in Tehran" is never Iran's own: the
// owner is the nearest state named before the verb that is neither the
// host of the mission nor the actor's own state (protesters do not storm
// their own country's embassy). Only a group or force acting on it reads
// so; a state or its government acting on "its embassy" acts on its own
// ("Saudi Arabia closed its embassy in Tehran"). The host's state is no
// target either (it was the place read for an attack, "attacked its
// embassy in Tehran" IRN).

import (
	"github.com/dyad-events/dyad/actors"
)

// embassyOwner returns the state whose embassy or consulate ([embassy
// nouns]) h's object "its"/"their" mission is, as the file comment says;
// nil when h's object is no such mission or no state fits.
func (c *Coder) embassyOwner(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if len(h.source) == 0 || h.passive {
		return nil
	}
	src := h.source[0]
	if len(src.Sectors) == 0 || hasSector(src, "GOV") || src.Kind == actors.KindCountry || src.Kind == actors.KindCapital {
		return nil // a state acting on its own mission
	}
	k := h.end
	if h.p.Noun && k+2 < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "against") {
		k++ // "an attack on its embassy"
	}
	if k+1 >= len(toks) || toks[k].Lower != "its" && toks[k].Lower != "their" {
		return nil
	}
	j := k + 1
	if j+1 < len(toks) && toks[j].Tag == "JJ" {
		j++ // "its main embassy"
	}
	if !c.words.embassyNouns[toks[j].Lower] {
		return nil
	}
	host := ""
	if j+1 < len(toks) && toks[j+1].Lower == "in" {
		host = c.placeCountryIn(st, j+1, min(j+8, len(toks)))
	}
	for i := len(st.ments) - 1; i >= 0; i-- {
		m := st.ments[i]
		if m.End > h.head || m.Start >= src.Start && m.End <= src.End {
			continue
		}
		if m.Modifier || m.Place || m.Person || len(m.Country) != 3 || m.Code != m.Country ||
			m.Kind != actors.KindCountry && m.Kind != actors.KindCapital {
			continue
		}
		if m.Country == host || m.Country == src.Country {
			continue
		}
		return []actors.Mention{referent(m, st, k, j+1)}
	}
	return nil
}
