package events

// Contact relative clauses of a charge: a relative clause with no "who",
// "which" or "that", its subject a pronoun right after the noun it says
// something of ("eight officials it accused of fraud", "the militants they
// blamed for the attack"). The noun is the verb's object, left out of its
// own place; the pronoun is its subject. The charge describes the noun,
// background to the sentence's act, and is not coded; what it alleges is,
// done by the noun ("militants it blamed for kidnapping foreigners": the
// militants' kidnapping, alleged).

import "github.com/dyad-events/dyad/actors"

// contactObject returns the object of the charge verb h in a contact
// relative clause (contactCharge): the actor group ending right before
// the pronoun, as a copy of its mentions; nil when h does not stand so.
func (c *Coder) contactObject(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun || !contactCharge(st, h.head) {
		return nil
	}
	return append([]actors.Mention(nil), c.group(st, st.at[h.head-2])...)
}

// contactCharge reports "accused of", "blamed for" at i in a contact
// relative clause: right after "it" or "they" standing for an actor the
// sentence names before it, itself right after an actor that is no
// modifier or place ("imposed sanctions on eight officials it accused of
// fraud": Canada accuses the officials). The verb is then active, not a
// passive of the noun before ("officials accused of fraud"), whose
// subject would be the one charged.
func contactCharge(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || i+1 >= len(toks) || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" || toks[i+1].Lower != "of" && toks[i+1].Lower != "for" {
		return false
	}
	if toks[i].Lemma != "accuse" && toks[i].Lemma != "blame" || toks[i-1].Lower != "it" && toks[i-1].Lower != "they" || st.at[i-2] < 0 {
		return false
	}
	if o := st.ments[st.at[i-2]]; o.End != i-1 || o.Modifier || o.Place {
		return false // "in Gaza it accused": no object before
	}
	p := st.at[i-1]
	if p < 0 || st.ments[p].Start != i-1 {
		return false
	}
	for _, m := range st.ments[:p] {
		if !m.Modifier && !m.Place && m.Code == st.ments[p].Code && m.End < i-2 {
			return true // (the pronoun's actor, named before the object)
		}
	}
	return false
}
