package events

import "github.com/dyad-events/dyad/cameo"

// A civil crowd that a state force's act falls on, with its demand told
// right after it, is protesting: "police fired tear gas at hundreds of
// nurses demanding higher wages", "riot police beat students demanding
// free tuition", "troops used water cannon against thousands of people
// calling for elections", "police broke up a rally of miners in the
// capital on Friday who were demanding a new mining law". The demand is
// the crowd's protest aimed at its government (objectProtest,
// objectProtestGov), as the gold sets code these crowds (CVL/EDU/OPP 141
// GOV), not a demand with no one it is made of.

// repressedCrowd reports a live act of force or repression (roots 17–20,
// 175 among them) before the crowd mention starting at start, in the same
// clause: the crowd is what the force acted on.
func repressedCrowd(st *sentence, hits []verbHit, k, start int) bool {
	for g := range hits {
		a := &hits[g]
		if g == k || a.code == "" || a.head >= start || a.p.has(flagSpeech) {
			continue
		}
		switch cameo.Root(a.code) {
		case "17", "18", "19", "20":
		default:
			continue
		}
		if !clauseBreakBetween(st.toks, a.head, start) {
			return true
		}
	}
	return false
}

// repressedRelative reports a demand participle hits[k] in a relative
// clause ("who were demanding", "who was demanding") whose antecedent is
// a civil crowd acted on by force (repressedCrowd): the nearest actor
// mention before "who", past place names, dates and prepositions ("a
// march of opposition supporters in Lome on Tuesday who were demanding").
func repressedRelative(st *sentence, hits []verbHit, k int) bool {
	toks := st.toks
	i := hits[k].head
	if i < 3 || toks[i-1].Lemma != "be" || toks[i-2].Lower != "who" {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-12; j-- {
		if toks[j].Text == "," || isClauseBreak(toks, j) || toks[j].Tag == "MD" || len(toks[j].Tag) >= 2 && toks[j].Tag[:2] == "VB" {
			return false
		}
		if st.isDate[j] || st.at[j] < 0 {
			continue
		}
		m := st.ments[st.at[j]]
		if m.Place || m.Modifier {
			continue
		}
		return civil(m) && repressedCrowd(st, hits, k, m.Start)
	}
	return false
}
