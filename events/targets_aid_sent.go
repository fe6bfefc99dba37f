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
// keep what they had.

import (
	"strings"

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
		if !own[t.Country] || t.Start <= h.head {
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
