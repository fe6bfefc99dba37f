package events

// States named as places, not actors: a state's name after a compass point
// ("south-west Turkey"), a country adjective heading a place noun ("in the
// Syrian town of Douma"), the sea off a country ("off the coast of
// Venezuela"), and the jurisdiction of a local official or body ("Borno
// state governor", the police or court of a place the sentence names): the
// place gives the official's or body's state, and the state named as a
// place is no party.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// compassPoint reports a lower-case compass point (a noun, not the
// "-ern" adjective) before a state's name that makes the name a part of
// the state, a place: "south-west Turkey", "north-east Nigeria",
// "far-west China", "east Ukraine" (compassWord reads the adjectives
// and the unhyphened "northwest"). The points are [compass points] of
// data/words.txt, matched with "far-" and hyphens dropped.
func (v *vocab) compassPoint(w string) bool {
	w = strings.TrimPrefix(w, "far-")
	return v.compassPoints[strings.ReplaceAll(w, "-", "")]
}

// homeBodyPlace returns the state of a place the sentence names for a
// bare "the authorities", "the police" or "the court" (a body that acts
// at home: COP, JUD) when the story's own state would otherwise be
// taken: a place in the body's own clause, else one before it ("He was
// on holiday in south-west Turkey when the authorities arrested him" is
// Turkey's, in a story about a Briton). It returns "" when the sentence
// names no such place, or the body is of another kind (a government or
// army acts abroad too: "the government sent aid to flood victims in
// Pakistan").
func (c *Coder) homeBodyPlace(st *sentence, m actors.Mention) string {
	if !hasSector(m, "COP", "JUD") && st.toks[m.End-1].Lower != "authorities" {
		return ""
	}
	lo, hi := clauseBounds(st.toks, m.Start)
	if p := c.placeCountryIn(st, lo, hi); p != "" {
		return p
	}
	return c.placeCountryIn(st, 0, m.Start)
}

// jurisdictionCountry returns the state of a place named right before an
// official's mention m, as its jurisdiction, optionally with "state",
// "regional", "provincial", "province", "county", "city" or "municipal"
// between: "Borno state governor Babagana Zulum" (NGA), "Kharkiv regional
// governor" (UKR, whatever state the sentence accuses), "Sindh police",
// "Texas Governor Greg Abbott" (USA). Only officials, courts, police and
// legislators (GOV, COP, JUD, LEG) are placed so, and a military force
// (MIL) after a region's name: a region's troops are its state's, as
// CAMEO codes them ("Puntland forces" SOMMIL, "Somaliland troops"; gold
// dev16-wire W16286; the gold README on events-dev25-wire: "a region's troops
// (Puntland's) its state's MIL"); a region's rebels are named by
// groups.txt ("Tigray forces" ETHREB). A former official's title after
// "former" and the place, which the matcher leaves with no role ("former
// Chiapas governor Absalon Castellanos"), is placed so too: the country
// alone (CODING.md: a former leader is never GOV; dev52-wire W52042 MEX).
// It returns "" when no place the gazetteer knows ends right before them.
func (c *Coder) jurisdictionCountry(st *sentence, m actors.Mention) string {
	force := hasSector(m, "MIL") && len(m.Sectors) == 1
	exTitle := len(m.Sectors) == 0 && m.Kind == "title" && m.Start >= 2 && formerBefore(st.toks, m.Start)
	if !hasSector(m, "GOV", "COP", "JUD", "LEG") && !force && !exTitle {
		return ""
	}
	k := m.Start
	if k > 0 && c.matcher.JurisdictionWord(st.toks[k-1].Lower) {
		k--
	}
	for j := max(0, k-3); j < k; j++ {
		if p, n, ok := c.placeAt(st, j, k, 3); ok && j+n == k {
			if force && p.Kind != gazetteer.KindRegion {
				continue // "Kyiv forces", "Gaza troops": a city's or a country's name is no force's owner here
			}
			return p.Country
		}
	}
	if force {
		return ""
	}
	country, _ := c.jurisdictionAfter(st, m) // "the mayor of Lviv" (jurisdiction_after.go)
	return country
}

// firstActor returns a copy of the first mention of ms that is an actor
// (no modifier, no place, resolved, a code), the zero Mention (Code "")
// when there is none.
func firstActor(ms []actors.Mention) actors.Mention {
	for i := range ms {
		if m := &ms[i]; !m.Modifier && !m.Place && !m.Unresolved && m.Code != "" {
			return *m
		}
	}
	return actors.Mention{}
}

