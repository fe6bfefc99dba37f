package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// seizedSeat reads an armed group's seizure of the seats of a state's
// power, "government buildings", "government offices", "the military
// headquarters" ([seat buildings] of data/words.txt after a government
// or armed-forces word), as ground taken from that state (192, the state
// the target): "Southern separatists seized government buildings in
// Aden" YEMREB 192 YEM, "Houthi rebels took control of government
// buildings in Sanaa" YEMREB 192 YEM, as the open gold sets code them
// (dev29-wire W29021, dev53-wire W53046). The bare "seize" (171) read
// them as property of the government, and "take control of" lost them in
// occupyFamily, whose ground is never a government body. Only a rebel or
// militant source (REB, an IMG group) changes: the gold sets keep "armed
// men seized the regional parliament and government buildings" property
// seized (UAF 171, W19070), troops are left as they were, and crowds are
// crowdSeizure's (a protest). It runs before occupyFamily.
func seizedSeat(st *sentence, h *verbHit) {
	if h.code != "171" && !(h.code == "192" && occupyPattern(h.p)) || len(h.source) != 1 || len(h.target) != 1 {
		return
	}
	src, t := h.source[0], h.target[0]
	if !hasSector(src, "REB") && !strings.HasPrefix(src.Code, "IMG") || hasSector(src, "UAF", "CRM") {
		return
	}
	if !hasSector(t, "GOV", "MIL") || t.Country == "" || t.Person || t.Possessive || t.Start <= h.head ||
		t.End <= 0 || t.End >= len(st.toks) || !st.words.seatBuildings[st.toks[t.End].Lower] {
		return
	}
	v := t
	v.Code, v.Sectors = v.Country, nil
	h.code = "192"
	h.target = []actors.Mention{v}
}
