package events

// Role: a petrol bomb or a Molotov cocktail thrown by armed or unnamed
// men is a bombing (183), not a riot (145).

// thrownBomb recodes a riot (145) told by throwing, hurling or tossing
// (verbs.txt "throw {stones,…,petrol,molotov,firebombs}") to a bombing
// (183) when the thing thrown is a bomb, a noun of [thrown bombs]
// (data/words.txt) within the object ("a petrol bomb", "Molotov
// cocktails"), and the thrower is an armed group, gunmen or unnamed
// men (nonState: REB, UAF, CRM, IMG). The gold codes a crowd's
// firebombs as the riot they belong to (dev23 W23040 "protesters who
// threw petrol bombs at the … police station" 145, dev35 W35016) and
// bombs thrown by unnamed men as a bombing (dev38 W38042 "Unidentified
// men threw a petrol bomb into the office of an opposition newspaper"
// BGDUAF 183 BGDMED; verbs.txt: "grenades and bombs thrown at a target
// are a bombing"). Without it refine clears the 145 as no protest (only
// civilians protest) and the bombing is lost. Called from refine before
// that check.
func (v *vocab) thrownBomb(st *sentence, h *verbHit) {
	if h.code != "145" || len(h.source) == 0 || !nonState(h.source[0]) {
		return
	}
	switch st.toks[h.head].Lemma {
	case "throw", "hurl", "toss":
	default:
		return
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+3; k++ {
		if isHardBreak(toks[k]) || toks[k].Text == "," || toks[k].Tag == "IN" {
			return
		}
		if v.thrownBombs[toks[k].Lower] {
			h.code = "183"
			return
		}
	}
}