// adjectivePlace reports a country adjective heading a place noun after a
// place preposition: "condemned the use of chemical weapons in the Syrian
// town of Douma", "met near the Turkish border". Like a country after
// "in", it names where the act happened, not a party to it. p is the token
// before the mention's phrase (past "the" and other modifiers). A show
// of force near a border is aimed at its country ("massed troops near
// the Ukrainian border"), as near a country's name.
func adjectivePlace(st *sentence, m, p int, show bool) bool {
	mt := st.ments[m]
	if mt.Kind != actors.KindAdjective || p < 0 || mt.End >= len(st.toks) {
		return false
	}
	switch st.toks[p].Lower {
	case "in", "inside", "outside", "at":
	case "near":
		if show {
			return false
		}
	default:
		return false
	}
	for j := mt.End; j < len(st.toks) && j <= mt.End+2; j++ {
		switch st.toks[j].Lower {
		case "town", "city", "village", "province", "region", "border", "enclave", "capital", "port",
			"island", "district", "territory", "countryside", "coast", "desert", "mountains", "state":
			return true
		}
		if st.toks[j].Tag != "JJ" && st.toks[j].Tag != "NN" {
			return false
		}
	}
	return false
}

// offCoast reports a country named as the sea area off it: "seized an
// oil tanker off the coast of Venezuela", "off Yemen", "off the Libyan
// coast". The act happened at sea near the country, which is no party
// (the caller leaves a show of force off a coast aimed at its country).
func offCoast(st *sentence, m int) bool {
	toks := st.toks
	mt := st.ments[m]
	switch mt.Kind {
	case actors.KindCountry, actors.KindCapital, actors.KindAdjective:
	default:
		return false
	}
	k := mt.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k >= 1 && toks[k].Lower == "of" {
		switch toks[k-1].Lower {
		case "coast", "coasts", "shore", "shores", "coastline":
			k -= 2
			if k >= 0 && toks[k].Lower == "the" {
				k--
			}
		}
	}
	if k >= 0 && toks[k].Lower == "off" && !(k >= 1 && strings.HasPrefix(toks[k-1].Tag, "VB")) { // not a particle: "tipped off Berlin"
		return mt.Kind != actors.KindAdjective || mt.End < len(toks) && (toks[mt.End].Lower == "coast" || toks[mt.End].Lower == "coastline")
	}
	return false
}

// basedCountry reads an "X-based" compound before the agent mention m,
// past up to three adjectives and nouns ("a Wuhan-based front company",
// "the London-based monitor"): the body is based in place X, and X's
// state is its country when the gazetteer knows X. ok reports that such a
// compound stands there; country is "" when X is no place the gazetteer
// knows, and then the body is of no state the text says (never the
// state the story named last: "The United States imposed sanctions on a
// Wuhan-based company" is no American company). The place gives its
// state to bodies only (groups, companies, monitors): a diplomat,
// official or force "based" somewhere is posted there, of a state the
// text does not say ("a Geneva-based diplomat": ok, country ""). A
// governing body sits in its own state: "Libya's Tripoli-based government"
// is LBYGOV (seatedBody).
func (c *Coder) basedCountry(st *sentence, m actors.Mention) (country string, ok bool) {
	toks := st.toks
	for k := m.Start - 1; k >= 0 && k >= m.Start-4; k-- {
		w := toks[k].Lower
		if p, found := strings.CutSuffix(w, "-based"); found && p != "" && startsUpperASCII(toks[k].Text) {
			// (a capitalised place: "overseas-based activists" are placed nowhere)
			if hasSector(m, "GOV", "LEG", "JUD", "MIL", "COP", "SPY") && !seatedBody(toks[m.End-1].Lower) {
				return "", true // "a Geneva-based diplomat" is of the state that sends him, not named
			}
			return c.basedPlace(toks, k, toks[k].Text[:len(p)]), true
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" {
			return "", false
		}
	}
	return "", false
}

// basedPlace returns the country of the place named by last, the word
// before "-based" in token k, with the capitalised words right before the
// token joined to it, longest name first ("New York-based", "Los
// Angeles-based", "New Delhi-based"): "" when the gazetteer knows no such
// place. The last word alone is read only when no name word precedes it
// ("York" is no place of a "New York-based" group).
func (c *Coder) basedPlace(toks []dyad.Token, k int, last string) string {
	first := k
	for first > 0 && k-first < 3 && toks[first-1].Tag == "NNP" && startsUpperASCII(toks[first-1].Text) && toks[first-1].End+1 == toks[first].Start {
		first--
	}
	for j := first; j <= k; j++ {
		if j == k && first < k {
			break // "New York-based": not York, England
		}
		name := last
		for i := k - 1; i >= j; i-- {
			name = toks[i].Text + " " + name
		}
		if pl, known := c.gaz.Lookup(name); known {
			return pl.Country
		}
	}
	return ""
}

// seatedBody reports the head noun of a governing body, which is seated
// in its own state, never posted abroad: "the Tripoli-based government",
// "the Tobruk-based parliament" are of the place's state.
func seatedBody(w string) bool {
	switch w {
	case "government", "administration", "parliament", "legislature", "cabinet", "authorities", "assembly", "senate", "congress":
		return true
	}
	return false
}
