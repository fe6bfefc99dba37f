package events

import "github.com/dyad-events/dyad/cameo"

// Workers on strike named as the object of another act, their strike in
// a participle right after them: "security forces opened fire on garment
// workers striking for a higher minimum wage", "police dispersed doctors
// striking over unpaid salaries". Like a crowd's march in a participle
// after it (protestParticiple: "fired tear gas at students protesting
// against power cuts"), the strike is an event of its own, the workers'
// (gold W56037 codes KHMLAB 143 KHMGOV beside the shooting): not a
// description to drop as objectParticiple drops the participles after
// other objects. The participle reads "strike", whose pattern is force
// (190) until labourStrike (intent.go) makes the strike of workers,
// teachers, doctors, farmers or civilians who strike no one a labour
// strike (143), and refine aims it at their government.
//
// The participle must strike no one: a word of [strike participle
// heads] (data/words.txt: "for", "over", "against", "in", "since", a
// date, a comma or the sentence's end) comes right after it. "Villagers
// striking soldiers with sticks" strikes someone, and "troops striking
// rebel positions" are no civilians (labourStrike's sectors).

// strikingCrowd reports the participle of "strike" at h, with nothing
// struck after it, right after a civilian crowd mention it tells the
// labour strike of (see above).
func strikingCrowd(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i == 0 || i+1 >= len(toks) || toks[i].Tag != "VBG" || toks[i].Lemma != "strike" || cameo.Root(h.code) != "19" {
		return false
	}
	m := st.at[i-1]
	if m < 0 {
		return false
	}
	crowd := st.ments[m]
	if crowd.End != i || crowd.Modifier || crowd.Place || crowd.Person || !civil(crowd) || !hasSector(crowd, "LAB", "HLH", "EDU", "AGR", "CVL") {
		return false
	}
	next := toks[i+1]
	return st.words.strikeHeads[next.Lower] || next.Text == "," || next.Text == ";" || next.Tag == "." || st.isDate != nil && st.isDate[i+1]
}
