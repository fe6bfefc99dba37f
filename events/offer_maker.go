package events

// Offers and proposals answered by another party (rejectedRequest in
// combine.go codes the offer as its maker's act aimed at the one who
// answers): what an offer of goods, craft or teams gives (offeredMeans),
// the date after a phrasal verb's particle (phrasalParticleEnd), and
// whom a proposal to meet asks to meet (thirdPartyObject).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// offeredMeans gives the aid code of an offer at k whose "of" phrase names
// goods, craft or teams ([offered means]) or troops, police and warships
// ([offered forces]): 0333 when a humanitarian need or purpose
// ([humanitarian need words], [humanitarian purposes]) follows in the
// offer's phrase ("an offer of army helicopters to carry food to villages
// cut off by floods", "an offer of navy boats to evacuate residents"),
// else 0332 when they are forces or a military word stands before them
// ("an offer of troops to patrol the border", "an offer of military
// transport aircraft"), else 033; "" when the phrase names none.
func (c *Coder) offeredMeans(toks []dyad.Token, k int) string {
	if k+2 >= len(toks) || toks[k+1].Lower != "of" {
		return ""
	}
	v := c.words
	at, military := -1, false
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		w := toks[j].Lower
		if v.offeredMeans[w] || v.offeredForces[w] {
			at, military = j, military || v.offeredForces[w]
			break
		}
		switch w {
		case "military", "army", "navy", "naval", "air", "force", "warplanes", "combat":
			military = true
		case ",", ";", "to", "that", "by", "from", "for":
			return ""
		}
	}
	if at < 0 {
		return ""
	}
	for j := at + 1; j < len(toks) && j <= at+12; j++ {
		w := toks[j].Lower
		if w == "," || w == ";" {
			break
		}
		if v.humanitarianNeeds[w] || v.humanPurposes[w] {
			return "0333"
		}
	}
	if military {
		return "0332"
	}
	return "033"
}

// phrasalParticleEnd gives the token after the particle of a phrasal
// verb at h ("turned down on Monday a Salvadoran offer": the date after
// "down"), else the token after the head.
func phrasalParticleEnd(st *sentence, h *verbHit) int {
	if k := h.head + 1; k < len(st.toks) && (st.toks[k].Tag == "RP" || st.toks[k].Lower == "down" || st.toks[k].Lower == "off") {
		return k + 1
	}
	return h.head + 1
}

// thirdPartyObject reports an actor right after the verb g of a proposal's
// infinitive that is neither the proposal's maker nor the one it is made
// to: "a French proposal to meet Kosovo Prime Minister Albin Kurti",
// turned down by Vucic, asks Vucic to meet Kurti.
func thirdPartyObject(st *sentence, g verbHit, maker, to actors.Mention) bool {
	for j := g.end; j < len(st.toks) && j < g.end+3; j++ {
		if m := st.at[j]; m >= 0 {
			mt := st.ments[m]
			return !mt.Place && mt.Code != maker.Code && mt.Code != to.Code && mt.Country != maker.Country
		}
	}
	return false
}
