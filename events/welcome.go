package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// welcomedActs are the nouns of an act a party can be praised for when
// another welcomes it ("welcomed Seoul's decision", "Kenya's move was
// welcomed by Uganda").
var welcomedActs = map[string]bool{
	"decision": true, "decisions": true, "move": true, "moves": true, "release": true, "plan": true, "plans": true,
	"offer": true, "offers": true, "proposal": true, "proposals": true, "announcement": true, "call": true, "calls": true,
	"step": true, "steps": true, "support": true, "commitment": true, "commitments": true, "initiative": true,
	"initiatives": true, "efforts": true, "pledge": true, "pledges": true, "return": true, "resolution": true,
	"gesture": true, "overture": true, "overtures": true, "branch": true, "restraint": true, "invitation": true,
	"willingness": true, "readiness": true, "recognition": true, "withdrawal": true, "keeping": true,
}

// welcomeCode returns the CAMEO code of one event record of hit h with
// target tgt (nil for none): a "welcome" (verbs.txt 013, optimism) of an
// act whose author is named ("welcomed Tajikistan's decision to reopen the
// border", "welcomed the release of the sailors by Iran", "Kenya's move
// was welcomed by Uganda") is praise of that party, 051, as the gold
// conventions code a welcomed offer or decision. A welcome of people ("the
// Syrian refugees") or of talks with a party, one with no party named, and
// one only planned or hypothetical keep their code; a host's welcome of a
// visitor was recoded 043 before (refine).
func welcomeCode(st *sentence, h *verbHit, tgt *actors.Mention) string {
	if h.code != "013" || tgt == nil || h.status != dyad.Asserted || st.toks[h.head].Lemma != "welcome" {
		return h.code
	}
	lo, hi := h.head+1, min(len(st.toks), h.head+8) // the object: "welcomed the decision by Israel"
	if h.passive {
		lo, hi = max(0, h.head-8), h.head // the subject: "Kenya's move was welcomed"
	}
	for i := lo; i < hi; i++ {
		if welcomedActs[st.toks[i].Lower] && (st.toks[i].Tag == "" || st.toks[i].Tag[0] == 'N' || st.toks[i].Tag == "VBG") {
			return "051"
		}
	}
	return h.code
}
