package events

// Demands whose demanded act has no event of its own. A demand (100) that
// names an act with a code takes the demand code of that act (combine.go
// requestRules: "demanded that Hamas release all hostages" 1053); the acts
// that most demands name, stopping, scrapping, withdrawing or cutting a
// policy, have none, and the demand stayed the bare 100. The verb of the
// demand's that-clause or infinitive decides instead: one of [demanded
// policy verbs] (data/words.txt) asks for a change of policy, 1042
// ("Beijing demanded that Washington stop interfering in Hong Kong"), and
// a stop, halt, cease, suspend or end of a military act ([demanded
// military halts]) for de-escalation, 1056 ("demanded that Russia suspend
// its military operations"). A demand in a purpose infinitive ("marched …
// to demand that the government scrap the tax") is left to the protest it
// names (refine.go), and a demand that explains, apologises, admits or
// respects keeps 100.

import "github.com/dyad-events/dyad"

// demandedChange returns the code of the bare demand h (100) by the verb
// of its that-clause or infinitive, within 12 tokens after the pattern
// and before a comma, semicolon or colon: "1042", "1056", "1661" (an
// order to withdraw peacekeepers: order_peacekeepers.go), or "" when the
// verb names no policy change (demand_policy.go file comment).
func (c *Coder) demandedChange(st *sentence, h *verbHit) string {
	toks := st.toks
	if h.code != "100" || h.head > 0 && toks[h.head-1].Lower == "to" {
		return ""
	}
	// a "that" or "to" seen (perhaps in the pattern: "ordered Russia to",
	// or before its last word, the demanded verb itself: "ordered Russia
	// to suspend"; not "told Iran to halt enrichment", a bare 100): the
	// demanded clause has begun
	from, opened := h.end, false
	for k := h.head + 1; k < h.end && toks[h.head].Lemma != "tell"; k++ {
		if toks[k].Lower == "to" || toks[k].Lower == "that" {
			from, opened = k+1, true
		}
	}
	for k := from; k < len(toks) && k < from+12; k++ {
		t := toks[k]
		switch t.Lower {
		case ",", ";", ":", "after", "before", "because", "as", "while", "if", "unless":
			return ""
		case "that", "to":
			opened = true
			continue
		}
		afterSubject := opened && k > 0 && st.at[k-1] >= 0 && st.ments[st.at[k-1]].End == k && st.at[k] < 0 && t.Tag != "MD" && t.Tag != "RB" && t.Tag != "POS" && !isAux(t)
		if !afterSubject && (!isVerbTag(toks, k) || isAux(t)) {
			continue // (the word right after the clause's subject is its verb, whatever its tag: "that the Taliban government act against")
		}
		if !opened {
			return "" // another predicate first: "demanded an apology and said that …"
		}
		if orderedPeacekeepersOut(st, h, k) {
			return "1661" // "ordered the U.N. to withdraw … its peacekeeping mission" (order_peacekeepers.go)
		}
		if !c.words.demandedPolicy[t.Lemma] && !c.words.demandedPolicy[t.Lower] {
			return ""
		}
		if t.Lemma == "take" && (k+1 >= len(toks) || !takesAction(toks, k+1)) {
			return ""
		}
		switch t.Lemma {
		case "stop", "halt", "cease", "suspend", "end":
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if c.words.demandedHalts[toks[j].Lower] {
					return "1056"
				}
			}
		}
		return "1042"
	}
	return ""
}

// takesAction reports "action" at token k, perhaps after an article or an
// adjective ("take firm action against"); "take all measures to prevent"
// names its aim after it.
func takesAction(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch toks[j].Lower {
		case "action":
			return true
		}
	}
	return false
}

// stoppedAct reports the act at token k as one a demand or appeal asks to
// stop, a gerund right after stop, cease, halt or quit ("demanded that
// Japan stop releasing treated water"): the demand is for the stopping
// (demandedChange, 1042 or 1056), not for the act (1053).
func stoppedAct(toks []dyad.Token, k int) bool {
	if k < 1 || toks[k].Tag != "VBG" {
		return false
	}
	switch toks[k-1].Lemma {
	case "stop", "cease", "halt", "quit":
		return true
	}
	return false
}
