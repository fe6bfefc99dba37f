package events

import "github.com/dyad-events/dyad"

// A pledge someone is asked to make: "I call upon President Reagan to
// signal immediately that he will veto any tax increase", "urged Biden to
// make clear that he would veto the bill". The future act in the "that"
// clause is what the appeal asks its addressee to promise, no threat or
// intent of the addressee's. When the appeal is coded, the combine pass
// folds the clause into it; when it is not (its speaker, "I", is no
// actor), appealedPledge keeps the clause from standing alone.

// appealedPledge reports a verb at h.head in a modal verb group ("he will
// veto") of a "that" clause governed by an infinitive ("to signal", "to
// make clear") whose controller is the object of an appeal verb
// ([appeal verbs] of data/words.txt: "call upon", "urge", "ask"), all
// within one clause.
func (v *vocab) appealedPledge(toks []dyad.Token, h *verbHit) bool {
	if h.p.Noun || !modalGroup(toks, h.head) {
		return false
	}
	that := -1
	for k := h.head - 1; k >= 0 && k >= h.head-6; k-- {
		if toks[k].Lower == "that" {
			that = k
			break
		}
	}
	if that < 0 {
		return false
	}
	to := -1
	for k := that - 1; k >= 1 && k >= that-5; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || isQuote(t.Text) {
			return false
		}
		if t.Lower == "to" && k+1 < that {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	for k := to - 1; k >= 0 && k >= to-8; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "that" {
			return false
		}
		if v.appealVerbs[t.Lemma] && k+1 < to {
			if t.Lemma == "call" && toks[k+1].Lower != "on" && toks[k+1].Lower != "upon" {
				return false
			}
			return true
		}
	}
	return false
}
