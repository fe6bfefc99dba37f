package events

// reliefCargo reports an arrival (h, coded as a visit) that brings relief
// goods: "Indian navy ships docked in Colombo on Monday with tents, water
// purifiers and 40 tonnes of rice for Sri Lankan families" (gold dev41
// W41020, INDMIL 073 LKACVL), "Turkish army planes landed in Tripoli
// carrying food and medicine". Carried relief is aid delivered to the
// place reached, as aid sent is (073, CODING.md: aid sent or delivered is
// provided aid), not a visit; a plane that lands "with 60 tonnes of dried
// fruit" carries trade, not aid (W38010), and an official who arrives
// "with a message" pays a visit. The cargo word ("with", "carrying",
// "bringing"; "laden with", "loaded with") must follow the arrival with
// no ";", finite verb, "to", "after" or "before" between and within 13
// words, with a word of [aid goods] within six words after it, before a
// ";", a finite verb or a mention that is no modifier. A military load
// ([military cargo]: "with fuel and ammunition for Syrian troops") up to
// ten words after the cargo word, or a warship's arrival ([war vessels]
// in the source's words: "A Russian warship docked in Tartus with
// fuel"), makes no relief. reliefArrival applies the same source limits:
// a government's, parliament's or court's arrival stays a visit.
func (c *Coder) reliefCargo(st *sentence, h *verbHit) bool {
	toks := st.toks
	if len(h.source) > 0 {
		for j := h.source[0].Start; j >= 0 && j < h.head && j < len(toks); j++ {
			if st.words.warVessels[toks[j].Lower] {
				return false // "A Russian warship docked in Tartus with fuel"
			}
		}
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.head+14; k++ {
		if toks[k].Text == ";" || finite(toks[k].Tag) || toks[k].Lower == "to" || toks[k].Lower == "after" || toks[k].Lower == "before" {
			return false
		}
		switch toks[k].Lower {
		case "with", "carrying", "bringing":
		default:
			continue
		}
		aid := false
		for x := k + 1; x < len(toks) && x <= k+10; x++ {
			if toks[x].Text == ";" || finite(toks[x].Tag) {
				break
			}
			if st.words.militaryCargo[toks[x].Lower] {
				return false // "with fuel and ammunition for Syrian troops"
			}
			if aid {
				continue
			}
			if st.at[x] >= 0 && !st.ments[st.at[x]].Modifier {
				return false
			}
			if x <= k+6 && st.words.aidGoods[toks[x].Lower] {
				aid = true
			}
		}
		return aid
	}
	return false
}
