package events

// Money deposited in or lent to a state's central bank is aid to the
// state itself, whose reserves and currency it props up, not to its
// government's agencies: the gold sets code "deposited three billion
// dollars in Pakistan's central bank" SAU 071 PAK (events.jsonl) and
// "deposited $1 billion in Sudan's central bank" QAT 071 SDN
// (events-dev29-wire.jsonl). A central bank acting ("Nigeria's central
// bank froze the accounts …") or sanctioned keeps GOV (agents.txt).
//
//	"The UAE deposited $2 billion in Egypt's central bank on Monday"   ARE 071 EGY

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// centralBankAid recodes the single target of an aid event (root 07)
// that is a state's central bank ("Egypt's central bank") to the bare
// state.
func centralBankAid(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "07" || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if len(t.Country) != 3 || t.End < 2 || t.End > len(st.toks) || st.toks[t.End-1].Lower != "bank" || st.toks[t.End-2].Lower != "central" {
		return
	}
	t.Code, t.Sectors = t.Country, nil
	h.target = []actors.Mention{t}
}
