package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// People or bodies handed over, returned or repatriated "to" a state are
// released to it: "Azerbaijan handed over 15 Armenian prisoners to
// Armenia" is AZE 0841 ARM (gold W14051), and "Hamas handed over the
// bodies of four hostages to Israel" is a release to Israel (d7s044,
// d20149 code the bodies of hostages as persons released to Israel's
// side). When the object names no party of its own ("four hostages",
// "the bodies of 500 soldiers"), the object scan leaves the release
// with no target; the party after "to" in the same clause is who
// receives the people, and so the side the release is to.
//
// The recipient must be a state or a party with a country of its own,
// not the source's own country (handed to its own police is no
// release to another side) and not an intermediary with no country
// ("to the Red Cross", "to a UN mission": gold d7s044 codes the
// hostages' side, which the sentence does not name).

// handedTo gives a release (0841) by handing over, handing back,
// returning or repatriating people that has no target the party named
// after "to" in the verb's clause.
func (c *Coder) handedTo(st *sentence, h *verbHit) {
	if h.code != "0841" || len(h.target) != 0 || len(h.source) == 0 || h.passive || h.p == nil || h.p.Noun {
		return
	}
	toks := st.toks
	switch toks[h.head].Lemma {
	case "hand", "return", "repatriate", "give", "turn":
	default:
		return
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.end+10; k++ {
		w := toks[k]
		if k >= h.end && (w.Text == "," || w.Text == ";" || w.Lower == "that" || w.Lower == "who" || w.Lower == "which" || w.Lower == "and" || finite(w.Tag)) {
			return
		}
		if w.Lower != "to" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		m := st.at[j]
		if m < 0 {
			return
		}
		dest := st.ments[m]
		if dest.Unresolved || dest.Person || len(dest.Country) != 3 || dest.Country == h.source[0].Country ||
			strings.HasPrefix(dest.Code, "IGO") || strings.HasPrefix(dest.Code, "NGO") {
			return
		}
		switch dest.Kind {
		case actors.KindCountry, actors.KindCapital, actors.KindOrg, actors.KindAgent:
		default:
			return
		}
		dest.Place = false
		h.target = []actors.Mention{dest}
		return
	}
}
