package events

// Agents named by a participle. The doer of an act is often no noun
// phrase of its own but the "by" agent of a participle that modifies
// the noun doing it: "Rockets fired by the militia killed two soldiers",
// "Drones launched by the rebels struck the airport", "A first batch of
// vaccine doses, donated by the bloc, arrived in the capital". The
// participle's agent is the source of the clause's verb when the verb
// has no subject actor of its own; a participle set off by commas with
// its agent after it is a passive like the bare reduced relative
// ("signed a deal on Friday, brokered by Ankara": Ankara mediates, as in
// "a deal brokered by Ankara").

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// setOffParticiple reports the past participle at i as a reduced
// relative set off by a comma with its "by" agent right after it:
// "signed a truce on Friday, brokered by Qatar", "the doses, donated by
// Japan, arrived". The word before the comma must end a noun phrase (a
// noun, a name or a date), so that the participle modifies it.
func setOffParticiple(st *sentence, i int) bool {
	return setOffClauseVerb(st, i) >= 0
}

// setOffClauseVerb returns the finite verb of the clause a set-off
// participle at i follows (setOffParticiple), or -1 when the participle
// is none.
func setOffClauseVerb(st *sentence, i int) int {
	toks := st.toks
	if i < 2 || i+2 >= len(toks) || toks[i-1].Text != "," || toks[i+1].Lower != "by" {
		return -1
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || st.lex.PastOnly(toks[i].Lower) {
		return -1
	}
	p := toks[i-2]
	if !(nounTag(p.Tag) || p.Tag == "CD" || st.at[i-2] >= 0 || st.isDate != nil && st.isDate[i-2]) {
		return -1
	}
	// the clause's own verb comes first: "signed a deal on Friday,
	// brokered by Turkey"; a participle inside the subject ("The
	// ceasefire, brokered by Qatar in January, largely held") tells
	// background
	for k := i - 2; k >= 0; k-- {
		if finite(toks[k].Tag) && st.at[k] < 0 {
			return k
		}
	}
	return -1
}

// setOffReactionTarget returns the target of a criticism or a
// condemnation (111, 112 but an accusation) told by a set-off participle
// after its clause: the clause's subject, whose act it reacts to
// ("Hungary vetoed the package on Thursday, criticised by Poland":
// Poland criticises Hungary, not the package's owner; "the army shelled
// the port, condemned by the U.N. as a war crime"). An accusation's
// participle names the accused noun before it ("detained the reporter,
// accused by the police of spying"), as a passive. It returns nil when
// the hit is none such or the clause has no subject actor.
func (c *Coder) setOffReactionTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "111" && (h.code != "112" || h.p.has(flagAccuse)) {
		return nil
	}
	k := setOffClauseVerb(st, h.head)
	if k < 0 {
		k = summaryClauseVerb(st, h.head)
	}
	if k < 0 {
		return nil
	}
	g := c.subject(st, k)
	if len(g) == 0 || len(h.source) > 0 && g[0].Code == h.source[0].Code {
		return nil
	}
	return g
}

// summaryClauseVerb returns the finite verb of the clause that a noun
// phrase set off by a comma sums up, when the past participle at i ends
// that phrase with its "by" agent after it: "Moroccan jets flew low over
// a Polisario camp, a show of strength condemned by the guerrillas" (the
// jets' act is what the guerrillas condemn), ", a move criticised by
// Seoul". The phrase opens with "a" or "an", names an act ([restated
// acts] or "show") and holds only determiners,
// adjectives, nouns and "of", at most five words. It returns -1 for none.
func summaryClauseVerb(st *sentence, i int) int {
	toks := st.toks
	if i < 4 || i+1 >= len(toks) || toks[i+1].Lower != "by" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return -1
	}
	act := false // a noun of [restated acts] or "show" in the phrase
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		t := toks[k]
		act = act || st.words.restatedActs[t.Lower] || t.Lower == "show"
		if t.Text == "," {
			if k+1 >= i-1 || toks[k+1].Lower != "a" && toks[k+1].Lower != "an" || !act {
				return -1 // (", an appearance criticized by …": no act restated)
			}
			for v := k - 1; v >= 0; v-- {
				if finite(toks[v].Tag) && st.at[v] < 0 {
					return v
				}
			}
			return -1
		}
		if st.at[k] >= 0 {
			return -1 // an actor inside the phrase: ", a Polisario camp attacked by …"
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "NNS":
			continue
		}
		if t.Lower == "of" {
			continue
		}
		return -1
	}
	return -1
}

