package events

// A peacekeeping mission or its staff ordered to withdraw is peacekeepers
// expelled (1661), as an order to leave is: "Morocco ordered the United
// Nations to withdraw most of the civilian staff of its peacekeeping
// mission" MAR 1661 IGOUNO, not a demand for a change of policy (1042),
// as gold README "Conventions fixed here" item 56 codes it. A demand for
// the withdrawal ("demanded that Russia withdraw its peacekeepers") stays
// a demand (1056): only a verb of ordering counts.

// orderedPeacekeepersOut reports the demand h, an order ("ordered",
// "instructed"), whose demanded verb at token k withdraws or pulls out
// peacekeepers: "peacekeepers", "peacekeeping" or "blue helmets" in the
// withdrawn object, within 12 tokens after k, before a comma, semicolon,
// colon, another verb or a preposition of place ("from", "near", "to" …;
// "of" stays inside the object: "most of the civilian staff of its
// peacekeeping mission").
func orderedPeacekeepersOut(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	switch toks[h.head].Lemma {
	case "order", "instruct":
	default:
		return false
	}
	switch toks[k].Lemma {
	case "withdraw", "pull":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		switch toks[j].Lower {
		case ",", ";", ":":
			return false
		case "from", "near", "to", "into", "in", "at", "along", "across", "toward", "towards", "within", "by", "before", "after":
			return false // past the withdrawn object: "withdraw its soldiers from the border area near peacekeeping bases"
		case "out":
			if j > k+1 {
				return false
			}
		case "peacekeepers", "peacekeeping", "peacekeeper":
			return true
		case "helmets":
			if toks[j-1].Lower == "blue" {
				return true
			}
		}
		if isVerbTag(toks, j) && !isAux(toks[j]) && toks[j].Tag != "VBN" && toks[j].Tag != "VBG" {
			return false
		}
	}
	return false
}
