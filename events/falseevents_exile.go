package events

// Going into exile is no visit: "Liberian President Charles Taylor
// resigned and flew into exile in Nigeria" tells a flight from home, not
// a trip to a host (042/043) that the visit words ("fly into", "fly to")
// would code for the country named after it.

import "strings"

// exileFlight reports a visit hit (042) whose words are followed at once
// by "into" or "to" and an exile word ([exile words]: "flew into exile",
// "was flown to exile"), or whose own last word is "into"/"to" before one.
func exileFlight(st *sentence, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "042") {
		return false
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+3; k++ {
		if w := toks[k].Lower; (w == "into" || w == "to") && st.words.exileWords[toks[k+1].Lower] {
			return true
		}
	}
	return false
}
