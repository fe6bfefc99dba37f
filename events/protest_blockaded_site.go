package events

// A blockade of the way to a business's site is aimed at the business,
// not at the state: "Gold miners blocked the road to the Essakane mine over
// plans to close their small diggings" BFALAB 144 with no target, and
// "villagers blocked the road to a mineral sands mine, demanding jobs and
// compensation" MDGCVL 1442 with none (gold dev44-wire W44037, dev48-wire
// W48001): "Conventions fixed here" give protests and blockades against a
// state's policy, pay or detentions that government as target, and "target
// null only when no grievance against a state is told"; a grievance at a
// mine's operator is none against the state, and the operator, no actor,
// gives no target. refine aims every blockade with no target at the
// protesters' government; this takes that implicit government back when
// the blocked way leads to a site of [blockaded site nouns] and nothing
// after the verb names the state ([blockade state words]: "to demand
// unpaid royalties from the government" keeps it, gold dev14-wire W14237).

import (
	"github.com/dyad-events/dyad/cameo"
)

// blockadedSite drops the implicit government target of a blockade (144x)
// by civilians whose object is a way ([blocked way nouns]) followed by
// "to" or "into" and, within five words, a site noun, when no state word
// follows the verb.
func blockadedSite(st *sentence, h *verbHit) {
	if !(cameo.Root(h.code) == "14" && len(h.code) >= 3 && h.code[:3] == "144") || len(h.source) != 1 || len(h.target) != 1 {
		return
	}
	src, t := h.source[0], h.target[0]
	if src.Country == "" || t.Text != "" || t.Code != src.Country+"GOV" {
		return // a government the sentence names stays
	}
	toks := st.toks
	site := false
	for k := h.head + 1; k+1 < len(toks) && k <= h.end+4 && !site; k++ {
		if !st.words.siteWays[toks[k].Lower] || toks[k+1].Lower != "to" && toks[k+1].Lower != "into" {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if st.words.siteNouns[toks[j].Lower] {
				site = true
				break
			}
			if isPunct(toks[j]) || finite(toks[j].Tag) {
				break
			}
		}
	}
	if !site {
		return
	}
	for k := h.head + 1; k < len(toks); k++ {
		if st.words.stateWords[toks[k].Lower] {
			return
		}
	}
	h.target = nil
}
