package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// Aid offered in a verb phrase joined to a condolence goes to the party
// condoled, as the gold sets code every such line (W15068, W23016,
// W50046, A0293):
//
//	"Vietnam sent condolences to the Philippines on Monday over the typhoon and pledged emergency aid"   VNM 0333 PHL
//	"Taiwan's government offered condolences to Beijing over the earthquake and offered relief aid"     TWNGOV 0333 CHN
//
// The aid's verb must follow "and" (dates and adverbs between) with no
// subject of its own, and its source must be the condolence's.

// condoledAid returns, for hits[k] an aid hit (root 03 or 07) with no
// target, the target of the live condolence (018) before it that its
// verb is joined to by "and" with the same source; nil otherwise.
func condoledAid(st *sentence, hits []verbHit, live []bool, k int) []actors.Mention {
	h := &hits[k]
	if r := h.code[:min(2, len(h.code))]; r != "03" && r != "07" || len(h.source) == 0 || h.p.Noun {
		return nil
	}
	if !strings.HasPrefix(h.code, "033") && !strings.HasPrefix(h.code, "07") {
		return nil
	}
	toks := st.toks
	j := andBefore(st, h.head)
	if j < 0 {
		return nil
	}
	for g := k - 1; g >= 0; g-- {
		a := &hits[g]
		if !live[g] || a.code != "018" || len(a.target) == 0 || len(a.source) == 0 || a.end > j {
			continue
		}
		if a.source[0].Code != h.source[0].Code {
			return nil
		}
		for x := a.end; x < j; x++ {
			if finite(toks[x].Tag) && st.at[x] < 0 || toks[x].Text == ";" {
				return nil // another clause between: "…, and the army said it would send aid"
			}
		}
		return a.target
	}
	return nil
}
