package events

// Parties and opposition groups a state bans. A court or government that
// suspends, bans, outlaws or proscribes a party or an opposition group
// the dictionaries know bans a political party (CAMEO 1722), whatever its
// name says: "A Bahraini court suspended Al Wefaq, the kingdom's largest
// Shi'ite opposition group" BHRJUD 1722 BHROPP. "Dissolve" has no bare
// pattern (a party dissolved is coded by its noun, "dissolve {party}";
// "dissolved parliament" 172).

import "github.com/dyad-events/dyad/actors"

// partyBanned recodes to 1722 a bare hit (the verb alone) of suspend,
// ban, outlaw or proscribe whose source is a state actor (stateActor) and
// whose target, in the verb's object (objectOf), is a party or an
// opposition group (partyActor); to 1322 when the ban is only threatened
// (h.threat, threatCode).
func partyBanned(st *sentence, h *verbHit) {
	if h.p == nil || len(h.p.Slots) != 1 || h.code == "" {
		return
	}
	switch st.toks[h.head].Lemma {
	case "suspend", "ban", "outlaw", "proscribe":
	default:
		return
	}
	if len(h.source) > 0 && len(h.target) > 0 && stateActor(h.source[0]) && objectOf(st, h.head, h.target[0].Start) && partyActor(h.target[0]) {
		h.code = "1722"
		if h.threat {
			// "threatened on Tuesday to suspend the main opposition group
			// al-Wefaq unless …": the ban threatened, CAMEO 1322 (threaten
			// to ban political parties), as "threatened to ban" is coded
			// (dev50 W50051)
			h.code = "1322"
		}
	}
}

// partyActor reports a party (PTY) or an opposition group named as an
// organisation (OPP, not an opposition leader: "suspended opposition
// leader X" suspends a person).
func partyActor(m actors.Mention) bool {
	return hasSector(m, "PTY") || hasSector(m, "OPP") && m.Kind == actors.KindOrg
}
