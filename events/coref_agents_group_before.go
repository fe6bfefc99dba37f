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
// sentence names before it (takeGroupBefore). Criminals are no member
// of an armed group.
func (u *unknownAgent) namedGroupBefore() agentVerdict {
	if !u.the || !u.armed || u.people || u.titled || hasSector(u.m, "CRM") {
		return agentNext
	}
	return u.takeGroupBefore()
}

// bareGroupBefore is namedGroupBefore for a bare plural armed agent with
// no determiner ("rebels", "militants", "insurgents" acting in a later
// clause), tried before the place of the act gives it a country: "Saudi
// artillery pounded Houthi positions …, two days after rebels crossed
// into the kingdom" (YEMREB, not the kingdom's SAUREB); "Israeli jets
// struck Hamas positions after militants fired rockets at southern
// Israel" (Hamas's). A group named in the sentence is no unnamed
// attacker (testdata/gold/README.md, "Conventions fixed here" 3: "Not
// this construction: gunmen of a named group"). Gunmen ("armed men")
// and criminals keep the place's UAF or CRM.
func (u *unknownAgent) bareGroupBefore() agentVerdict {
	m, toks := u.m, u.st.toks
	if u.the || u.country != "" || !hasSector(m, "REB") || u.people || u.titled || m.End-m.Start != 1 || toks[m.Start].Tag != "NNS" {
		return agentNext
	}
	if m.Start > 0 {
		switch toks[m.Start-1].Tag {
		case "DT", "PRP$", "POS", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
			return agentNext // ("some rebels", "their militants", "Islamist militants", "Aceh rebels")
		}
	}
	return u.takeGroupBefore()
}

// takeGroupBefore gives the agent the code of the nearest armed group
// the sentence names before it: an organisation of the dictionary whose
// sector is REB or UAF and whose country is the one found so far, if any
// ("Rapid Support Forces" SDNREB), or a transnational militant group
// (IMG…).
func (u *unknownAgent) takeGroupBefore() agentVerdict {
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