// participleAgent finds the source of the finite verb at v whose subject
// is a noun phrase with a participle and its "by" agent after it:
// "Rockets fired by Hezbollah killed", "Drones launched by the RSF
// struck", "Medical supplies, donated by China, arrived". The
// participle must be one of [agent participles] (the agent did what the
// thing does: launched, fired, flown, sent), or of [aid participles]
// when aid is true (the agent gave what arrives: donated, supplied);
// "a Russian-made missile fired by Ukraine" is Ukraine's; a bomb planted
// by someone is bombings.go's. The noun
// phrase must open its clause. It returns the agent group and the
// token of the participle's noun, or nil and -1.
func (c *Coder) participleAgent(st *sentence, v int, aid bool) ([]actors.Mention, int) {
	toks := st.toks
	if v < 4 || !finite(toks[v].Tag) {
		return nil, -1
	}
	j := v - 1
	if toks[j].Text == "," {
		j--
	}
	by := -1
	for k := j; k >= 1 && k >= j-8; k-- {
		t := toks[k]
		if t.Lower == "by" {
			by = k
			break
		}
		if st.at[k] >= 0 || st.isDate != nil && st.isDate[k] {
			continue
		}
		switch t.Tag {
		case "DT", "JJ", "NNP", "NNPS", "CC", "POS", "CD":
			continue
		}
		if t.Text == "," || t.Text == "-" {
			continue
		}
		return nil, -1
	}
	if by < 2 || by == j {
		return nil, -1
	}
	p := by - 1
	if toks[p].Lower == "out" {
		p-- // "carried out by"
	}
	if toks[p].Tag != "VBN" && toks[p].Tag != "VBD" {
		return nil, -1
	}
	list := st.words.agentParticiples
	if aid {
		list = st.words.aidParticiples
	}
	if !list[toks[p].Lemma] && !list[toks[p].Lower] {
		return nil, -1
	}
	n := p - 1
	if n >= 0 && toks[n].Text == "," {
		n--
	}
	if n < 0 || !npTag(toks[n].Tag) || toks[n].Tag == "DT" || toks[n].Tag == "JJ" {
		return nil, -1 // (a sentence's first word is tagged as a name: "Rockets fired by …")
	}
	if m := st.at[n]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Start < n {
		return nil, -1 // "Israeli drones launched by …": the phrase's own actor (subject)
	}
	if !aid && (!st.words.agentNouns[toks[n].Lower] || st.words.explosiveNouns[toks[n].Lower]) {
		return nil, -1 // "aid trucks sent by Egypt entered Gaza": no force's act
	}
	// the noun phrase opens its clause: "Rockets fired by …", "A first
	// batch of vaccine doses, donated by …"
	h := n
	for h >= 0 && !(st.isDate != nil && st.isDate[h]) && (st.at[h] >= 0 && st.ments[st.at[h]].Modifier || npTag(toks[h].Tag) || toks[h].Lower == "of") {
		h--
	}
	if h >= 0 && !subjectOpener(toks[h]) {
		return nil, -1
	}
	g := c.byAgent(st, by)
	if len(g) == 0 {
		return nil, -1
	}
	return g, n
}

// subjectOpener reports a token after which a clause's subject may
// begin: a comma, a subordinator, "that", "as", "and" or a stop of the
// subject search.
func subjectOpener(t dyad.Token) bool {
	return t.Text == "," || subjectStop(t) || subordinator(t.Lower) || t.Lower == "as" || t.Lower == "and"
}

// aidArrival recodes an arrival (042, 043) whose subject is aid another
// party gave ("vaccine doses, donated by the EU, arrived in Kinshasa")
// as the giver's humanitarian aid (073) to the place reached, as
// aidCarrier does for the state's plane carrying it. It reports whether
// it did.
func (c *Coder) aidArrival(st *sentence, h *verbHit) bool {
	src, n := c.participleAgent(st, h.head, true)
	if len(src) == 0 || !namesAid(st, n) {
		return false
	}
	h.source, h.code, h.passive = src, "073", false
	if t := c.placeAfter(st, h.end); t != nil && t[0].Country != src[0].Country {
		h.target = t
	}
	p := *h.p
	p.Flags |= flagNoTarget
	h.p = &p
	return true
}

// namesAid reports the noun phrase ending in the noun at n as aid: its
// head is one of the [aid goods] ("vaccine doses", "a shipment of
// wheat": the "of" complement's noun ends the phrase), or one of the
// [aid carriers] with aid goods among its words ("aid trucks", "relief
// flights", "medical equipment"). A vehicle or container alone carries
// no aid: "Ships sent by Moscow arrived in Havana", "Equipment supplied
// by Tehran arrived".
func namesAid(st *sentence, n int) bool {
	toks := st.toks
	if st.words.aidGoods[toks[n].Lower] {
		return true
	}
	if !st.words.aidCarriers[toks[n].Lower] {
		return false
	}
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		t := toks[k]
		if st.words.aidGoods[t.Lower] {
			return true
		}
		if st.at[k] >= 0 || t.Lower == "of" || t.Lower == "and" || t.Text == "-" || npTag(t.Tag) {
			continue
		}
		break
	}
	return false
}

// overAgent reports a hit on a participle with its "by" agent after it
// whose pattern reached past the agent to the clause's finite verb:
// "launch … strike" read in "Drones launched by the RSF struck the
// airport". The words after the agent are the main clause's, no object
// of the participle.
func overAgent(st *sentence, h verbHit) bool {
	toks := st.toks
	if h.head+1 >= len(toks) || toks[h.head+1].Lower != "by" || h.end-1 <= h.head+1 {
		return false
	}
	last := toks[h.end-1]
	return finite(last.Tag) && last.Lower != toks[h.end-1].Lemma
}

// participleAgentOf returns participleAgent's group for the doer of a
// weapon's or force's act at v, nil when there is none.
func (c *Coder) participleAgentOf(st *sentence, v int) []actors.Mention {
	g, _ := c.participleAgent(st, v, false)
	return g
}

// nameWords reports the tokens [a, b) as a determiner and the words of
// a place or name before an agent noun: "a New York" in "by a New York
// jury", "the U.S. federal" in "by the U.S. federal court"; byAgent
// reads past them to the agent (roles.go).
func nameWords(st *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if st.at[k] >= 0 {
			return false
		}
		switch st.toks[k].Tag {
		case "DT", "NNP", "NNPS", "JJ":
		default:
			return false
		}
	}
	return true
}
