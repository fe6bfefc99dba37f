package events

// refugeeStatus makes the people granted refugee, protected or asylum
// status (the 075 patterns "grant refugee status" of data/verbs.txt)
// refugees: "Brazil granted refugee status to more than 21,000
// Venezuelans" is BRA 075 VENREF, not VENCVL (CODING.md: refugees are
// REF; gold W49016). Named officials or groups granted it keep their
// codes (deportees changes only civilians and bare nationality
// adjectives); asylum granted without the word "status" ("granted them
// political asylum") is left as it is.
func refugeeStatus(h *verbHit) {
	if h.code != "075" || !slotHas(h.p.Slots[1:], "status") {
		return
	}
	deportees(h.target)
}
