package events

// An inquiry into another state's strikes. "Iraq's government ordered an
// inquiry on Friday into U.S. air strikes that killed three Iraqi soldiers"
// investigates the United States' forces (IRQGOV 093 USAMIL, dev wire
// W37048), not the soldiers the strikes killed: the state's adjective
// right after "into" ("the" between allowed), before a strike noun or an
// air, drone or missile compound of one, names whose acts are looked into
// (grids.go inquiryOwner), as its armed forces (MIL), who strike.

import "github.com/dyad-events/dyad/actors"

// militaryStrike reports a plural or singular noun of armed strikes:
// "strikes", "airstrikes", "raids", "shelling", "bombing(s)".
func militaryStrike(w string) bool {
	switch w {
	case "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "bombing", "bombings", "bombardment":
		return true
	}
	return false
}

// strikers returns the states of ms as their armed forces: each mention
// with no role of its own coded COUNTRY+MIL ("U.S." in "U.S. air
// strikes": USAMIL); one with a role keeps it.
func strikers(ms []actors.Mention) []actors.Mention {
	out := make([]actors.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Country != "" && m.Code == m.Country {
			m.Code, m.Sectors = m.Country+"MIL", []string{"MIL"}
		}
		out = append(out, m)
	}
	return out
}
