package events

// Coordinated passives. A participle with its "by" agent that follows
// "and" after another passive participle shares its voice: "an
// appearance arranged by Republican leaders and criticized by the Obama
// administration", "the plan, which was drafted by Egypt and endorsed by
// the Arab League". The agent of each is its source, as in the first
// conjunct; read alone, the second took the noun before "and" for its
// subject and the agent for its object.

// coordinatedPassive reports the past participle at i, with "by" right
// after it and "and" right before it, as the second conjunct of a
// passive: a past participle with its own "by" agent stands before the
// "and" within a few words, itself a passive (after "be") or a reduced
// relative on a noun.
func coordinatedPassive(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || i+2 >= len(toks) || toks[i+1].Lower != "by" || toks[i-1].Lower != "and" {
		return false
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || st.lex.PastOnly(toks[i].Lower) {
		return false
	}
	for k := i - 3; k >= 1 && k >= i-12; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || finite(t.Tag) && t.Lemma != "be" {
			return false
		}
		if (t.Tag != "VBN" && t.Tag != "VBD") || toks[k+1].Lower != "by" {
			continue
		}
		return isPassive(toks, k) || reducedRelative(st, k)
	}
	return false
}
