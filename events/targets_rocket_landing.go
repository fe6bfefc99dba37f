package events

// Rockets an armed group fires that a relative clause says came down in
// or near another state's town are a shelling of that state (194), not
// the show of force (150) a launch with no target codes: the landing
// names where they struck.
//
//	"Hezbollah fighters fired two rockets that landed near the Israeli town of Nahariya"   LBNREB 194 ISR
//	"Hezbollah denied that its fighters had fired the two rockets that landed near Nahariya's port"  LBNREB 194 ISR denied
//
// The gold files code rockets and mortars of armed groups landing in a
// state as 194 against it (dev47 W47045; CAMEO 194 "Fight with
// artillery and tanks", as "fired rockets into southern Israel" codes),
// while a state's missile test falling into the sea stays 150
// (targets_missile_landing.go). The source's own state is no target.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// rocketLanding recodes h, a show of force (150) with no target fired by
// a non-state armed group (nonState) whose words name rockets or mortars
// (rocketWord), to 194 against the state named after a "that" or "which"
// clause of landing ("landed", "fell", "struck", "hit", "exploded")
// within four tokens after the pattern: the first state mention within
// eight tokens after the landing verb that stands after a place
// preposition (placePrep: "near", "in") or after one and "the" ("near
// the Israeli town of Nahariya"), of a state other than the source's.
func (c *Coder) rocketLanding(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.target) != 0 || len(h.source) == 0 || !nonState(h.source[0]) || !rocketWord(st.toks, h) {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k <= h.end+4; k++ {
		if toks[k].Lower != "that" && toks[k].Lower != "which" {
			if isHardBreak(toks[k]) {
				return
			}
			continue
		}
		switch toks[k+1].Lemma {
		case "land", "fall", "strike", "hit", "explode", "crash", "slam":
		default:
			return
		}
		stop := func(t dyad.Token) bool { return t.Text == "," || isHardBreak(t) }
		if m, ok := foreignStateAt(st, k+2, k+10, h.source[0].Country, stop); ok && landedAt(toks, m) {
			h.target = []actors.Mention{bareCountry(c, m)}
			h.code = "194"
		}
		return
	}
}

// rocketWord reports rockets or mortars among h's matched words and the
// few words after them.
func rocketWord(toks []dyad.Token, h *verbHit) bool {
	for k := h.head; k < len(toks) && k < h.end+3; k++ {
		switch toks[k].Lower {
		case "rocket", "rockets", "mortar", "mortars", "katyusha", "katyushas":
			return true
		}
	}
	return false
}

// landedAt reports the mention m standing after a place preposition, or
// after one and "the" ("near the Israeli town").
func landedAt(toks []dyad.Token, m actors.Mention) bool {
	p := m.Start - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	return p >= 0 && placePrep(toks[p].Lower)
}
