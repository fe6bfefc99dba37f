package events

// A chemical attack (2041) dropped on or used against a town, city or
// village is aimed at the people living there: the civilians of the
// place's country, as the gold sets code gas used on "rebel-held areas".
//
//	"Syrian helicopters dropped barrels of chlorine on the rebel-held town of Talmenes"   SYRMIL 2041 SYRCVL
//	"Government jets dropped sarin on the opposition-held district of Zamalka"          SYRMIL 2041 SYRCVL
//
// The place's country comes from the gazetteer when it knows the town;
// else, for a state's own force or government, from the attacker's state
// (a town no dictionary names is taken for one in the attacker's own
// war). Only a 2041 with no target found reads so.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// gassedTown gives a chemical attack with no target the civilians (CVL)
// of the town, city, village, district or area named after "on",
// "against", "in" or "over" within twelve tokens after the verb, as the
// file comment says.
func (c *Coder) gassedTown(st *sentence, h *verbHit) {
	if h.code != "2041" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k <= h.head+12; k++ {
		switch toks[k].Lower {
		case ",", ";", "after", "as", "when", "while", "because":
			return
		case "on", "against", "in", "over":
		default:
			continue
		}
		n := townNounAfter(toks, k+1)
		if n < 0 {
			continue
		}
		country := ""
		if p := c.placeAfterPrep(st, k); p != nil {
			country = p.Country
		} else if s := h.source[0]; len(s.Country) == 3 && (hasSector(s, "MIL", "GOV") || len(s.Sectors) == 0) {
			country = s.Country
		}
		if len(country) != 3 {
			return
		}
		v := h.source[0]
		v.Code, v.Country, v.Sectors, v.Kind = country+"CVL", country, []string{"CVL"}, "coref"
		v.Name = c.matcher.Dictionary().Name(country)
		v.Start, v.End = n, n+1
		v.Span = [2]int{toks[n].Start, toks[n].End}
		v.Text = st.s.Text[v.Span[0]:v.Span[1]]
		v.Person, v.Possessive, v.Modifier, v.Place, v.Plural = false, false, false, false, true
		h.target = []actors.Mention{v}
		return
	}
}

// townNounAfter returns the token of a town noun ("town", "city",
// "village", "district", "areas", "suburb") within four tokens from j,
// past determiners and modifiers ("the rebel-held town of"); -1 when none.
func townNounAfter(toks []dyad.Token, j int) int {
	for i := j; i < len(toks) && i < j+4; i++ {
		switch toks[i].Lower {
		case "town", "towns", "city", "cities", "village", "villages", "district", "districts", "area", "areas", "suburb", "suburbs", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods":
			return i
		}
		if toks[i].Tag != "DT" && toks[i].Tag != "JJ" && toks[i].Tag != "VBN" && toks[i].Tag != "CD" && toks[i].Tag != "NN" {
			return -1
		}
	}
	return -1
}
