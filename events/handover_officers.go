package events

import "github.com/dyad-events/dyad/actors"

// Police handing a wanted person to another state's "officers" hand
// him to its police: "Albanian police put the businessman on a flight
// to Athens, handing him to Greek officers" is ALBCOP 063 GRCCOP. The
// bare "officers" names no sector of its own (army or police), so the
// nationality before it alone gives the country; in a handover between
// police forces the recipient is the other state's police.

// handoverOfficers gives a judicial handover (063) by a police source
// whose target is a bare country named by a nationality word before
// "officers" the target's police (COP).
func handoverOfficers(st *sentence, h *verbHit) {
	if h.code != "063" || len(h.source) == 0 || !hasSector(h.source[0], "COP") || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if len(t.Country) != 3 || len(t.Sectors) > 0 || t.Code != t.Country || t.End >= len(st.toks) {
		return
	}
	if w := st.toks[t.End].Lower; w != "officers" && w != "officer" {
		return
	}
	t.Code, t.Sectors = t.Country+"COP", []string{"COP"}
	h.target = []actors.Mention{t}
}
