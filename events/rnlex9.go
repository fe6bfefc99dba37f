package events

import "github.com/dyad-events/dyad"

// Wording of real news found by frequency (lex9): verbs of the open
// corpus's sentences that name actors and gave no event, ranked by how
// often they occur there.

// refusedComment reads the verb pattern "comment" (011): only a refusal
// is an act, so a negated verb ("could not comment on individual
// cases", "did not comment on the deal", "would not comment") is the
// refusal asserted, and "commented on the vote" (a catch-all statement)
// or a comment still awaited ("has not commented", "has not yet
// commented") is no event.
// keep is false when the hit is to be dropped.
func refusedComment(st *sentence, h *verbHit) (keep bool) {
	if h.p.Noun || h.code != "011" || st.toks[h.head].Lemma != "comment" {
		return true
	}
	if h.status != dyad.Negated {
		return false
	}
	for k := h.head - 1; k >= 0 && k >= h.head-4; k-- {
		if st.toks[k].Lower == "yet" || st.toks[k].Lemma == "have" {
			return false // "has not (yet) commented": not said, not refused
		}
	}
	h.status = dyad.Asserted
	return true
}
