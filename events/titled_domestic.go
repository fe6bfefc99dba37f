package events

import "github.com/dyad-events/dyad/actors"

// domesticTitled returns the state of a titled office holder of an
// unknown name ("Prime Minister Laisenia Qarase", "President Kalaba
// Mwansa") whom a home actor of one state acts on: "Fiji's military
// commander demanded that Prime Minister Laisenia Qarase withdraw the
// bill", "Zambian opposition leaders accused President Kalaba Mwansa of
// rigging the vote", "Guinean soldiers arrested Prime Minister Tidiane
// Souare". The army, the opposition, rebels, lawmakers, courts, police,
// protesters and the press act on their own state's leaders; the office
// holder is that state's. It holds only when every actor, modifier and
// place the sentence names is of that one state, and an actor of it with
// no government role (none of GOV) stands before the title: a state's
// envoy or minister meets foreign leaders as often as its own ("the U.S.
// envoy met President Amadou Toure"), and a second state named leaves the
// office holder's state open. "" when it does not hold.
func domesticTitled(ms, out []actors.Mention, k int) string {
	state, home := "", false
	look := func(n actors.Mention, before bool) bool {
		if n.Country == "" {
			// another agent of no state yet, or a titled person alone,
			// leaves the state open; an international body or a group
			// of no state does not
			return n.Unresolved || n.Person && len(n.Sectors) > 0
		}
		if state != "" && n.Country != state {
			return false
		}
		state = n.Country
		if before && !n.Place && !n.Modifier && len(n.Sectors) > 0 && !hasSector(n, "GOV") {
			home = true
		}
		return true
	}
	for _, n := range out {
		if !look(n, true) {
			return ""
		}
	}
	for _, n := range ms[k+1:] {
		if !look(n, false) {
			return ""
		}
	}
	if !home || len(state) != 3 {
		return ""
	}
	return state
}
