package events

// A prisoner exchange between two states ("Russia and Ukraine exchanged
// 35 prisoners each", "Washington and Moscow freed 24 prisoners between
// them in a swap in Ankara") frees each side's people to the other: each
// state releases the other state's people, CVL (CODING.md: people freed
// or swapped are CVL unless the text says soldiers, "prisoners of war"
// being powTargets' MIL), not the other state itself nor the people of
// the venue the swap took place in.

import (
	"unicode"

	"github.com/dyad-events/dyad"
)

// swapPeople rewrites the targets of a release (0841) told once for two
// states as sources (one hit: the same evidence): a target that is the
// other state named bare becomes that state's CVL, and unnamed people
// (a target written all in lower case, "prisoners", "24 detainees")
// that coreference gave a third state become the other state's, in
// their sector. People the text names by a state ("20 Ukrainian
// prisoners") keep theirs.
func (c *Coder) swapPeople(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		if e.CAMEO != "0841" || e.Target == nil || e.Source == nil || len(e.Source.Country) != 3 {
			continue
		}
		other := ""
		for j := range evs {
			o := evs[j]
			if j == i || o.CAMEO != "0841" || o.Source == nil || o.Evidence != e.Evidence || len(o.Source.Country) != 3 || o.Source.Country == e.Source.Country {
				continue
			}
			if other != "" && other != o.Source.Country {
				other = "" // three or more parties: not a swap between two
				break
			}
			other = o.Source.Country
		}
		if other == "" {
			continue
		}
		t := *e.Target
		switch {
		case t.Code == t.Country && t.Country == other:
			t.Code, t.Sectors = other+"CVL", []string{"CVL"} // "Russia and Ukraine exchanged 35 prisoners each"
		case t.Country != other && t.Country != e.Source.Country && len(t.Sectors) == 1 && (t.Sectors[0] == "CVL" || t.Sectors[0] == "MIL") && lowerText(t.Text):
			t.Code, t.Country, t.Name = other+t.Sectors[0], other, c.matcher.Dictionary().Name(other)
		default:
			continue
		}
		if hasEvent(evs, e.Source.Code, e.CAMEO, t.Code) {
			continue // the other state's people are freed already: "… exchanged prisoners, and Russia freed 90 Ukrainians"
		}
		e.Target = &t
	}
	return evs
}

// hasEvent reports an event of evs from source with code and target.
func hasEvent(evs []dyad.Event, source, code, target string) bool {
	for _, e := range evs {
		if e.Source != nil && e.Target != nil && e.Source.Code == source && e.CAMEO == code && e.Target.Code == target {
			return true
		}
	}
	return false
}

// lowerText reports a text with no upper-case letter: "24 prisoners".
func lowerText(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}
