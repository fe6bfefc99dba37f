package events

// Killed in a fight with a named force. A passive killing or wounding
// with no "by" agent that names the fight it happened in and the other
// side of that fight ("A Palestinian gunman was killed in a firefight
// with Israeli troops") is that side's attack on the one killed: ISRMIL
// 193 PSE, as the open gold codes the active "killed three militants in a
// gunfight" (193, fighting with small arms). A fight of any other kind
// ("in clashes with Taliban fighters") is the general 190.

import "github.com/dyad-events/dyad/actors"

// fightPartner returns, for a passive harm hit h of root 18 or 19, the
// actor after "in a firefight (gunfight, gun battle, clash, clashes,
// fighting) with" right after the verb, and the code of the attack it
// makes: 193 for a fight with small arms, 190 otherwise. nil when the
// sentence has no such phrase.
func (c *Coder) fightPartner(st *sentence, h *verbHit) ([]actors.Mention, string) {
	toks := st.toks
	if r := h.code[:2]; r != "18" && r != "19" {
		return nil, ""
	}
	k := h.end
	if k >= len(toks) || toks[k].Lower != "in" {
		return nil, ""
	}
	k++
	for k < len(toks) && k <= h.end+4 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k++ // "in a brief firefight", "in an hours-long gun battle"
	}
	if k+2 >= len(toks) {
		return nil, ""
	}
	code := ""
	switch toks[k].Lower {
	case "firefight", "firefights", "gunfight", "gunfights", "shootout", "shoot-out":
		code = "193"
	case "clash", "clashes", "fighting", "battle", "battles":
		code = "190"
	case "gun":
		if w := toks[k+1].Lower; w == "battle" || w == "battles" {
			code = "193"
			k++
		}
	}
	if code == "" || toks[k+1].Lower != "with" {
		return nil, ""
	}
	j := pastThe(toks, k+2)
	m := st.at[j]
	if m < 0 || st.ments[m].Modifier || st.ments[m].Place {
		return nil, ""
	}
	return c.group(st, m), code
}
