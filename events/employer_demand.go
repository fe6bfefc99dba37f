package events

// A strike or protest by workers or farmers that names the business it
// presses in its purpose or demand is aimed at that business, not at
// the government no words name: "tea pickers went on strike to press
// estate owners for a wage" ZWELAB 143 ZWEBUS (gold dev48-wire W48026),
// "tea pluckers blockaded the road, demanding a bonus from the
// plantation companies" INDLAB 1442 INDBUS (gold dev49-wire W49027). The
// gold sets code a dispute with an employer as aimed at the employer
// (employer_strike.go); the government is the target only of a
// grievance against a state's policy or pay, and a government the
// sentence names stays.

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// demandedBusiness gives a protest or strike (root 14) by labour or
// farmers (LAB, AGR) whose only target is the implicit government of
// their own state (no words name it) the business of that state the
// act's purpose or demand addresses after the verb, in the same
// sentence: the object of "to press/pressure/push/lobby/urge" (or
// "pressing …"), or the body after "from" in a demand ("demanding a
// bonus from the plantation companies", "to demand higher prices from
// exporters").
func demandedBusiness(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.source) != 1 || !hasSector(h.source[0], "LAB", "AGR") || len(h.target) > 1 {
		return
	}
	src := h.source[0]
	if len(h.target) == 1 {
		if t := h.target[0]; t.Text != "" || t.Country != src.Country || !hasSector(t, "GOV") {
			return
		}
	}
	toks := st.toks
	demand := -1 // the demand word whose "from" names the addressee
	for k := h.end; k < len(toks) && k < h.end+25; k++ {
		if toks[k].Text == ";" || toks[k].Text == "." {
			return
		}
		switch toks[k].Lemma {
		case "press", "pressure", "push", "lobby", "urge":
			if toks[k].Tag == "VBG" || k > 0 && toks[k-1].Lower == "to" {
				if b := employerAt(st, k+1, src.Country); b != nil {
					h.target = []actors.Mention{*b}
				}
				return
			}
		case "demand", "seek":
			if toks[k].Tag == "VBG" || toks[k].Tag == "VB" && k > 0 && toks[k-1].Lower == "to" {
				demand = k
			}
		case "from":
			if demand >= 0 && k-demand <= 10 {
				if b := employerAt(st, k+1, src.Country); b != nil {
					h.target = []actors.Mention{*b}
				}
				return
			}
		}
	}
}

// employerAt returns the business mention of state country that starts
// the noun phrase at k ("the plantation companies", "estate owners"):
// after "the" and up to two lower-case noun or adjective modifiers; nil
// when the phrase names no business of that state.
func employerAt(st *sentence, k int, country string) *actors.Mention {
	toks := st.toks
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for n := 0; n < 3 && k < len(toks); n++ {
		if m := st.at[k]; m >= 0 {
			b := st.ments[m]
			if b.Place || b.Modifier || b.Country != country || len(b.Sectors) != 1 || b.Sectors[0] != "BUS" {
				return nil
			}
			return &b
		}
		if (toks[k].Tag != "NN" && toks[k].Tag != "JJ") || startsUpperASCII(toks[k].Text) {
			return nil
		}
		k++
	}
	return nil
}
