package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// occupyFamily keeps the ground-taking patterns of the "verb families …
// whole" section of data/verbs.txt (192: "entered the rebel stronghold of Kidal", "walked
// into Bukavu", "took full control of Aleppo", "gained control of the
// town") to their literal sense, and clears h.code (no event) when the
// source cannot take ground or the target is no ground. A source takes
// ground when it fights (armed forces, armed groups, a state named alone:
// see fighting); ground is a place named as the target, a city or an
// armed side's stronghold ("the rebel stronghold" is REB), never an
// organisation, a government body, a person or a possessive ("took
// control of the local units of France's Danone" is property, 171). A
// country entered is a crossing, not ground taken ("army officers entered
// Somalia"), and a state's forces take nothing on their own state's
// ground. "Refugees entered Poland" (a civilian source), "Sweden entered
// NATO" (an organisation) and "took control of the agenda" (no target:
// the pattern needs one) give no event; entries told in a relative clause
// or planned never become hits (idleEntry). A target named after the
// verb must be its object (groundObject): "entered a truce with Hamas",
// "entered its third year of war in Ukraine" and "took control of the
// narrative in Syria" give no event. A state's building seized, captured
// or taken by an armed side is ground taken too, settled first
// (occupiedBuilding). Other hits are left as they are.
func occupyFamily(st *sentence, h *verbHit) {
	if occupiedBuilding(st, h) {
		return // a state's building taken by an armed side (occupy_buildings.go)
	}
	if h.code == "" || h.p.Code != "192" || len(h.source) == 0 || !occupyPattern(h.p) {
		return
	}
	entry := len(h.p.Slots) <= 2 // "enter", "walk into"
	src := h.source[0]
	if !fighting(src) || civil(src) || hasSector(src, "GOV", "LEG", "JUD") && !hasSector(src, "MIL") {
		h.code = ""
		return
	}
	obj := groundObject(st, h.end)
	if obj < 0 || controlOfSomething(st, h) {
		h.code = "" // "entered a truce with Hamas", "gained control of the air over Iran"
		return
	}
	if f := seizedFrom(st, h); f != nil && f.Code != src.Code {
		// "rebels wrested control of Aleppo from government forces":
		// the ground is taken from the armed side after "from", the
		// target whatever the place reads as (seized.go)
		h.target = []actors.Mention{*f}
		return
	}
	if len(h.target) == 0 {
		return // needtarget drops it
	}
	t := h.target[0]
	if !groundTarget(t) || t.Start >= h.end && t.Start > obj {
		h.code = ""
		return
	}
	if entry && t.Kind == actors.KindCountry && !hasSector(t, "REB", "MIL", "UAF", "CRM") {
		// "army officers have secretly entered Somalia": a country
		// entered is a crossing or a deployment; the ground taken is a
		// town, a city or a stronghold
		h.code = ""
		return
	}
	if len(t.Sectors) == 0 && t.Country == src.Country && !nonState(src) {
		// a state's own forces on their own ground ("the tanks entered
		// 400 metres into Palestinian territory" read as Palestinian
		// tanks) take nothing from anyone
		h.code = ""
	}
}

// idleEntry reports a hit of "enter" or "walk into" (the ground-taking
// family) that takes no ground by its form: told in a relative clause
// ("Ethiopian troops, who entered Somalia under an AU mandate":
// background), or planned, refused or under way ("militiamen would enter
// Afrin", "prohibited migrants from entering three provinces", "fighters
// started entering the enclave"). findHits drops such a hit at once, so
// that it claims no date and no words of the sentence, as if the verb
// had matched nothing.
func idleEntry(st *sentence, h verbHit) bool {
	if h.p == nil || h.p.Code != "192" || len(h.p.Slots) > 2 || !occupyPattern(h.p) {
		return false
	}
	if h.head > 0 {
		switch st.toks[h.head-1].Lower {
		case "who", "which", "that":
			return true
		}
	}
	tag := st.toks[h.head].Tag
	return tag == "VB" || tag == "VBG"
}

// occupyPattern reports a pattern of the ground-taking family: the verb
// "enter" alone, "walk into", or control taken "of" or "over".
func occupyPattern(p *Pattern) bool {
	if len(p.Slots) == 0 {
		return false
	}
	head := p.Slots[0]
	switch {
	case len(p.Slots) == 1:
		return slotHas([][]string{head}, "enter")
	case len(p.Slots) == 2:
		return slotHas([][]string{head}, "walk") && slotHas(p.Slots[1:2], "into")
	case len(p.Slots) == 3:
		return slotHas(p.Slots[1:2], "control") && (slotHas(p.Slots[2:3], "of") || slotHas(p.Slots[2:3], "over"))
	}
	return false
}

// groundTarget reports a target that is ground to take: a place, a state
// or city named alone, or an armed side (its stronghold, base or
// positions), never an organisation, a government body or a person.
func groundTarget(m actors.Mention) bool {
	if m.Place {
		return true
	}
	if m.Person || m.Possessive || strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO") {
		return false
	}
	if len(m.Sectors) == 0 {
		return m.Country != ""
	}
	return hasSector(m, "REB", "MIL", "UAF", "CRM") || strings.HasPrefix(m.Code, "IMG")
}

// groundObject returns the token that begins the object of a
// ground-taking verb whose match ends before token from, or -1 when the
// verb has none that is ground or an actor: between the verb and the
// object stand only determiners, adjectives, numbers, possessives, "of"
// the armed side holding it (rebel, insurgent, militant, jihadist, enemy)
// and nouns of ground (town, city, village, stronghold, capital, region,
// province, district, camp, territory), and the object is an actor
// mention, a name (NNP) or, when nothing follows it, the last noun of
// ground ("gained control of the town" on Monday). "entered the rebel
// stronghold of Kidal" has one; "entered a truce with Hamas", "entered
// its third year of war in Ukraine" and "took control of the narrative
// in Syria" have none.
func groundObject(st *sentence, from int) int {
	ground := -1
	for i := from; i < len(st.toks); i++ {
		if st.at[i] >= 0 || st.toks[i].Tag == "NNP" || st.toks[i].Tag == "NNPS" {
			return i
		}
		switch st.toks[i].Tag {
		case "DT", "JJ", "CD", "POS", "PRP$":
			continue
		}
		switch st.toks[i].Lower {
		case "of", "rebel", "insurgent", "militant", "jihadist", "enemy":
		case "town", "towns", "city", "cities", "village", "villages",
			"stronghold", "capital", "region", "province", "district", "camp", "territory":
			ground = i
		default:
			return ground
		}
	}
	return ground
}

// controlOfSomething reports control taken of something other than ground
// before the word that ends the pattern: "gained control of the air over
// Iran" matches "gain control over" across "of the air".
func controlOfSomething(st *sentence, h *verbHit) bool {
	if len(h.p.Slots) != 3 {
		return false
	}
	for i := h.head + 1; i < h.end-1 && i < len(st.toks); i++ {
		if st.toks[i].Lower == "of" || st.toks[i].Lower == "over" {
			return true
		}
	}
	return false
}
