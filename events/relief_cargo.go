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
// "bringing", "laden with", "loaded with") must follow the arrival in its
// clause, no other verb between, with a word of [aid goods] within six
// words after it. reliefArrival applies the same source limits: a
// government's, parliament's or court's arrival stays a visit.
func (c *Coder) reliefCargo(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.head+14; k++ {
		if toks[k].Text == ";" || finite(toks[k].Tag) || toks[k].Lower == "to" || toks[k].Lower == "after" || toks[k].Lower == "before" {
			return false
		}
		switch toks[k].Lower {
		case "with", "carrying", "bringing":
		default:
			continue
		}
		for x := k + 1; x < len(toks) && x <= k+6; x++ {
			if toks[x].Text == ";" || finite(toks[x].Tag) || st.at[x] >= 0 && !st.ments[st.at[x]].Modifier {
				return false
			}
			if st.words.aidGoods[toks[x].Lower] {
				return true
			}
		}
		return false
	}
	return false
}
