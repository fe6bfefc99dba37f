package events

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
)

// countryArea reports a clause of h that places its act in a country and
// then narrows the spot inside it by a phrase of where: "shelled
// al-Shabaab camps in Kenya near the Somali border", "clashed with
// Pakistani soldiers in India along the Line of Control", "in Mali close
// to the Algerian frontier", "in Chad on the border with Sudan". The act
// is somewhere in that area of the country, not in the dateline's city
// (MOMBASA, NEW DELHI), which a bare "in Kenya" would give way to
// (locationFor): the country stands, for both directions of a mutual act
// alike. A date after "on" or "at" ("in Kenya on Wednesday") narrows
// nothing.
func (c *Coder) countryArea(st *sentence, h *verbHit) bool {
	toks := st.toks
	lo, hi := clauseBounds(toks, h.head)
	hi = reasonStart(st, max(h.head, h.end-1), hi, false)
	for k := lo; k < hi-2; k++ {
		if toks[k].Lower != "in" && toks[k].Lower != "inside" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		p, n, ok := c.placeAt(st, j, hi, 3)
		if !ok || p.Kind != gazetteer.KindCountry {
			continue
		}
		a := j + n
		if a+1 >= hi {
			continue
		}
		switch toks[a].Lower {
		case "near", "along", "across", "off":
			return true
		case "close":
			return toks[a+1].Lower == "to"
		case "on", "at":
			b := a + 1
			if toks[b].Lower == "the" && b+1 < hi {
				b++
			}
			return !st.isDate[b] && !st.isDate[a+1]
		}
	}
	return false
}

// subjectMatterPlace reports a place phrase at k after a verbal act h
// (statements, appeals, demands, disapproval, rejections, threats: roots
// 01, 02, 10–13) that ends a noun phrase of "of" in h's object: the place
// of what the speech is about, not of the speech ("reiterated calls to
// halt deployment of a U.S. missile defense system in South Korea",
// "condemned the killing of civilians in Gaza", "demanded the release of
// prisoners in Bahrain"). Ambassadors speaking at the U.N. are not in
// South Korea (a fresh user's trial, session 63).
func subjectMatterPlace(st *sentence, h *verbHit, k int) bool {
	switch cameo.Root(h.code) {
	case "01", "02", "10", "11", "12", "13":
	default:
		return false
	}
	toks := st.toks
	if k <= h.end {
		return false
	}
	j := k - 1
	for j > h.end {
		t := toks[j].Tag
		if t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "HYPH" {
			j--
			continue
		}
		break
	}
	return j > h.end && j < k-1 && toks[j].Lower == "of" && strings.HasPrefix(toks[j-1].Tag, "NN")
}
