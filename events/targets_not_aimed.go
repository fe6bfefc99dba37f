package events

// Targets dropped where the obvious noun is none: the victim of a
// condemned killing with no author, a people protested "in solidarity
// with", deportees sent "to the Libyan border".

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// solidarity drops the target of a protest named after "in solidarity
// with" or "in support of": the people a march supports are no party it
// protests against ("marched … in solidarity with Palestinians in Gaza":
// gold target null).
func solidarity(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.target) == 0 {
		return
	}
	t, toks := h.target[0], st.toks
	if t.Start < 2 || t.Start > len(toks) {
		return
	}
	k := t.Start - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	if toks[k].Lower == "with" && toks[k-1].Lower == "solidarity" || toks[k].Lower == "of" && toks[k-1].Lower == "support" && k >= 2 && toks[k-2].Lower == "in" {
		h.target = nil
	}
}

// borderDestination drops the target of a deportation (174) that is only
// the adjective of the border the deportees were taken to: "deported
// dozens of migrants from sub-Saharan Africa to the Libyan border" names
// no deportees' country (gold: TUN 174 null).
func borderDestination(st *sentence, h *verbHit) {
	if h.code != "174" || len(h.target) != 1 {
		return
	}
	t, toks := h.target[0], st.toks
	if t.Kind != "coref" && !t.Modifier {
		return
	}
	// the deportees' country read from the border's adjective (an agent
	// "migrants" given it by coreference, or the adjective itself)
	for _, m := range st.ments {
		if m.Modifier && m.Country == t.Country && m.End < len(toks) && m.Start > 0 && (toks[m.End].Lower == "border" || toks[m.End].Lower == "frontier") &&
			(toks[m.Start-1].Lower == "the" || toks[m.Start-1].Lower == "to") {
			h.target = nil
			return
		}
	}
}

// harmNoun reports nouns of acts done to people whose "of" phrase names
// the victims: "the killing of a Hamas leader", "the arrest of …"
// ([harm nouns] of data/words.txt).
func (v *vocab) harmNoun(w string) bool {
	return v.harmNouns[w]
}

// victimNotCondemned drops the target of a condemnation or criticism
// (root 11) that is only the victim of the act condemned, with no author
// named: "condemned the killing of a Hamas leader in Tehran" blames no
// one the sentence names (the Hamas leader is who died, not who is
// condemned); with a "by" phrase the object scan takes the author.
func victimNotCondemned(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "11" || len(h.target) == 0 || h.passive {
		return
	}
	t, toks := h.target[0], st.toks
	q := t.Start - 1
	for q > h.end && (toks[q].Tag == "DT" || toks[q].Tag == "JJ" || toks[q].Tag == "CD" || toks[q].Tag == "PRP$" || toks[q].Tag == "NNP" && st.at[q] < 0) {
		q--
	}
	if q < 2 || toks[q].Lower != "of" || !st.words.harmNoun(toks[q-1].Lower) || q-1 < h.end-1 {
		return
	}
	for k := t.End; k < len(toks) && k < t.End+6; k++ {
		if toks[k].Lower == "by" {
			// the author: "the killing of nine Hindu pilgrims by militants"
			j := k + 1
			if j < len(toks) && toks[j].Tag == "DT" {
				j++
			}
			if j < len(toks) && st.at[j] >= 0 {
				if a := st.ments[st.at[j]]; !a.Place && (a.Country != "" || strings.HasPrefix(a.Code, "IGO")) {
					a.Modifier, a.Possessive = false, false
					h.target = []actors.Mention{a}
				}
			}
			return
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
	}
	h.target = nil
}
