package events

import "github.com/dyad-events/dyad/actors"

// believedMember reads armed men told as believed members of a group:
// "Gunmen believed to belong to the Abu Sayyaf group seized …",
// "Militants thought to belong to al-Qaeda attacked …". The group acts,
// as it does for the bare participle ("fighters belonging to the M23
// rebel group captured": memberOf), and as the gold files code named
// armed groups (W52010: PHLREB 181). b is the verb of membership
// in its base form ("belong", "ally": memberOf's lemmas) after "to" and
// a belief verb's form ([belief verbs] of
// data/words.txt: "believed", "thought", "suspected"); memberOf finds the
// group within four words. Nil otherwise: a membership not told as a
// belief is participleSubject's. ("believed to be linked to …", whose
// "linked" the tagger may read as an adjective, is left for now.)
func (c *Coder) believedMember(st *sentence, b int) *actors.Mention {
	toks := st.toks
	if b < 3 || st.at[b] >= 0 {
		return nil
	}
	if toks[b].Tag != "VB" || toks[b-1].Lower != "to" || !st.words.beliefVerbs[toks[b-2].Lower] {
		return nil
	}
	return c.memberOf(st, b)
}
