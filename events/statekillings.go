package events

// This file codes a state's forces shooting people dead. The pattern
// "shoot dead" gives 180 (unconventional violence), right for gunmen and
// militants ("Militants shot dead 26 tourists"); a state's troops or
// police who shoot dead militants, suspects or a crowd's attackers use
// conventional force (190), as "killed" by them already is (refine.go),
// and captives shot dead are executed (1823). Police shooting
// protesters dead is repression (175), a longer pattern of its own.

// stateShooting returns the code of "shoot dead" by a state's forces at
// h, whose victims are named (refine.go calls it only then; unnamed ones
// stay 180 on the place's civilians): 1823 when they are captives ("shot
// dead three soldiers who had surrendered", "shot dead two prisoners"),
// else 190.
func stateShooting(st *sentence, h *verbHit) string {
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+12; k++ {
		switch toks[k].Lower {
		case ";", ":":
			return "190"
		case "surrendered", "captive", "captives", "prisoner", "prisoners", "detainee", "detainees",
			"handcuffed", "blindfolded", "execution-style":
			return "1823"
		}
	}
	return "190"
}
