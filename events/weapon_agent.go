package events

// A weapon noun's clause verb past a "by" agent. The noun patterns of
// verbs.txt whose weapon noun is the subject of a strike verb ("@
// {rocket,rockets} {hit,struck}") match the verb right after the noun;
// a reduced relative naming who fired, flew or launched the weapon may
// stand between them: "Rockets fired by Hezbollah hit an army base",
// "Drones launched by the Houthis slammed into a refinery". The verb
// after the agent is the clause's, and the agent is the source
// (participleAgent).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// agentClauseVerb returns the clause's finite verb after the agent of
// a participle right after the noun at i ("Rockets [fired by the
// militia] hit"), with the agent group, when participleAgent reads the
// noun at i as that participle's noun: one of [agent participles] after
// one of [agent nouns] that opens its clause. It returns -1 and nil
// when there is none.
func (c *Coder) agentClauseVerb(st *sentence, i int) (int, []actors.Mention) {
	toks := st.toks
	p := i + 1
	if p < len(toks) && toks[p].Text == "," {
		p++ // set off: "Two drones, launched by the Houthis, hit"
	}
	if p+2 >= len(toks) || toks[p+1].Lower != "by" || toks[p].Tag != "VBN" && toks[p].Tag != "VBD" {
		return -1, nil
	}
	for v := p + 2; v < len(toks) && v <= p+11; v++ {
		t := toks[v]
		if isHardBreak(t) {
			break
		}
		if !finite(t.Tag) || st.at[v] >= 0 {
			continue
		}
		if g, n := c.participleAgent(st, v, false); n == i {
			return v, g
		}
		break
	}
	return -1, nil
}

// weaponAgent returns the agent of the participle between the weapon
// noun of the noun-pattern hit h and the verb the hit matched past it
// (agentClauseVerb; matchNoun), nil when h is none such.
func (c *Coder) weaponAgent(st *sentence, h verbHit) []actors.Mention {
	if !h.p.Noun || h.end <= h.head+3 {
		return nil
	}
	v, g := c.agentClauseVerb(st, h.head)
	if v < 0 || v >= h.end {
		return nil
	}
	return g
}

// agentParticiple reports a past form at k with its "by" agent right
// after it ("fired by", "carried out by"): the participle of a reduced
// relative, no clause's verb.
func agentParticiple(toks []dyad.Token, k int) bool {
	if toks[k].Tag != "VBN" && toks[k].Tag != "VBD" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Lower == "out" {
		k++
	}
	return k+1 < len(toks) && toks[k+1].Lower == "by"
}

// agentVerbAfter reports agentClauseVerb's verb for the noun at i.
func (c *Coder) agentVerbAfter(st *sentence, i int) bool {
	v, _ := c.agentClauseVerb(st, i)
	return v > i
}
