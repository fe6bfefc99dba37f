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
		stop := func(t dyad.Token) bool { return t.Text == "," }
		m, ok := foreignStateAt(st, j+1, j+8, h.source[0].Country, stop)
		if ok && (m.Possessive && seaAfter(toks, m.End) || m.Start > 0 && placePrep(toks[m.Start-1].Lower)) {
			h.target = []actors.Mention{bareCountry(c, m)}
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

// foreignStateAt returns the first mention that starts at a token from
// from to to (inclusive) and names a state (a three-letter country code)
// other than own, scanning until stop marks a token that closes the
// phrase; false when none stands there. The missile and rocket landing
// rules read the state a projectile fell in with it.
func foreignStateAt(st *sentence, from, to int, own string, stop func(dyad.Token) bool) (actors.Mention, bool) {
	for i := from; i < len(st.toks) && i <= to; i++ {
		if stop(st.toks[i]) {
			return actors.Mention{}, false
		}
		if st.at[i] < 0 {
			continue
		}
		m := st.ments[st.at[i]]
		if len(m.Country) == 3 && m.Country != own && m.Start == i {
			return m, true
		}
	}
	return actors.Mention{}, false
}
