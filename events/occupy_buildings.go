package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// occupiedBuilding reads an armed force's or armed group's seizure of a
// state's building — government buildings, a parliament, a headquarters,
// a consulate, a ministry ([seized buildings] of data/words.txt, the last
// word of the target or the noun right after it) — told by "seize" (171),
// "capture", "occupy" or control taken (192), as ground taken: 192, as
// for a town (gold README item 43, settled 2026-12-07: "Armed men seized
// the regional parliament and government buildings in Simferopol" UKRUAF
// 192 UKRLEG and UKRGOV, dev19-wire W19070; "Pro-Russian militia seized
// Ukraine's navy headquarters" UKRUAF 192 UKRMIL, W15033; "Islamic State
// fighters seized the Turkish consulate in Mosul" IMGMOSISL 192 TUR,
// dev36-wire W36002). Palaces, embassies and stations are not in the list
// (see its comment). It reports whether it coded the hit, so that
// occupyFamily, whose ground is never a government body, leaves it as it
// is.
//
// The source must fight as an army or an armed group (MIL, REB, UAF,
// CRM, an IMG group), never police (a raid or an arrest: "police stormed
// Mexico's embassy" 171, W90287), a state named alone (property
// confiscated: "Nicaragua … seized the building" 1711, W10409) or a crowd
// (crowdSeizure's protest). The target must be the state or one of its
// bodies (GOV, LEG, MIL, JUD, COP): a firm's or a party's offices stay
// property (171). Targets stay as coded, the item leaving them open,
// except the seats of power an armed group takes from a state
// ([seat buildings] after a government or armed-forces word), which are
// the state's ground: "Southern separatists seized government buildings
// in Aden" YEMREB 192 YEM (dev29-wire W29021, dev53-wire W53046).
func occupiedBuilding(st *sentence, h *verbHit) bool {
	if h.p == nil || len(h.source) != 1 || len(h.target) == 0 {
		return false
	}
	if h.code != "171" && !(h.code == "192" && (occupyPattern(h.p) || h.p.Code == "192" && len(h.p.Slots) == 1)) {
		return false
	}
	if seatTaken(st, h) {
		v := h.target[0]
		v.Code, v.Sectors = v.Country, nil
		h.code = "192"
		h.target = []actors.Mention{v}
		return true
	}
	src := h.source[0]
	if !hasSector(src, "MIL") && !nonState(src) || hasSector(src, "COP") || civil(src) || src.Person {
		return false
	}
	for _, t := range h.target {
		if !stateBody(t) || t.Start <= h.head || !buildingTaken(st, t) {
			return false
		}
	}
	h.code = "192"
	return true
}

// seatTaken reports an armed group's (REB, an IMG group, not UAF or CRM)
// seizure of one seat of a state's power: a government or armed-forces
// word followed by a [seat buildings] word ("government buildings",
// "government offices", "the military compound"), which need not be in
// [seized buildings]: "Houthi rebels seized the military compound in
// Sanaa" YEMREB 192 YEM.
func seatTaken(st *sentence, h *verbHit) bool {
	if len(h.target) != 1 {
		return false
	}
	src, t := h.source[0], h.target[0]
	if !hasSector(src, "REB") && !strings.HasPrefix(src.Code, "IMG") || hasSector(src, "UAF", "CRM") {
		return false
	}
	return hasSector(t, "GOV", "MIL") && t.Country != "" && !t.Person && !t.Possessive && t.Start > h.head &&
		t.End > 0 && t.End < len(st.toks) && st.words.seatBuildings[st.toks[t.End].Lower]
}

// stateBody reports a target that is a state or one of its bodies: a
// country named alone (an embassy or consulate reads as its state) or a
// government, legislature, army, court or police, not a person.
func stateBody(m actors.Mention) bool {
	if m.Person || m.Country == "" {
		return false
	}
	if len(m.Sectors) == 0 {
		return true
	}
	return hasSector(m, "GOV", "LEG", "MIL", "JUD", "COP") && !hasSector(m, "BUS", "PTY", "OPP", "NGO")
}

// buildingTaken reports a target mention that names a building: its last
// word is one ("the Turkish consulate", "the regional parliament") or the
// noun right after it, past a possessive, is ("government buildings",
// "the state television headquarters", "Ukraine's navy headquarters").
func buildingTaken(st *sentence, m actors.Mention) bool {
	if m.End <= 0 || m.End > len(st.toks) {
		return false
	}
	if st.words.seizedBuildings[st.toks[m.End-1].Lower] {
		return true
	}
	k := m.End
	if k < len(st.toks) && st.toks[k].Tag == "POS" {
		k++
	}
	return k < len(st.toks) && st.words.seizedBuildings[st.toks[k].Lower]
}
