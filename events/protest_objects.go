package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// Protesters named as the object of another act, with their demand in a
// participle right after them ("fired tear gas at tens of thousands of
// protesters demanding an end to the family's rule", "detained
// demonstrators calling for the president to resign", "joined protesters
// calling for President Rajoelina to resign"): the participle tells what
// the crowd is protesting for, so it is the crowd's protest, of the
// demand's kind (CAMEO 141x, as protestFor maps a demand), not a demand
// of its own and not a description to drop (objectParticiple drops the
// participles after other objects: "support rebel forces opposing the
// regime"). The gold sets code these crowds' protests (W90685, W10475,
// D0161). The crowd must be named by a word of protest ("protesters",
// "demonstrators", "marchers"), or be a civil crowd that a state force's
// act falls on (repressedCrowd: "fired tear gas at hundreds of students
// demanding unpaid grants", "dispersed a march of opposition supporters
// in Lome who were demanding …", repressed_demand.go); a demand after a
// comma (protestDemand's) is left as it is; a finite
// demand ("Protesters demanded the resignation of …") stays a demand
// (1041), as the gold sets code it.

// objectProtest turns hits[k], a demand participle after a crowd of
// protesters that is the object of a verb or preposition, into that
// crowd's protest: its code becomes protestFor("141", the demand's code,
// read as leaderChangeAsked reads an appeal for a leader to go), so that
// protestParticiple keeps it and protestersDoing gives the crowd as its
// source. It reports whether it changed the hit.
func objectProtest(st *sentence, hits []verbHit, k int) bool {
	h := &hits[k]
	toks := st.toks
	if h.p.Noun || h.code == "" || toks[h.head].Tag != "VBG" || h.head < 2 {
		return false
	}
	if r := cameo.Root(h.code); r != "02" && r != "10" {
		return false
	}
	if !st.words.demandParticiples[toks[h.head].Lower] {
		return false
	}
	if st.at[h.head-1] < 0 {
		if !repressedRelative(st, hits, k) {
			return false
		}
	} else {
		m := st.ments[st.at[h.head-1]]
		if m.End != h.head || m.Modifier || m.Place || !civil(m) {
			return false
		}
		if !protestWord(toks[m.End-1].Lower) && !repressedCrowd(st, hits, k, m.Start) {
			return false
		}
		if !objectParticiple(st, h.head) && !countedObject(st, m.Start) {
			return false
		}
	}
	code := h.code
	if code == "100" || code == "020" {
		for x := range hits {
			if x != k && hits[x].head > h.head && hits[x].head <= h.end+8 && (hits[x].code == "080" || hits[x].code == "0831") && !clauseBreakBetween(toks, h.end, hits[x].head) {
				code = "1041" // "calling for President Andry Rajoelina to resign"
				break
			}
		}
	}
	h.code = protestFor("141", code)
	return true
}

// objectProtestGov gives a crowd's protest made from a demand participle
// after it (objectProtest) that names no one else the government of the
// crowd's state: the demand is made of the state ("fired on protesters
// demanding the return of their land" TGOCVL 1412 TGOGOV), as the gold
// sets code these protests. A party the demand names ("demanding the
// resignation of President William Ruto" KENGOV) is kept; the crowd's own
// people or kin ("an end to the Gnassingbe family's rule") are no target.
// A crowd a foreign state's force acted on protests against that state
// (forcedCrowdState).
func (c *Coder) objectProtestGov(st *sentence, h *verbHit) {
	if !objectDemandProtest(st, h) || len(h.source) == 0 || h.source[0].Country == "" || !civil(h.source[0]) {
		return
	}
	if strings.HasPrefix(h.p.Code, "1053") && h.end > 0 && st.words.releaseNouns[st.toks[h.end-1].Lower] {
		// a crowd demanding someone's release asks the state that holds
		// them: a demand (1053) of its government, not a protest, and not
		// aimed at the detainee the demand names
		h.code = "1053"
		if f, ok := c.forcedCrowdState(st, h, h.source[0]); ok {
			h.target = []actors.Mention{f}
		} else {
			h.target = []actors.Mention{c.implicitGov(h.source[0], h)}
		}
		return
	}
	if len(h.target) > 1 {
		return
	}
	// the crowd's government given already, unnamed ("demanding access
	// to their fields": the demand's own rule): a foreign force's state
	// still replaces it
	own := len(h.target) == 1 && h.target[0].Text == "" && h.target[0].Country == h.source[0].Country && hasSector(h.target[0], "GOV")
	if len(h.target) == 1 && !civil(h.target[0]) && !own {
		return
	}
	if f, ok := c.forcedCrowdState(st, h, h.source[0]); ok {
		h.target = []actors.Mention{f} // a foreign force's state (repressed_demand.go)
		return
	}
	if own {
		return
	}
	h.target = []actors.Mention{c.implicitGov(h.source[0], h)}
}

// objectDemandProtest reports a protest hit that objectProtest made of a
// demand participle: a root-14 code on a demand or appeal pattern (root
// 10 or 02) whose head is a participle of the [demand participles].
func objectDemandProtest(st *sentence, h *verbHit) bool {
	if h.p == nil || h.p.Noun || cameo.Root(h.code) != "14" || st.toks[h.head].Tag != "VBG" || !st.words.demandParticiples[st.toks[h.head].Lower] {
		return false
	}
	r := cameo.Root(h.p.Code)
	return r == "10" || r == "02"
}

// countedObject reports a crowd mention starting at start that a count of
// people opens, itself the object of a verb or a preposition: "detained
// dozens of demonstrators", "fired tear gas at tens of thousands of
// protesters" (objectParticiple stops at the "of").
func countedObject(st *sentence, start int) bool {
	toks := st.toks
	b := start - 1
	for b >= 1 && toks[b].Lower == "of" {
		switch toks[b-1].Lower {
		case "dozens", "hundreds", "thousands", "scores", "tens", "millions":
		default:
			return false
		}
		b -= 2
		for b >= 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ" || toks[b].Tag == "CD" || toks[b].Tag == "RB" || toks[b].Lower == "of" && b >= 1 && toks[b-1].Lower == "tens") {
			if toks[b].Lower == "of" {
				b--
			}
			b--
		}
	}
	if b < 0 || b == start-1 {
		return false
	}
	t := toks[b]
	switch {
	case t.Tag == "IN":
		return t.Lower == "at" || t.Lower == "on" || t.Lower == "against" || t.Lower == "upon"
	case strings.HasPrefix(t.Tag, "VB") && t.Lemma != "be":
		return true
	}
	return false
}
