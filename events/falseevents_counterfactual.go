package events

import "strings"

// An act under "would have", "could have", "might have" or "should have"
// with a past participle ("Moscow would have complained bitterly if …",
// "a draft that would have demanded a halt to attacks", "Israeli troops
// would have stormed Rafah") is counterfactual: the text says it did not
// happen, and it is no event (CODING.md: only what happened, was
// threatened or was promised is coded; every open gold line with such a
// clause codes nothing from it, e.g. W11227, W12248, w4-0001, C0239).

// counterfactual reports a verb hit whose head is a past participle (or
// a past form the tagger gave it) after "have" (and "been"), itself
// after "would", "could", "might" or "should" (with "not" or an adverb
// between).
func counterfactual(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		j--
	}
	if j < 1 || toks[j].Lower != "have" {
		return false
	}
	j--
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "not" || toks[j].Lower == "n't") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "would", "could", "might", "should", "wouldn't", "couldn't":
		return true
	}
	return false
}
