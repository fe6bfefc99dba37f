package events

// What a protest's demand covers: "marched … to demand higher pay, and
// riot police dispersed them" — the clause after ", and" with a subject
// of its own is a new act, not the demand's content.

// coordinatedOwnSubject reports a hit whose source is named right after
// ", and" or ", but" (perhaps after "the"): a coordinated clause with its
// own subject, named or a pronoun ("…, and riot police dispersed them with
// tear gas", "…, and they blocked the highway"), which
// the purpose infinitive before the comma does not reach. An act whose
// subject is inside the demand ("to demand that the government ban
// lithium mining") or only implied ("to demand pay and end the strike")
// is not such a clause.
func coordinatedOwnSubject(st *sentence, h *verbHit) bool {
	if len(h.source) == 0 || h.source[0].Start >= h.head {
		return false
	}
	toks := st.toks
	j := h.source[0].Start - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j-1].Text != "," {
		return false
	}
	switch toks[j].Lower {
	case "and", "but":
		return true
	}
	return false
}
