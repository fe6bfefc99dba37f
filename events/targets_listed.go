package events

// A party struck from a list: "would remove Cuba from its list of state
// sponsors of terrorism", "agreed to take the group off Washington's
// sanctions blacklist". The party removed is the verb's object, before
// "from" or "off"; a state named after it owns the list ("Washington's
// list", "the U.S. list") and is no target (data/verbs.txt, "acts most
// often told as plans").

// listOwner drops h's targets that stand after the "from" or "off" of an
// easing of listed sanctions (081, 0351 as a plan) when the list follows:
// the list's owner, not the party taken off it. The needtarget check
// then drops an easing left with no party ("plans to remove the island
// from Washington's list": the island is no actor here).
func listOwner(st *sentence, h *verbHit) {
	if len(h.target) == 0 || h.p == nil || h.p.Code != "081" || h.p.Noun {
		return
	}
	toks := st.toks
	off := -1
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		if w := toks[k].Lower; w == "from" || w == "off" {
			off = k
			break
		}
	}
	if off < 0 || !slotHas(h.p.Slots[1:], "from") {
		return
	}
	kept := h.target[:0:0]
	for _, t := range h.target {
		if t.Start < off {
			kept = append(kept, t)
		}
	}
	h.target = kept
}
