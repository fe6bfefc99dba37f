package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// ledStates maps the first part of an "X-led" adjective to the state that
// leads the coalition or force it qualifies ("Saudi-led coalition jets").
var ledStates = map[string]string{
	"saudi": "SAU", "us": "USA", "u.s.": "USA", "american": "USA", "russian": "RUS", "russia": "RUS",
	"french": "FRA", "france": "FRA", "british": "GBR", "israeli": "ISR", "turkish": "TUR", "iranian": "IRN",
	"ethiopian": "ETH", "emirati": "ARE", "egyptian": "EGY", "kenyan": "KEN", "nigerian": "NGA",
}

// ledBy returns the state that leads the force m when the word right
// before it (or two before, past "coalition" or "forces"), or a word of
// its own, is "X-led" ("Saudi-led coalition
// jets", "the US-led coalition"): a three-letter country code, or "".
func ledBy(toks []dyad.Token, m actors.Mention) string {
	for k := m.Start - 3; k < m.End; k++ {
		if k < 0 {
			continue
		}
		w := toks[k].Lower
		if k < m.Start && k+1 < m.Start && toks[k+1].Lower != "coalition" && toks[k+1].Lower != "forces" {
			continue // "Saudi-led coalition jets": only "coalition" or "forces" between
		}
		if x, ok := strings.CutSuffix(w, "-led"); ok {
			return ledStates[x]
		}
	}
	return ""
}

// ownSentenceForce decides the state of an unnamed military agent m
// (the sentence's mention k: "Troops", "Jets", "the military") whose
// country would come from earlier sentences (country). It keeps country
// when the sentence names no other state or government, nor a place in
// one (the forces and people it acts on do not count: "Tanks fired on
// Palestinian gunmen" after "Israeli troops raided the camp" are
// ISRMIL). named holds, for each of the sentence's mentions in order,
// the state it names itself (sentenceStates), never one coreference gave
// an unnamed actor of the sentence ("The ministry said troops …" does not
// name the story's state). A Korea story's force "from the South" is
// KOR, "from the North" PRK. When the sentence names another state or a
// place in one, forces firing on protesters or demonstrators there are
// that place's own ("Troops opened fire on protesters in Khartoum":
// SDNMIL); any other such force is unknown and ok is false ("Jets bombed
// a wedding in Yemen" after a story of Russia and China names no one's
// jets).
func (c *Coder) ownSentenceForce(st *sentence, m actors.Mention, named []string, k int, country string) (code string, ok bool) {
	toks := st.toks
	if e := m.End; e+2 < len(toks) && toks[e].Lower == "from" && toks[e+1].Lower == "the" && (country == "KOR" || country == "PRK") {
		switch toks[e+2].Text {
		case "South":
			return "KOR", true
		case "North":
			return "PRK", true
		}
	}
	other := ""
	for j, n := range named {
		if j == k || n == "" {
			continue
		}
		if n == country {
			return country, true // the sentence names the state itself
		}
		if other == "" {
			other = n
		}
	}
	place := c.sentenceCountry(st)
	if place == country {
		return country, true
	}
	if other == "" {
		other = place
	}
	if other == "" {
		return country, true
	}
	if place != "" && words(toks[m.End:], "protesters", "protester", "demonstrators", "demonstrator", "crowd", "crowds", "marchers") {
		return place, true
	}
	return "", false
}

// sentenceStates appends to dst, for each mention of ms in order, the
// state it names itself (a three-letter country code), or "" for a
// mention that names none or is a force or people acted on ("fired on
// Palestinian gunmen": militaries, rebels, militants, criminals,
// civilians, refugees), as ownSentenceForce counts them. It is read
// before coreference resolves the sentence's unnamed actors.
func sentenceStates(dst []string, ms []actors.Mention) []string {
	for _, n := range ms {
		if len(n.Country) != 3 || hasSector(n, "MIL", "REB", "UAF", "CRM", "CVL", "REF") {
			n.Country = ""
		}
		dst = append(dst, n.Country)
	}
	return dst
}
