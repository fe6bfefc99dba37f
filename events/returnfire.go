package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// Fire returned answers an attack (190; data/verbs.txt "fire back",
// "shoot back", "return fire"). The one fired back at is the target when
// named after "at" or "on" ("South Korean troops fired back at North
// Korean soldiers"); otherwise it is whoever made an act of force told
// before it in the sentence, by another state's or group's actor, and
// with neither no one fired at is known and there is no event:
//
//	"North Korea shelled Yeonpyeong island on Tuesday, and the South fired back"
//	    PRK 194 KOR, KOR 190 PRK
//	"Iran fired missiles at a U.S. base, and U.S. forces did not return fire"
//	    IRN 195 USAMIL, USAMIL 190 IRN negated
//
// "Fired back" and "shot back" are as often a retort ("the senator fired
// back at his critics", "Trump shot back at Harris"): a "back" hit holds
// only for an armed subject or target (MIL, COP, REB, UAF) or with such an
// answered act of force aimed at the subject's own state. "Return fire"
// is always force.

// returnedFire reports the hit h as fire returned: "fire back", "shoot
// back" (back is true) or "return fire" (back is false).
func returnedFire(toks []dyad.Token, h *verbHit) (ok, back bool) {
	if h.p == nil || h.p.Noun || h.code != "190" || h.head+1 >= len(toks) {
		return false, false
	}
	switch toks[h.head].Lemma {
	case "fire", "shoot":
		return toks[h.head+1].Lower == "back", true
	case "return":
		l := toks[h.head+1].Lower
		return l == "fire" || l == "gunfire", false
	}
	return false, false
}

// returnFire sets the targets of a sentence's live fire returned that
// names none to the actor of the act of force it answers, and sets aside
// a retort (above).
func returnFire(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		ok, back := returnedFire(st.toks, h)
		if !live[k] || !ok || len(h.source) == 0 {
			continue
		}
		own := h.source[0]
		armed := hasSector(own, "MIL", "COP", "REB", "UAF") || len(h.target) > 0 && hasSector(h.target[0], "MIL", "COP", "REB", "UAF")
		answered := -1
		for j := k - 1; j >= 0; j-- {
			g := &hits[j]
			r := cameo.Root(g.code)
			if !live[j] || g.status != dyad.Asserted || g.head >= h.head || len(g.source) == 0 || r != "18" && r != "19" && r != "20" {
				continue
			}
			if st.toks[g.head].Tag == "VBG" {
				continue // ", killing two marines": the toll of the attack before it
			}
			if g.source[0].Country != "" && g.source[0].Country == own.Country && g.source[0].Code == own.Code {
				continue
			}
			answered = j
			break
		}
		if answered >= 0 && !returnedAt(st, h) {
			h.target = hits[answered].source[:1]
		}
		if answered < 0 && !returnedAt(st, h) {
			live[k] = false // "returned fire, killing three": no one fired at is named
			continue
		}
		if back && !armed && (answered < 0 || !attackedSide(hits[answered], own.Country)) {
			live[k] = false // "fired back at his critics": a retort
		}
	}
}

// attackedSide reports that the act of force g was aimed at an actor of
// the state country: "North Korea shelled South Korea's island, and the
// South fired back".
func attackedSide(g verbHit, country string) bool {
	return country != "" && len(g.target) > 0 && g.target[0].Country == country
}

// returnedAt reports that the target of h is named after "at" or "on"
// following the verb, past determiners and modifiers: "fired back at
// North Korean soldiers", "returned fire on the gunmen".
func returnedAt(st *sentence, h *verbHit) bool {
	if len(h.target) == 0 || h.target[0].Start <= h.head {
		return false
	}
	k := targetPrep(st, h)
	return k > h.head && (st.toks[k].Lower == "at" || st.toks[k].Lower == "on")
}
