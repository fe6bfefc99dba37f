package events

// An armed group named by no state of its own takes the state it is said
// to fight: "sent weapons to Islamist militants fighting Somalia's
// fragile government" is aid to SOMREB, not to the giver's own rebels
// (dev17 W17148). The group (an unresolved agent whose only roles are REB
// or UAF) must be followed at once by "fighting", "battling" or "waging
// war against", then (after a determiner) a mention of a state or its
// government or forces.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// foughtState returns the country of the state the armed group m is said
// to fight (see the file comment), "" when there is none; after holds the
// mentions after m.
func foughtState(toks []dyad.Token, after []actors.Mention, m actors.Mention) string {
	if !onlySectors(m, "REB", "UAF") || m.End+1 >= len(toks) {
		return ""
	}
	k := m.End
	switch toks[k].Lower {
	case "fighting", "battling":
		k++
	default:
		return ""
	}
	if toks[k].Tag == "DT" {
		k++
	}
	for _, o := range after {
		if o.Start < k {
			continue
		}
		if o.Start == k && len(o.Country) == 3 && !o.Place && !o.Unresolved && (o.Modifier || hasSector(o, "GOV", "MIL") || len(o.Sectors) == 0) {
			return o.Country
		}
		break
	}
	return ""
}
