package events

// A strike told by a noun whose relative clause tells its toll: "an
// investigation into a NATO air strike that killed 14 civilians", "an
// inquiry into U.S. air strikes that killed three Iraqi soldiers". The
// noun phrase is the inquiry's object, so the strike is no event of its
// own there, but the finite relative clause is (CODING.md: finite clauses
// in background positions are coded): its subject is the strike, whose
// doer is the actor named right before the strike noun (NATO; a state
// named so is its armed forces, USAMIL, as inquiry_strikes.go reads the
// inquiry's target), and its act is the strike's own, air or missile
// strikes 195, drone strikes 1952. A relative clause after a noun that is
// no strike ("a bus crash that killed 14") or a strike with no doer named
// ("an air strike that killed") keeps no source.

import "github.com/dyad-events/dyad/actors"

// relativeStrike returns the source and code of hit h, a harm whose verb
// opens a relative clause ("that", "which", ", which") right after a
// strike noun (militaryStrike, alone or after "air", "drone" or "missile")
// with an actor named right before it that is no place (a capital, or a
// country named as a place rather than as the modifier "U.S."); nil when any of
// this fails. The code is h's, made the strike's when the compound tells
// the weapon.
func (c *Coder) relativeStrike(st *sentence, h *verbHit) ([]actors.Mention, string) {
	toks := st.toks
	rel := h.head - 1
	if rel < 2 || toks[rel].Lower != "that" && toks[rel].Lower != "which" {
		return nil, ""
	}
	n := rel - 1
	if toks[rel].Lower == "which" && toks[n].Text == "," {
		n--
	}
	if n < 1 || !militaryStrike(toks[n].Lower) {
		return nil, ""
	}
	code := h.code
	switch toks[n].Lower {
	case "airstrike", "airstrikes":
		code = "195"
	}
	switch toks[n-1].Lower {
	case "air", "missile":
		code, n = "195", n-1
	case "drone":
		code, n = "1952", n-1
	}
	m := st.at[n-1]
	if m < 0 || st.ments[m].End != n || st.ments[m].Kind == actors.KindCapital {
		return nil, "" // "the Kabul air strike that killed": a place
	}
	if mt := st.ments[m]; mt.Place && mt.Kind != actors.KindAdjective && mt.Kind != actors.KindOrg && !adjectivalName(mt.Text) {
		return nil, "" // ("into U.S. air strikes": a modifier after "into", read as a place)
	}
	return strikers(c.group(st, m)), code
}
