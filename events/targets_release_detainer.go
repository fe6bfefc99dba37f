package events

// The state a demand for a release is made of, when the sentence has
// just told who detained the people. "Kosovo police detained two Serbian
// officials on Tuesday, and Belgrade demanded their immediate release"
// is SRB 1053 KSV: the demand goes to the state that holds them, as the
// gold sets code every demand for a release (the jailer is the target:
// "China demanded her release" after "Canada arrested Huawei's finance
// chief" CHN 1053 CAN; "Bahrain demanded the fishermen's release" after
// "Qatar's coast guard detained their crews" BHRGOV 1053 QAT; "the
// European Union demanded his release" after "Azerbaijani police
// arrested a lawyer" IGOEUREEC 1053 AZE). The object alone names only
// the people held ("their", "the fishermen's"), so the coder gave the
// captives or no target before. The detaining state is the country
// alone, as a state answering another state's police or troops is
// (answeredState, reactions.go). Only a state body holds people for its
// state: when rebels or kidnappers hold them ("Boko Haram kidnapped 276
// schoolgirls …, and Britain demanded their release"), the demand goes
// to the captors themselves, not to the state they fight.

import (
	"github.com/dyad-events/dyad/actors"
)

// releaseDetainer gives a demand for people's release (1053) told by the
// release noun as its object ("demanded their release", "demanded the
// fishermen's immediate release") the state of the nearest earlier live
// act in the sentence that detained, seized or abducted people (173,
// 171, 181) when that act's source is of another state than h's source
// and h names no target but the captives themselves (no target, or one
// of the captives' country). When that act's source is no state body
// (stateCaptor: rebels, kidnappers, a militia) the target is that source
// itself. before are the hits ahead of h, live their
// liveness.
func (c *Coder) releaseDetainer(st *sentence, before []verbHit, live []bool, h *verbHit) {
	if h.code != "1053" || len(h.source) != 1 || h.passive || h.p.Noun || h.end == 0 || h.end > len(st.toks) {
		return
	}
	if !st.words.releaseNouns[st.toks[h.end-1].Lower] {
		return // "demanded that Canada free her": the state is named
	}
	var g *verbHit
	for j := len(before) - 1; j >= 0; j-- {
		if live[j] && before[j].head < h.head {
			switch before[j].code {
			case "173", "171", "181":
				g = &before[j]
			}
			break
		}
	}
	if g == nil || len(g.source) != 1 || g.passive {
		return
	}
	s := g.source[0].Country
	if len(s) != 3 || s == h.source[0].Country {
		return
	}
	if len(h.target) > 1 {
		return
	}
	if len(h.target) == 1 {
		t := h.target[0]
		if len(g.target) != 1 || t.Country != g.target[0].Country || t.Country == s || t.Start < h.head {
			return // a target of its own
		}
	}
	if !stateCaptor(g.source[0]) {
		// "Houthi rebels detained 11 U.N. staff members …, and the United
		// Nations demanded their release": the captors hold them, not the
		// state they fight
		h.target = []actors.Mention{g.source[0]}
		return
	}
	h.target = []actors.Mention{c.implicitTarget(h, s)}
}

// stateCaptor reports a captor that is a state or one of its bodies: the bare
// country, or a government, police, army, court or intelligence service
// of it (GOV, COP, MIL, JUD, SPY) that is not also an armed group.
func stateCaptor(m actors.Mention) bool {
	if hasSector(m, "REB", "UAF", "CRM", "INS") {
		return false
	}
	return len(m.Sectors) == 0 || hasSector(m, "GOV", "COP", "MIL", "JUD", "SPY")
}
