package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// attractsAudience reports an appeal hit (root 02) of "appeal(s) to"
// whose object is a public a thing may please ([attracted audiences]:
// anyone, everyone, users, fans, …), with up to two adjectives before it,
// and no request after it: "it will appeal to anyone wishing to avoid
// quiet streets", "the app appeals to younger users" tell that something
// pleases people, no appeal (020). A request keeps the appeal: an
// infinitive right after the public's phrase ("appealed to anyone with
// information to come forward": not after a verb, as in "wishing to
// avoid") or "for" ("appealed to everyone for calm").
func (v *vocab) attractsAudience(toks []dyad.Token, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "02") || toks[h.head].Lemma != "appeal" || h.head+2 >= len(toks) || toks[h.head+1].Lower != "to" {
		return false
	}
	k := h.head + 2
	for n := 0; n < 2 && k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "JJR" || toks[k].Tag == "DT"); n++ {
		k++ // "younger users", "all those"
	}
	if k >= len(toks) || !v.attractedAudiences[toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(toks) && !isClauseBreak(toks, j) && toks[j].Text != ","; j++ {
		switch {
		case toks[j].Lower == "for":
			return false // "appealed to everyone for calm"
		case toks[j].Lower == "to" && j+1 < len(toks) && toks[j+1].Tag == "VB" && !strings.HasPrefix(toks[j-1].Tag, "VB"):
			return false // "… with information to come forward"
		}
	}
	return true
}
