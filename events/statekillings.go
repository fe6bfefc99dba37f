package events

// This file codes a state's forces shooting people dead. The pattern
// "shoot dead" gives 180 (unconventional violence), right for gunmen and
// militants ("Militants shot dead 26 tourists"); a state's troops or
// police who shoot dead militants, suspects or a crowd's attackers use
// conventional force (190), as "killed" by them already is (refine.go),
// and captives shot dead are executed (1823). So are civilians shot dead
// by them ("Myanmar soldiers shot dead 10 villagers", 190): the open
// judged real news fixes "Israeli soldiers have shot dead five
// Palestinians" as ISRMIL 190 PSECVL, not 180. Police shooting
// protesters dead is repression (175), a longer pattern of its own.

import "github.com/dyad-events/dyad/actors"

// stateShooting returns the code of "shoot dead" by a state's forces at
// h, whose victims are named or, unnamed ("five men"), were captives
// (refine.go calls it only then; other unnamed ones stay 180 on the
// place's civilians): 1823 when the victims themselves
// are captives (capturedVictims), 186 when the one victim is named by
// a state office's title (officeHolder, GOV, LEG or JUD, not a named
// person: "a police officer shot dead Russia's ambassador" is an
// assassination; named fighters and suspects shot dead, "Israeli
// soldiers shot dead Yahya Sinwar", stay 190), else 190, civilians
// included.
func stateShooting(st *sentence, h *verbHit) string {
	if capturedVictims(st, h) {
		return "1823"
	}
	if t := h.target; len(t) == 1 && !t[0].Person && t[0].Kind != actors.KindPerson && hasSector(t[0], "GOV", "LEG", "JUD") && officeHolder(st, t[0]) {
		return "186"
	}
	return "190"
}

// capturedVictims reports victims of h who were captives: a captive noun
// in the victims' own phrase ("shot dead two prisoners", not "two escaped
// prisoners"), or the verb of their relative clause ("three soldiers who
// had surrendered", "men who were handcuffed"), or an execution-style
// killing. A captive noun a relative clause takes as object ("gunmen who
// had freed prisoners", "militants who had taken captives") is not theirs.
func capturedVictims(st *sentence, h *verbHit) bool {
	toks := st.toks
	rel := false // inside the victims' relative clause
	for k := h.end; k < len(toks) && k < h.end+12; k++ {
		w := toks[k].Lower
		switch w {
		case ";", ":", ".":
			return false
		case "execution-style":
			return true
		case "who", "that", "which":
			rel = true
		case "surrendered", "handcuffed", "blindfolded":
			if rel {
				return true
			}
		case "captive", "captives", "prisoner", "prisoners", "detainee", "detainees":
			if rel {
				return false // "gunmen who had freed prisoners"
			}
			if k > 0 {
				switch toks[k-1].Lower {
				case "escaped", "fleeing", "former", "freed", "released":
					return false // "two escaped prisoners"
				}
			}
			return true
		}
		if !rel && (toks[k].Tag == "IN" || toks[k].Text == ",") {
			return false // the victims' phrase ends: "in Kashmir", "near Jenin"
		}
	}
	return false
}
