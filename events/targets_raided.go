package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// raidedCivilians gives the unnamed people an attacker seizes, abducts or
// harms in a participle after its attack on another state that state's
// civilians (soldiers, police), not the attacker's own: "Hamas gunmen stormed into southern
// Israel, killing hundreds and seizing dozens of hostages" is PSEREB 181
// ISRCVL (dev8-wire A0163, dev9-wire W90753), where the hostages, named
// by no state, took the attacker's country (PSECVL); "Hezbollah fighters
// stormed into northern Israel, seizing two soldiers" ISRMIL. Only a
// target named by a common noun and coded as the source's own country's
// civilians, soldiers or police changes, and only when an
// earlier event of the sentence, by the same source, struck another
// state ("stormed into southern Israel" ISR, "attacked a Pakistani border
// post" PAKMIL); evs is one sentence's events.
func raidedCivilians(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		if !participleAct(e.Evidence) || e.Source == nil || e.Target == nil || !harm(e.CAMEO) {
			continue
		}
		t := e.Target
		if t.Country == "" || t.Country != e.Source.Country || len(t.Sectors) != 1 || t.Code != t.Country+t.Sectors[0] || startsUpperASCII(t.Text) {
			continue
		}
		if s := t.Sectors[0]; s != "CVL" && s != "MIL" && s != "COP" {
			continue
		}
		for j := 0; j < i; j++ {
			a := evs[j]
			if a.Source == nil || a.Target == nil || a.Source.Code != e.Source.Code || a.Evidence.Span[0] >= e.Evidence.Span[0] {
				continue
			}
			if r := cameo.Root(a.CAMEO); r != "18" && r != "19" {
				continue
			}
			if a.Target.Country == "" || a.Target.Country == t.Country {
				continue
			}
			v := *t
			v.Code, v.Country, v.Name = a.Target.Country+t.Sectors[0], a.Target.Country, a.Target.Name
			e.Target = &v
			break
		}
	}
	return evs
}

// participleAct reports an event told by a participle after a comma or
// another participle's "and" (", seizing dozens of hostages", "killing
// hundreds and taking scores hostage"): what the act before it did.
func participleAct(ev dyad.Evidence) bool {
	s := ev.Span[0]
	if s < 5 || s > len(ev.Text) || ev.Text[s-2:s] != ", " && ev.Text[s-5:s] != " and " {
		return false
	}
	w := ev.Text[s:]
	if k := strings.IndexByte(w, ' '); k >= 0 {
		w = w[:k]
	}
	return strings.HasSuffix(w, "ing")
}
