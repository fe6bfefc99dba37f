package events

// Parties and opposition groups a state bans. A court or government that
// suspends, dissolves, outlaws or deregisters a party or an opposition
// group the dictionaries know bans a political party (CAMEO 1722),
// whatever its name says: "A Bahraini court suspended Al Wefaq, the
// kingdom's largest Shi'ite opposition group" BHRJUD 1722 BHROPP,
// "Thailand's constitutional court dissolved Move Forward". A bare
// "dissolved" or "deregistered" of anything else ("dissolved its joint
// committee with Iraq") is none; "dissolved parliament" keeps its own
// pattern (172).

import "github.com/dyad-events/dyad/actors"

// partyBanned recodes to 1722 a bare hit (the verb alone) of suspend,
// dissolve, ban, outlaw, proscribe or deregister whose source is a state
// actor (stateActor) and whose target, in the verb's object (objectOf),
// is a party or an opposition group (partyActor). A bare dissolve or
// deregister with any other target is cleared.
func partyBanned(st *sentence, h *verbHit) {
	if h.p == nil || len(h.p.Slots) != 1 || h.code == "" {
		return
	}
	head := st.toks[h.head].Lemma
	switch head {
	case "suspend", "dissolve", "ban", "outlaw", "proscribe", "deregister":
	default:
		return
	}
	party := len(h.source) > 0 && len(h.target) > 0 && stateActor(h.source[0]) && objectOf(st, h.head, h.target[0].Start) && partyActor(h.target[0])
	switch {
	case party:
		h.code = "1722"
	case head == "dissolve" || head == "deregister":
		h.code = ""
	}
}

// partyActor reports a party (PTY) or an opposition group named as an
// organisation (OPP, not an opposition leader: "suspended opposition
// leader X" suspends a person).
func partyActor(m actors.Mention) bool {
	return hasSector(m, "PTY") || hasSector(m, "OPP") && m.Kind == actors.KindOrg
}
