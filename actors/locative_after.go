package actors

// Agents followed by a phrase that places them: the word after an agent
// is usually a noun it modifies ("police station", "army posts": no
// actor, modifies in phrase.go), but a compass point before "of" opens a
// place phrase, and the agent is the head: "Gunmen attacked pilgrims
// south of Baghdad" targets the pilgrims (IRQCVL), not Baghdad, as
// "pilgrims near Baghdad" does; "a suicide bomber blew himself up among
// Shi'ite pilgrims south of Baghdad" (gold dev59-wire W59045 IRQCVL).
// CODING.md codes the people attacked, not the place of the attack ("A
// country mentioned as … a place is not an actor").

import "github.com/dyad-events/dyad"

// compassOf reports a compass point at i followed by "of" ("south of
// Baghdad", "north-east of Kyiv"): a place phrase after the agent before
// i, not a noun the agent modifies. The points are [compass points] of
// data/words/words.txt.
func (m *Matcher) compassOf(toks []dyad.Token, i int) bool {
	return i+1 < len(toks) && m.words.compass[toks[i].Lower] && toks[i+1].Lower == "of"
}

// participlePrep reports a preposition that, after an "-ing" word the
// tagger left as a noun right after plural people, makes the word a
// participle (a reduced relative clause on the people), as placePrep's
// do: "a suicide bomber blew himself up among soldiers rehearsing for a
// parade" (the soldiers, YEMMIL, gold dev53-wire W53002), "villagers
// queuing for food", "workers commuting to the city". "Of" is left out:
// an "-ing" noun before "of" is a nominal act ("Israeli troops' shelling
// of").
func participlePrep(w string) bool {
	switch w {
	case "for", "at", "to", "toward", "towards", "from", "on", "into":
		return true
	}
	return false
}
