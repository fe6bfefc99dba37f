package events

import "github.com/dyad-events/dyad/actors"

// Acts that only one kind of actor does. Wire copy says police "cleared
// the streets" (175) and so do street sweepers. Patterns flagged
// "security" in events/data/verbs.txt keep their act only for a police,
// military or intelligence source, read after the source is resolved,
// so the passive ("the square was cleared by riot police") is read as
// the active is. Patterns flagged "civil" keep theirs only for a
// civilian source (protesters, supporters, workers, students): a crowd
// that "filled the streets" demonstrates, the police who fill them do
// not. Patterns flagged "legislature" keep theirs only for a
// legislature: "Congress removed the president from office" (173), not
// a president removing a minister.
//
// A person dragged, hauled or bundled away by a security force is
// detained by force in a crackdown (175), not abducted (181) as by
// gunmen: "riot police dragged away dozens of students", "activists
// were bundled off by plain-clothes officers" (dragAwayByForce).

// sourceKindKept reports whether h's source is of the kind its
// pattern's flags ask for (always true for a pattern with neither flag
// or a hit with no pattern).
func sourceKindKept(h *verbHit) bool {
	if h.p == nil {
		return true
	}
	if h.p.has(flagSecurity) && !anySector(h.source, "COP", "MIL", "SPY") {
		return false
	}
	if h.p.has(flagCivil) && (len(h.source) == 0 || !civil(h.source[0])) {
		return false
	}
	if h.p.has(flagLegislature) && (!anySector(h.source, "LEG") || h.code == "057" && anySector(h.target, "BUS")) {
		return false // (a deal "with ExxonMobil" is no treaty)
	}
	if h.p.has(flagState) && !(h.p.Code == "063" && h.code == "0841") && (!stateSource(h.source, h.code == "064" || foreignTarget(h)) || !onlySectors(h.source[0], "GOV") && !foreignTarget(h)) {
		// (police hand over to another state: "police passed the records to prosecutors" is none; a
		// handover recoded as a release of captives, "Boko Haram handed over 21 schoolgirls to the
		// authorities", is no act between states and keeps its 0841 whoever frees them)
		return false
	}
	return true
}

// stateSource reports a source made only of states: mentions with a
// country and no sector, the government sector alone ("Peru",
// "Ecuador's government"), or its police, border guards or
// intelligence service, who hold wanted people and their files
// ("Vietnamese border police handed 14 Cambodians to Cambodian police"),
// not villagers, rebels or a militia. With intel a state's armed forces
// count too: sourceKindKept sets it when the act shares intelligence
// (064: "India's Border Security Force handed Bangladeshi border guards
// the locations of 50 camps", MIL in the dictionaries) or is aimed at
// another state ("Pakistani border guards handed two men to Afghan
// police"); soldiers handing people to their own country's police are
// left out. (sourceKindKept keeps the police's, the forces' or the
// intelligence service's act only toward another state.)
func stateSource(ms []actors.Mention, intel bool) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if len(m.Country) != 3 || !onlySectors(m, "GOV", "COP", "SPY") && !(intel && onlySectors(m, "MIL")) {
			return false
		}
	}
	return true
}

// foreignTarget reports a target whose first actor is of another
// country than h's first source.
func foreignTarget(h *verbHit) bool {
	return len(h.source) > 0 && len(h.target) > 0 && len(h.target[0].Country) == 3 && h.target[0].Country != h.source[0].Country
}

// dragAwayByForce recodes as repression (175) an abduction (181) told
// by a verb of taking people away by force ("dragged away", "hauled
// off", "bundled away", "led away") whose source is a security force.
func dragAwayByForce(st *sentence, h *verbHit) {
	if h.code != "181" || !anySector(h.source, "COP", "MIL", "SPY") {
		return
	}
	switch st.toks[h.head].Lemma {
	case "drag", "haul", "bundle", "cart", "frogmarch", "lead", "carry":
		h.code = "175"
	}
}

// anySector reports whether one of ms has one of the sectors codes.
func anySector(ms []actors.Mention, codes ...string) bool {
	for _, m := range ms {
		if hasSector(m, codes...) {
			return true
		}
	}
	return false
}
