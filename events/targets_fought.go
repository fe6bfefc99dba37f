package events

// Unnamed agents whose state the phrase around them tells. An armed
// group named by no state of its own takes the state it is said
// to fight: "sent weapons to Islamist militants fighting Somalia's
// fragile government" is aid to SOMREB, not to the giver's own rebels
// (dev17 W17148). The group (an unresolved agent whose only roles are REB
// or UAF) must be followed at once by "fighting" or "battling", then
// (after a determiner) a mention of a state or its government or forces.
// An agent after "and" shares the possessive of the conjunct before it
// ("Togo's government and opposition": TGOOPP).

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

// sharedOwner returns the country of a possessive that owns both
// conjuncts of "X's A and B" for the unresolved agent m that is B:
// "talks between Togo's government and opposition" are with TGOOPP, not
// with the opposition of the sentence's first state (dev14 W14233). The
// mention before "and" must end right before it, hold the possessive
// ("Togo's government") and have a country, a count perhaps between ("and
// more than 40 rebel groups"); "" otherwise. before holds
// the mentions resolved so far.
func sharedOwner(toks []dyad.Token, before []actors.Mention, m actors.Mention) string {
	a := m.Start - 1
	if c := listCountStart(toks, max(0, m.Start-4), m.Start); c < m.Start {
		a = c - 1 // "Chad's military government and more than 40 rebel groups"
	}
	if a < 1 || toks[a].Lower != "and" || len(before) == 0 {
		return ""
	}
	o := before[len(before)-1]
	if o.End != a || len(o.Country) != 3 || o.Place || o.Modifier || o.Possessive {
		return ""
	}
	for k := o.Start; k < o.End; k++ {
		if isPossTok(toks[k]) {
			return o.Country
		}
	}
	return ""
}
