package events

// Aid whose object scan found the giver's own people or things sent (the
// doctors, field hospitals or rescue teams a state flies out) goes to the
// place they are sent "to", also when a direction or a plight stands
// before the place's name or the object is a list:
//
//	"Turkey flew doctors and two field hospitals to drought-stricken southern Somalia"   TUR 073 SOM (was TURHLH)
//	"Cuba flew doctors, rescue teams and tonnes of food to Haiti"                        CUB 073 HTI (was CUBHLH)
//
// The giver's own personnel are what is given, not whom it reaches (the
// gold sets code the place's state: dev41-wire W41033, dev18-wire W18135).
// Only aid (07x) and its intents (033x, aid_unnamed_states.go aidCode), only when every target is
// of the source's own country and lies after the verb, and only when the
// place after "to" (past "the" and at most two lower-case modifiers) is
// of another country; "sent doctors to help" or "to its flooded north"
// keep what they had. Personnel named by a bare noun ("flew 70 doctors
// to Gonaives", "a team of doctors") count as the giver's own whatever
// state the sentence's places lent them (unnamedStaff: they were HTIHLH),
// and a purpose clause after "to" gives its place after "in" ("sent
// medics to rebuild clinics in Liberia's Lofa county" LBR; dev42-wire
// W42028, dev44-wire W44012).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// aidSentTo recodes the target of an aid hit whose targets are all the
// givers' own (of a source's country) to the state of the place the aid
// is sent "to", read up to twelve tokens past the last target through
// the object's list commas, up to the clause's end.
func (c *Coder) aidSentTo(st *sentence, h *verbHit) {
	if !aidCode(h.code) || len(h.source) == 0 || len(h.target) == 0 || h.passive {
		return
	}
	own := map[string]bool{}
	for _, m := range h.source {
		own[m.Country] = len(m.Country) == 3
	}
	for _, t := range h.target {
		if !own[t.Country] && !unnamedStaff(st, t) || t.Start <= h.head {
			return
		}
	}
	toks := st.toks
	last := h.target[len(h.target)-1].End
	for k := last; k < len(toks) && k < last+12; k++ {
		switch toks[k].Lower {
		case ";", "that", "which", "who", "after", "before", "when", "while", "as", "because":
			return // the clause ends
		}
		if toks[k].Tag == "VBD" {
			return
		}
		if m := st.at[k]; m >= 0 && st.ments[m].Country != "" && !own[st.ments[m].Country] {
			return // "sent doctors from Cuba": another state's before any "to"
		}
		if toks[k].Lower != "to" {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Tag == "VB" {
			j = purposePlace(toks, j) // "sent medics to rebuild clinics in Liberia's Lofa county"
			if j < 0 {
				return
			}
		}
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		for n := 0; n < 2 && j+1 < len(toks) && st.at[j] < 0 && !startsUpperASCII(toks[j].Text) && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "VBN" || strings.Contains(toks[j].Text, "-")); n++ {
			j++ // "drought-stricken", "southern"
		}
		if t := c.placeAfter(st, j); t != nil && t[0].Country != "" && !own[t[0].Country] {
			h.target = []actors.Mention{t[0]}
		}
		return
	}
}

// unnamedStaff reports a target that is an agent noun whose own words
// name no state ("doctors", "a team of 70 doctors", "medics"): the
// personnel sent, the giver's own, whatever country the sentence's
// places lent it ("flew 70 doctors to Gonaives" is no Haitian doctors).
func unnamedStaff(st *sentence, t actors.Mention) bool {
	if t.Kind != actors.KindAgent && t.Kind != "coref" || t.Person || t.End <= t.Start || t.End > len(st.toks) {
		return false
	}
	if tag := st.toks[t.End-1].Tag; tag != "NN" && tag != "NNS" {
		return false // "sent them to Gaza": whoever they are
	}
	for k := t.Start; k < t.End && k < len(st.toks); k++ {
		if startsUpperASCII(st.toks[k].Text) {
			return false
		}
	}
	return true
}

// purposePlace returns the token after "in" in the purpose clause
// opening with the verb at j ("to rebuild clinics in Liberia's Lofa
// county", "to treat the wounded in Gaza"), past "the" and lower-case
// modifiers, within eight tokens and the clause; -1 when none.
func purposePlace(toks []dyad.Token, j int) int {
	for k := j + 1; k < len(toks)-1 && k < j+8; k++ {
		switch toks[k].Lower {
		case ",", ";", "that", "which", "who", "after", "before", "when", "while", "as", "because", "and":
			return -1
		case "in":
			return k + 1
		}
	}
	return -1
}
