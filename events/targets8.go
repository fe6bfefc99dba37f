package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// This file holds targets found outside the verb's own object (the
// targets8 families of events-dev8-wire.jsonl): a reaction told in an
// appositive noun phrase after the main clause.

// reactionTarget finds the target of a verbal reaction told in an
// appositive after the main clause, whose object is the act the clause
// reports: ", a result the opposition denounced as fraudulent", ", an
// idea Maduro's government swiftly rejected", ", a measure the United
// Nations criticised". The one reacted to is the main clause's subject
// (every member of a listed subject). The appositive is a comma, a
// determiner, up to two adjectives and a common noun, then the reacting
// actor (its own article included) and the verb h, with at most "that",
// "which" or one adverb between. farTarget keeps its narrower list of
// head nouns ("move", "decision" …); this widens the head to any common
// noun. Roots: comment, approve, reject, demand, disapprove, threaten.
func (c *Coder) reactionTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun || h.passive || len(h.source) != 1 {
		return nil
	}
	switch cameo.Root(h.code) {
	case "01", "05", "10", "11", "12", "13":
	default:
		return nil
	}
	toks := st.toks
	// between the actor and the verb: nothing, or one adverb
	src := h.source[0]
	if src.End > h.head || src.End < h.head-1 || src.End == h.head-1 && toks[src.End].Tag != "RB" {
		return nil
	}
	k := src.Start - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "its") {
		k-- // "a measure the United Nations criticised"
	}
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 2 || !commonNoun(toks[k]) {
		return nil
	}
	k--
	for n := 0; n < 2 && k > 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN"); n++ {
		k-- // "a controversial move", "a widely criticised decision"
	}
	if d := toks[k].Lower; d != "a" && d != "an" && d != "the" && d != "this" || k == 0 || toks[k-1].Text != "," {
		return nil
	}
	comma := k - 1
	for v := 0; v < comma; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		if len(s) == 0 {
			return nil
		}
		for _, m := range s {
			if m.Code == src.Code {
				return nil // the reacting actor reacts to no act of its own
			}
		}
		return s
	}
	return nil
}

// commonNoun reports a lower-case singular or plural common noun.
func commonNoun(t dyad.Token) bool {
	return (t.Tag == "NN" || t.Tag == "NNS") && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}
