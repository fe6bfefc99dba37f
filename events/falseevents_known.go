package events

// "Known to have": "six British citizens are known to have been killed by
// drones", "the militia has been known to have looted convoys". What is
// known to have happened, with no date in its clause, is a tally of the
// record so far, no act of the day; "two soldiers are known to have been
// killed in Monday's attack" keeps its date and its event.

// knownToHave reports a verb hit after "known to have" (or "known to have
// been") that follows a form of "be", with no date expression in its
// clause.
func knownToHave(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 4 {
		return false
	}
	k := i - 1
	if toks[k].Lower == "been" {
		k--
	}
	if k < 3 || toks[k].Lower != "have" || toks[k-1].Lower != "to" || toks[k-2].Lower != "known" || toks[k-3].Lemma != "be" {
		return false
	}
	lo, hi := clauseBounds(toks, i)
	for _, d := range st.dates {
		if d.start >= lo && d.start < hi {
			return false
		}
	}
	return true
}
