package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// villageRaid gives an attack on a village by an armed group or
// unidentified gunmen of the village's own country the villagers as
// target, the civilians of that country, rather than the state: "gunmen
// raided an Ivorian border village" is CIVUAF 190 CIVCVL (dev42-wire
// W42054), as the open gold sets code raids, attacks and burnings of
// villages by non-state attackers at home (events.jsonl ev0414 MLICVL,
// dev5 d5a043 BFACVL, W13254 NGACVL, W37006 CMRCVL, W50015 NGACVL); the
// gold README's mass-violence item says the same of a state's attack on a
// town of its own country, which refineConflict already gives. The
// village must be the act's object (right after the verb, or after "on"
// or "against" after a noun event: "an attack on a village"), not only
// where it happened ("an attack on police in the village"); with no
// target found yet, the place named after the village gives the country
// ("burned villages in Borno state"). A village of
// another state ("shelled Armenian border villages", an army across the
// border) keeps the state, and so does a seizure of the village (192, a
// rebel group taking ground: the country, gold README withdrawals).
func (c *Coder) villageRaid(st *sentence, h *verbHit) {
	if len(h.source) == 0 || len(h.target) > 1 || h.threat {
		return
	}
	switch r := cameo.Root(h.code); {
	case r == "18", r == "20", r == "19" && h.code != "191" && h.code != "192", h.code == "1712":
	default:
		return
	}
	if !villageObject(st.toks, h.end, h.p.Noun) && !villageObject(st.toks, h.end-1, false) {
		return // (the pattern may end at the noun: "burned villages")
	}
	var t actors.Mention
	if len(h.target) == 1 {
		t = h.target[0]
	} else if p := c.attackPlace(st, h); p != nil {
		t = *p // "burned villages in Borno state": the place after the village
	} else {
		return
	}
	src := h.source[0]
	if !nonState(src) || len(t.Country) != 3 || t.Code != t.Country || len(t.Sectors) != 0 || len(src.Code) < 3 || src.Code[:3] != t.Country {
		return
	}
	v := t
	v.Code, v.Sectors, v.Kind = v.Country+"CVL", []string{"CVL"}, "coref"
	h.target = []actors.Mention{v}
}

// villageObject reports a noun phrase headed by "village(s)" or
// "hamlet(s)" opening at from: past a preposition "on" or "against" when
// the act is a noun ("attack on the village"), then at most four
// determiners, numbers, adjectives and names ("an Ivorian border
// village", "three remote villages").
func villageObject(toks []dyad.Token, from int, noun bool) bool {
	k := from
	if noun && k < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "against") {
		k++
	}
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		switch toks[k].Lower {
		case "village", "villages", "hamlet", "hamlets":
			return true
		}
		switch toks[k].Tag {
		case "DT", "CD", "JJ", "NNP", "NNPS", "NN", "PRP$":
			continue
		}
		return false
	}
	return false
}
