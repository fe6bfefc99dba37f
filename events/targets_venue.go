package events

// Shootings at crowded venues: the people at a cinema, church or school an
// unidentified attacker or criminals shot at are the target, the civilians
// of the place named after the venue, not the place's state ("a gunman
// opened fire at a cinema in Louisiana": USAUAF 193 USACVL, not 190 USA).
// The place after "in" says where the shooting was, not whom it hit; an
// unnamed attacker is the place's country + UAF, and its violence falls on
// the place's civilians (gold README, realnews.jsonl annotators).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// venueCivilians gives a shooting (18x–19x) by an unidentified attacker or
// criminals (UAF, CRM) at a crowded venue ([crowded venues] of
// data/words.txt) followed by "in", "near" or "outside" and a place the
// gazetteer knows the civilians of that place's country as target, where it
// had none or only a bare state; a bare "open fire", "fire at" or "shoot
// at" (190) becomes 193 (small arms). Called from refineConflict before the
// place attacked is read as the target.
func (c *Coder) venueCivilians(st *sentence, h *verbHit) {
	if len(h.source) == 0 || !hasSector(h.source[0], "UAF", "CRM") || h.p.has(flagMutual) {
		return
	}
	if r := cameo.Root(h.code); r != "18" && r != "19" {
		return
	}
	if len(h.target) > 0 && !(len(h.target) == 1 && len(h.target[0].Sectors) == 0 && h.target[0].Code == h.target[0].Country) {
		return // a named victim ("opened fire on worshippers") stays
	}
	switch st.toks[h.head].Lemma {
	case "open", "fire", "shoot":
	default:
		return
	}
	k := venueAfter(st, h.head)
	if k < 0 {
		return
	}
	country := c.venuePlace(st, k+1)
	if country == "" {
		return
	}
	v := h.source[0]
	v.Code, v.Country, v.Sectors, v.Kind = country+"CVL", country, []string{"CVL"}, "coref"
	v.Name = c.matcher.Dictionary().Name(country)
	v.Start, v.End = k, k+1
	v.Span = [2]int{st.toks[k].Start, st.toks[k].End}
	v.Text = st.s.Text[v.Span[0]:v.Span[1]]
	v.Person, v.Possessive, v.Modifier, v.Place, v.Plural = false, false, false, false, true
	h.target = []actors.Mention{v}
	if h.code == "190" {
		h.code = "193"
	}
}

// venueAfter returns the token of a crowded venue's noun that heads the
// object of a shooting verb at head ("opened fire at a crowded cinema",
// "fired inside a church", "shot at a school bus"), reached through "at",
// "in", "inside", "on" or "into" within eight tokens with only determiners,
// adjectives, numbers and nouns between; -1 when there is none.
func venueAfter(st *sentence, head int) int {
	toks := st.toks
	prep := -1
	for j := head + 1; j < len(toks) && j <= head+8; j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || strings.HasPrefix(t.Tag, "VB") || t.Tag == "WDT" || t.Tag == "CC" {
			return -1
		}
		switch t.Lower {
		case "at", "in", "inside", "on", "into":
			if prep >= 0 {
				return -1 // "at a crowd in Louisiana": the first object is no venue
			}
			prep = j
			continue
		}
		if prep < 0 {
			if t.Lower == "fire" || t.Lower == "shots" || t.Tag == "RB" {
				continue // "opened fire at", "fired shots at", "opened fire indiscriminately at"
			}
			return -1
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN")) {
			return -1
		}
		if st.words.crowdedVenues[t.Lower] && (j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].Tag, "NN")) {
			return j
		}
	}
	return -1
}

// venuePlace returns the country of the place named right after the venue
// through "in", "near" or "outside" at token k ("in Louisiana", "in the US
// state of Louisiana", "in northern Nigeria"), or "" when none follows.
func (c *Coder) venuePlace(st *sentence, k int) string {
	toks := st.toks
	if k+1 >= len(toks) || toks[k].Lower != "in" && toks[k].Lower != "near" && toks[k].Lower != "outside" {
		return ""
	}
	if p := c.placeAfterPrep(st, k); p != nil {
		return p.Country // "in the US state of Louisiana"
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for n := 0; n < 2 && j+1 < len(toks) && !startsUpperASCII(toks[j].Text) && (toks[j].Tag == "JJ" || st.words.compassWord(toks[j].Lower)); n++ {
		j++ // "in northern Nigeria"
	}
	p, n, ok := c.placeAt(st, j, len(toks), 3)
	if !ok || featureName(toks, j+n) {
		return ""
	}
	return p.Country
}
