package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// reactedNominal reports a nominal hit h that is the object of a verb hit
// of reaction governing it in its clause (lo its first token): a
// rejection or a denial ("rejected on Tuesday a request by the U.N. to
// …", "denied on Monday a Ugandan accusation that …"). The nominal act
// came before the reaction, on a day the sentence does not give: it
// takes the publication date, not the reaction's (README "Conventions
// fixed here", dev26–dev30: a rejected request or offer, a denied
// accusation with no date of its own).
func reactedNominal(st *sentence, h *verbHit, lo int) bool {
	toks := st.toks
	if !nounLike(st, h) && !strings.HasPrefix(toks[h.head].Tag, "NN") {
		return false
	}
	gov := -1
	code := ""
	for _, g := range st.hits {
		if g.head >= lo && g.head < h.head && g.head > gov && !g.p.Noun && !nounLike(st, &g) && strings.HasPrefix(toks[g.head].Tag, "VB") {
			gov, code = g.head, g.code
		}
	}
	if gov < 0 || commaBetween(toks, gov, h.head) || !reactionCode(code) {
		return false
	}
	for k := gov + 1; k < h.head; k++ {
		if subordinator(toks[k].Lower) {
			return false
		}
	}
	return true
}

// reactionCode reports a CAMEO code of a reaction to an act told before
// it: a rejection (12x) or a denial (016).
func reactionCode(code string) bool {
	return strings.HasPrefix(code, "12") || code == "016"
}

// undatedAllegation reports an act h alleged by an accusation or denied
// by a denial: with no date expression of its own it takes the
// publication date, not the date of the accusation or denial that tells
// it ("accused Kyiv on Monday of shelling …": the shelling's day is not
// given). An act told by a party's speech ("the army said on Tuesday
// militants had killed …") keeps the attribution's date.
func undatedAllegation(h *verbHit) bool {
	return h.status == dyad.Alleged && h.accuser != nil || h.status == dyad.Denied
}
