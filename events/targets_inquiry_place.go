package events

// The state an inquiry into harm done to people in its land is aimed at:
// "began an inquiry into reported killings of civilians in Ethiopia's
// Tigray region" IGOAFRAFU 092 ETH, "ordered an investigation into the
// deaths of 24 people in Colombia's raid on a FARC camp" ECUGOV 093 COL.
// The victims are no target (CODING.md: whose conduct is investigated is;
// targets_inquiry.go), but the actors matcher reads "civilians in
// Ethiopia's" as one mention of the victims, placed, and possessive by the
// place's "'s": the owner of the region or of the act named after it is
// the state looked into, when the inquiry is another's. A state probing
// deaths on its own soil aims at no one named.

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// placedVictimsOwner returns the state owning the place or act after the
// "in" inside mention mt (victims located by a possessive place, the
// object of h's "into" phrase): true with its mention when mt is such a
// victims mention, nil when the state is h's source's own; false when mt
// is not one.
func (c *Coder) placedVictimsOwner(st *sentence, h *verbHit, mt actors.Mention) ([]actors.Mention, bool) {
	toks := st.toks
	if !mt.Possessive || mt.Place || mt.Person || len(mt.Country) != 3 || !hasSector(mt, "CVL", "REF") || mt.End >= len(toks) || !isPossTok(toks[mt.End]) {
		return nil, false
	}
	in := -1
	for k := mt.Start + 1; k < mt.End-1; k++ {
		if toks[k].Lower == "in" {
			in = k
			break
		}
	}
	if in < 0 {
		return nil, false
	}
	if len(h.source) > 0 && h.source[0].Country == mt.Country {
		return nil, true
	}
	return []actors.Mention{*c.placeMention(mt.Country, toks[in+1:mt.End], st.s.Text)}, true
}

// harmInPlaceOwner returns the state owning the place of the harm an
// inquiry's "into" phrase names with no victims, from token j (past its
// determiner): a noun of [harm nouns] or [violent acts] (after adjectives:
// "reported killings"), "in", and a country named with a possessive
// before its region: "opened an inquiry into reported killings in
// Ethiopia's Tigray region" ETH, "sent a mission to look into killings in Cameroon's
// Anglophone regions" IGOAFRAFU 092 CMR, as placedVictimsOwner reads
// "killings of civilians in Ethiopia's Tigray region". nil when the
// state is h's source's own (a state probing deaths on its own soil aims
// at no one named) or the words differ.
func (c *Coder) harmInPlaceOwner(st *sentence, h *verbHit, j int) []actors.Mention {
	toks := st.toks
	for j < len(toks) && (toks[j].Tag == "JJ" || toks[j].Lower == "reported" || toks[j].Lower == "alleged" || toks[j].Lower == "suspected") {
		j++
	}
	if j+2 >= len(toks) || !c.words.harmNouns[toks[j].Lower] && !c.words.violentActs[toks[j].Lower] || toks[j+1].Lower != "in" || st.at[j+2] < 0 {
		return nil
	}
	m := st.ments[st.at[j+2]]
	if m.Start != j+2 || !m.Place || !m.Possessive || len(m.Country) != 3 || m.End >= len(toks) || !isPossTok(toks[m.End]) {
		return nil
	}
	if len(h.source) > 0 && h.source[0].Country == m.Country {
		return nil
	}
	return []actors.Mention{*c.placeMention(m.Country, toks[m.Start:m.End], st.s.Text)}
}

// bodyTaskTarget returns the target of an inquiry that a pattern codes by
// the body it makes ("sent a fact-finding mission", verbs.txt 090) from
// the infinitive that tells the body's task right after it: "sent a
// fact-finding mission on Monday to look into killings in Cameroon's
// Anglophone regions" IGOAFRAFU 092 CMR. The infinitive ("to
// investigate", "to look into", "to probe", "to examine") is read as the
// inquiry itself (inquiryOwner); nil when h is no inquiry, has a target
// or no such infinitive follows.
func (c *Coder) bodyTaskTarget(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "09" || len(h.target) != 0 || h.passive {
		return nil
	}
	toks := st.toks
	k := skipOnDay(toks, h.end)
	if k+1 >= len(toks) || toks[k].Lower != "to" {
		return nil
	}
	switch toks[k+1].Lemma {
	case "investigate", "probe", "examine", "look":
	default:
		return nil
	}
	task := *h
	task.head, task.end, task.target = k+1, k+2, nil
	return c.inquiryOwner(st, &task)
}
