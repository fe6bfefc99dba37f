package events

// The government of the clause's own place: "the government" in a clause
// that puts its act in a city or region of some state ("The government
// used force against protesters in Kinshasa") is that state's, not the
// state an earlier section of the story was about.

import "github.com/dyad-events/dyad/gazetteer"

// placedGovernment resolves a bare "the government", "the regime" or
// "the authorities" to the state of a city, capital or region its own
// clause names after in/at/near ("… against protesters in Kinshasa":
// COD), before the story's earlier bodies and focus (sameBodyBefore,
// storyFocus) are read. A country named as the place says nothing (a
// government acts on countries abroad), nor does a place that only
// locates a gathering, a mission or troops ("talks in Doha", "its embassy
// in Kinshasa", "troops in Goma").
func (u *unknownAgent) placedGovernment() agentVerdict {
	if u.country != "" || !u.the || u.m.End < 2 || u.st.toks[u.m.End-2].Lower != "the" || !hasSector(u.m, "GOV") {
		return agentNext
	}
	switch u.st.toks[u.m.End-1].Lower {
	case "government", "regime", "authorities":
	default:
		return agentNext
	}
	u.country = u.c.clauseCityCountry(u.st, u.m.End)
	if u.country == "" {
		u.country = u.c.openingPlaceCountry(u.st, u.m.Start) // "In Finland, the government" (government_opening_place.go)
	}
	return agentNext
}

// clauseCityCountry returns the country of the first city, capital or
// region named after in/at/near in the clause of token from, after it,
// "" when none: a place after a gathering, embassy or troop noun
// ("talks in Doha", "the embassy in Kinshasa", "troops in Goma") or a
// country ("in Congo") ends the search with "".
func (c *Coder) clauseCityCountry(st *sentence, from int) string {
	toks := st.toks
	_, hi := clauseBounds(toks, max(from-1, 0))
	for k := from; k+1 < hi; k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside":
		default:
			continue
		}
		if prev := toks[k-1].Lower; gatheringNoun(prev) || st.words.embassyNouns[prev] || st.words.troopNouns[prev] {
			return ""
		}
		j := pastThe(toks, k+1)
		p, n, ok := c.placeAt(st, j, hi, 3)
		if !ok || nameGoesOn(toks, j+n) || featureName(toks, j+n) {
			continue
		}
		if p.Kind == gazetteer.KindCountry {
			return ""
		}
		if country, ok := c.storyCountry(st, p); ok {
			return country
		}
		return ""
	}
	return ""
}
