package events

// Where a fired missile came down, told in a relative clause after a
// comma, names the state the launch showed force to: the missile fell
// near, off or in that state's waters, zone, coast or airspace.
//
//	"North Korea fired two missiles on Monday, one of which landed in Japan's exclusive economic zone"   PRK 150 JPN
//	"Iran launched a missile on Friday, which fell off the coast of Oman"                             IRN 150 OMN
//
// Only a show of force (150) with no target whose pattern names a missile
// reads so; the object scan (roles.go) stops at the comma. The source's
// own state is no target ("landed in North Korea's own waters").

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// missileLanding gives h the state named in a ", which …" or ", one of
// which …" clause of landing ("landed", "fell", "splashed down", "came
// down", "flew") within eight tokens after the pattern: the country code
// alone of the first state mention within six tokens after the landing
// verb that is a possessive before a sea word ("Japan's territorial
// waters") or stands after "near", "off", "in", "over", "toward" or "of"
// ("off the coast of Oman").
func (c *Coder) missileLanding(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.target) != 0 || len(h.source) == 0 || !missileWord(st, h) {
		return
	}
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k <= h.end+8; k++ {
		if toks[k].Text != "," {
			continue
		}
		j := k + 1
		switch {
		case toks[j].Lower == "which":
			j++
		case j+2 < len(toks) && toks[j+1].Lower == "of" && (toks[j+2].Lower == "which" || toks[j+2].Lower == "them"):
			j += 3 // "one of which", "two of them"
		default:
			return
		}
		if j >= len(toks) {
			return
		}
		switch toks[j].Lemma {
		case "land", "fall", "splash", "come", "fly", "crash", "impact":
		default:
			return
		}
		for i := j + 1; i < len(toks) && i <= j+8; i++ {
			if toks[i].Text == "," {
				return
			}
			if st.at[i] < 0 {
				continue
			}
			m := st.ments[st.at[i]]
			if len(m.Country) != 3 || m.Country == h.source[0].Country || m.Start != i {
				continue
			}
			if m.Possessive && seaAfter(toks, m.End) || m.Start > 0 && placePrep(toks[m.Start-1].Lower) {
				h.target = []actors.Mention{bareCountry(c, m)}
			}
			return
		}
		return
	}
}

// missileWord reports whether h's matched words or the words of its
// object name a missile or rocket.
func missileWord(st *sentence, h *verbHit) bool {
	for k := h.head; k < len(st.toks) && k < h.end+3; k++ {
		switch st.toks[k].Lower {
		case "missile", "missiles", "rocket", "rockets", "icbm", "icbms", "projectile", "projectiles":
			return true
		}
	}
	return false
}

// seaAfter reports a sea or air word ("waters", "zone", "coast",
// "airspace") within four tokens from k (past the possessive's "'s").
func seaAfter(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+4; j++ {
		switch toks[j].Lower {
		case "waters", "zone", "eez", "coast", "coastline", "airspace", "sea", "shores":
			return true
		}
	}
	return false
}

// placePrep reports the prepositions that put a landing by a state.
func placePrep(w string) bool {
	switch w {
	case "near", "off", "in", "over", "toward", "towards", "of", "inside":
		return true
	}
	return false
}
