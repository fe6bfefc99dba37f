package events

// Unknown agents: an unnamed armed group ("gunmen", "rebels",
// "militants", "bandits") that acts in its own clause takes the country
// of the place its clause says it acted at, before the first actor the
// sentence names (actorBefore): "Liberia reinforced its frontier …
// after gunmen raided an Ivorian border village" is CIVUAF, not LBR;
// "Kenya sent troops to the border after militants attacked a police
// post in southern Somalia" SOMUAF. Non-state groups take the country
// where they fight (CODING.md), and an unnamed attacker is the place's
// country + UAF (testdata/gold/README.md, "Conventions fixed here" 3);
// the state named in another clause is the one acting on or reporting
// it. A rule of resolveAgent (coref_agents.go).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// armedActPlace gives an armed agent (armed, set by groupOwner) that is
// the subject of a verb, and that no rule gave a country yet, the
// country of the place in its clause after it, up to a comma: a
// state's or people's adjective before a kind of place ("an Ivorian
// border village", "a Somali town"), else a place after in/at/near
// ("a police post in southern Somalia").
func (u *unknownAgent) armedActPlace() agentVerdict {
	st, toks, m := u.st, u.st.toks, u.m
	if u.country != "" || !u.armed || u.people || u.titled || !verbAfterAgent(toks, m.End) {
		return agentNext
	}
	_, hi := clauseBounds(toks, m.Start)
	for k := m.End; k < hi; k++ {
		if toks[k].Text == "," || toks[k].Lower == "and" {
			hi = k // ("…, officials in Monrovia said": not where they acted)
		}
	}
	for _, x := range u.ms[u.k+1:] {
		if x.Start >= hi {
			break
		}
		if x.End-x.Start != 1 || len(x.Country) != 3 || toks[x.Start].Tag != "JJ" && !x.Modifier || strings.HasSuffix(toks[x.Start].Lower, "-backed") {
			continue
		}
		for j := x.End; j < hi && j < x.End+2; j++ {
			if st.words.placeHead(toks[j].Lower) {
				u.country = x.Country // "an Ivorian border village"
				return agentNext
			}
		}
	}
	if p := u.c.placeCountryIn(st, m.End, hi); p != "" {
		u.country = p // "a police post in southern Somalia"
	}
	return agentNext
}

// verbAfterAgent reports a finite verb right after the agent ending at
// end, past an adverb: "gunmen raided", "rebels have seized", "militants
// reportedly attacked".
func verbAfterAgent(toks []dyad.Token, end int) bool {
	if end < len(toks) && toks[end].Tag == "RB" {
		end++
	}
	return end < len(toks) && (finite(toks[end].Tag) || toks[end].Tag == "MD")
}
