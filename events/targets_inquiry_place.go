package events

// An inquiry into harm done to people in a country's land names no one
// investigated by the place alone: "began an inquiry into reported
// killings of civilians in Ethiopia's Tigray region" is IGOAFRAFU 092 with
// target null, as "sent a mission to look into killings in Cameroon's
// Anglophone regions" is (gold README item 50: the target of 090–094 is
// the party investigated, and a place names none). The victims are no
// target either (CODING.md: whose conduct is investigated is;
// targets_inquiry.go), but the actors matcher reads "civilians in
// Ethiopia's" as one mention of the victims, placed, and possessive by the
// place's "'s". Only an act the possessive state did names it as the one
// investigated: "ordered an investigation into the deaths of 24 people in
// Colombia's raid on a FARC camp" ECUGOV 093 COL.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// placedVictimsOwner returns the state owning the act after the "in"
// inside mention mt (victims located by a possessive state, the object of
// h's "into" phrase): true with its mention when mt is such a victims
// mention and an owner's act follows the possessive ("in Mali's raid"),
// true with nil when a place follows ("in Nigeria's Borno state") or the
// state is h's source's own; false when mt is not one.
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
	if len(h.source) > 0 && h.source[0].Country == mt.Country || !ownersActAfter(toks, mt.End+1) {
		return nil, true // "in Ethiopia's Tigray region": a place names no one investigated
	}
	return []actors.Mention{*c.placeMention(mt.Country, toks[in+1:mt.End], st.s.Text)}, true // "in Colombia's raid"
}

// ownersActAfter reports an act its owner did (ownersAct: "raid",
// "crackdown", "offensive") at token k past adjectives, right after a
// possessive state: "Colombia's raid", "Russia's military offensive", not
// "Ethiopia's Tigray region" or "Ivory Coast's post-election conflict".
func ownersActAfter(toks []dyad.Token, k int) bool {
	for k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Lower == "alleged" || toks[k].Lower == "suspected") {
		k++
	}
	return k < len(toks) && ownersAct(toks[k].Lower)
}

// harmInPlaceOwner returns the state owning the act in which the harm an
// inquiry's "into" phrase names with no victims was done, from token j
// (past its determiner): a noun of [harm nouns] or [violent acts] (after
// adjectives: "reported killings"), "in", a country named with a
// possessive and an act it did (ownersActAfter): "opened an inquiry into
// killings in Russia's offensive on Kharkiv" RUS. nil when a place
// follows the possessive ("into reported killings in Ethiopia's Tigray
// region": gold README item 50, target null), when the state is h's
// source's own (a state probing deaths on its own soil aims at no one
// named) or the words differ.
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
	if len(h.source) > 0 && h.source[0].Country == m.Country || !ownersActAfter(toks, m.End+1) {
		return nil // "into killings in Cameroon's Anglophone regions": a place names no one investigated
	}
	return []actors.Mention{*c.placeMention(m.Country, toks[m.Start:m.End], st.s.Text)}
}

// bodyTaskTarget returns the target of an inquiry that a pattern codes by
// the body it makes ("sent a fact-finding mission", verbs.txt 090) from
// the infinitive that tells the body's task right after it: "sent a
// fact-finding mission on Monday to look into Russia's attack on a
// hospital" RUS. The infinitive ("to investigate", "to look into", "to
// probe", "to examine") is read as the inquiry itself (inquiryOwner); nil
// when h is no inquiry, has a target or no such infinitive follows, or
// when the task names only a place ("to look into killings in Cameroon's
// Anglophone regions": target null, gold README item 50).
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

// inquiryPlaceOwner reports a state named with a possessive only to place
// the acts an inquiry (root 09) looks into, after "in" or "during" and
// before no act of its own (ownersActAfter): "into killings, rapes and
// other crimes committed by both sides during Ivory Coast's post-election
// conflict" names no one investigated (gold README item 50, target null),
// where "during Russia's offensive" would.
func inquiryPlaceOwner(st *sentence, h *verbHit, m actors.Mention) bool {
	toks := st.toks
	if cameo.Root(h.code) != "09" || m.Start < 1 || m.Start <= h.head || m.End+1 >= len(toks) || !isPossTok(toks[m.End]) || m.Person || m.Country == "" || len(m.Sectors) > 0 {
		return false
	}
	if w := toks[m.Start-1].Lower; w != "in" && w != "during" {
		return false
	}
	return !ownersActAfter(toks, m.End+1)
}
