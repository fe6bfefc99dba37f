package events

// Unknown agents: a definite armed agent ("the paramilitaries", "the
// militiamen") after a named armed group in the same sentence is that
// group: "Sudan's army drove Rapid Support Forces fighters from Khartoum,
// as the paramilitaries retreated across the White Nile" (SDNREB, the
// RSF's code, not SDNUAF). A rule of resolveAgent (coref_agents.go).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// namedGroupBefore gives a definite armed agent (the, set by
// ownPeopleBody; armed, set by groupOwner: REB, UAF or CRM) no people's
// name or title stands before the code of the nearest armed group the
// sentence names before it: an organisation of the dictionary whose
// sector is REB or UAF and whose country is the one found so far, if any
// ("Rapid Support Forces" SDNREB), or a transnational militant group
// (IMG…). Criminals are no member of an armed group.
func (u *unknownAgent) namedGroupBefore() agentVerdict {
	if !u.the || !u.armed || u.people || u.titled || hasSector(u.m, "CRM") {
		return agentNext
	}
	for j := u.k - 1; j >= 0 && j < len(u.out); j-- {
		g := u.out[j]
		if g.Kind != actors.KindOrg || g.Place || g.Modifier {
			continue
		}
		if !(g.Country != "" && hasSector(g, "REB", "UAF") || strings.HasPrefix(g.Code, "IMG")) {
			continue
		}
		if u.country != "" && g.Country != u.country {
			return agentNext
		}
		u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = g.Code, g.Country, g.Sectors, g.Name
		u.m.Unresolved, u.m.Kind = false, "coref"
		return agentEmit
	}
	return agentNext
}
