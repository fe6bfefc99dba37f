package events

// Orders to shoot. A leader or a government that orders, tells or
// authorises police or troops to shoot, to kill or to open fire (the
// lines of root 13 in data/verbs.txt, code 137) threatens violent
// repression of the people to be shot: "Ruto ordered police to shoot in
// the legs anyone attacking businesses" KENGOV 137 KENCVL. The people are
// the actor named after the shooting verb ("to open fire on protesters"),
// and when the text names nobody ("anyone", "looters", "on sight") the
// ordering state's own civilians; rebels to be shot make it a threat of
// military force (138). The force ordered is never the target.
// A drone, a missile or an aircraft shot down is no repression: an order
// "to shoot down any drone" gives no event.

import (
	"github.com/dyad-events/dyad/actors"
)

// shootOrder gives a 137 hit headed by a verb of ordering (order, tell,
// instruct, authorise; issue or give for "shoot-on-sight
// orders") its target, or drops it (code "") for a shooting down. Other
// hits are left as they are.
func (c *Coder) shootOrder(st *sentence, h *verbHit) {
	if h.code != "137" || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	switch st.toks[h.head].Lemma {
	case "order", "tell", "instruct", "authorise", "authorize", "give", "issue":
	default:
		return
	}
	toks := st.toks
	shot := -1 // the shooting verb
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "shoot", "kill", "fire", "shoot-on-sight", "shoot-to-kill":
			shot = k
		}
	}
	if shot < 0 {
		return
	}
	if shot+1 < len(toks) && toks[shot+1].Lower == "down" {
		h.code = "" // "to shoot down any drone": no people shot
		return
	}
	src := h.source[0]
	var target []actors.Mention
	for k := shot + 1; k < len(toks) && k <= shot+8; k++ {
		if t := toks[k]; t.Text == "," || t.Text == ";" || finite(t.Tag) || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "WP" || t.Tag == "WDT" {
			break // "anyone attacking businesses": the businesses are not shot
		}
		m := st.at[k]
		if m < 0 {
			continue
		}
		e := st.ments[m]
		if e.Place || hasSector(e, "MIL", "COP", "GOV", "BUS") {
			break
		}
		target = []actors.Mention{e}
		if hasSector(e, "REB") {
			h.code = "138" // "told soldiers to kill communist rebels": force threatened against a fighting side
		}
		break
	}
	if len(target) == 0 {
		target = []actors.Mention{c.implicitActor(src, h, "CVL")}
	}
	h.target = target
}
