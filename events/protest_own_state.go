package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// ownStateAct gives a protest (root 14) whose only target is the
// protesters' own state named as the possessor of an act ("Kashmiri
// shopkeepers kept their shutters down in protest against India's
// revocation of the region's special status", "students marched against
// Kenya's new tax law") that state's government: the act is the state's
// policy, and protests against a state's policy take its government (gold
// README, Conventions: W13271 INDGOV). A foreign state named so ("against
// Russia's invasion", "over Washington's stance") is left as it is: the
// gold sets code it either way.
func ownStateAct(h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.target) != 1 || len(h.source) == 0 {
		return
	}
	src, t := h.source[0], h.target[0]
	if src.Country == "" || !civil(src) || !t.Possessive || t.Country != src.Country || t.Code != t.Country || len(t.Sectors) != 0 || t.Place || t.Modifier {
		return
	}
	switch t.Kind {
	case actors.KindCountry, actors.KindCapital:
	default:
		return
	}
	t.Code, t.Sectors = t.Country+"GOV", []string{"GOV"}
	h.target = []actors.Mention{t}
}
