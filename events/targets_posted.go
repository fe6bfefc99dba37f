package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// An envoy recalled or withdrawn is the source's own; the state he is
// posted to, named after "to", is the target of the downgrade:
//
//	"Kenya recalls ambassador to Ethiopia over border row"   KEN 161 ETH
//	"Chile recalled the ambassador to Peru on Monday"        CHL 161 PER
//
// "its ambassador" already reads as the source's own (object); the same
// envoy with "the" or no determiner (a headline) is a mention of the
// source's government that the object scan would take as the target and
// then drop as the source itself.

// ownEnvoyPosted reports mention mt, in the object of a reduction of
// relations h (16x), as the source's own envoy followed by "to" and an
// actor: the object scan passes over it to the state he is posted to.
func ownEnvoyPosted(st *sentence, h *verbHit, mt actors.Mention) bool {
	if !strings.HasPrefix(h.code, "16") || len(h.source) == 0 || h.source[0].Country == "" {
		return false
	}
	if mt.Kind != "coref" || mt.Country != h.source[0].Country || mt.End < 1 || mt.End+1 >= len(st.toks) {
		return false
	}
	if !envoyNoun(st.toks[mt.End-1].Lower) || st.toks[mt.End].Lower != "to" {
		return false
	}
	a := st.at[pastThe(st.toks, mt.End+1)]
	if a < 0 {
		return false
	}
	// the post is another state: not the source's own capital ("Peru
	// expelled the ambassador to Lima" names a foreign envoy in Peru, whose
	// state is unnamed), nor an international organisation ("the
	// ambassador to the United Nations" is posted to no state)
	to := st.ments[a]
	return to.Country != "" && to.Country != h.source[0].Country && !strings.HasPrefix(to.Code, "IGO")
}
