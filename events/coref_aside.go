package events

// People a "he" or "she" does not mean although they stand before it in
// its sentence: one named inside a fronted phrase that the pronoun's
// clause follows ("In his talks with Macron two days before, he
// promised …": the one whose talks they were, named before), and the agent of
// a passive whose subject the pronoun's clause is about ("Ms Karimi has been
// told by the interior minister, Nancy Faeser, that she will …": the one told).
// The pronoun then means whom the story last named (recentPers), or no
// actor.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// asideFromPronoun reports a person mention m before a "he" or "she" at
// i that the pronoun cannot mean: m lies in a phrase opening the
// sentence with a preposition ("During", "After", "In a letter to") that
// ends at the comma right before the pronoun (an adverb such as
// "however" may follow the comma), or m is the agent of a passive ("told
// by X", "was warned by the minister, X,") whose clause the pronoun's
// "that" clause completes.
func asideFromPronoun(toks []dyad.Token, m actors.Mention, i int) bool {
	if len(toks) > 0 && toks[0].Tag == "IN" && toks[0].Lower != "that" {
		comma := -1
		for k := 1; k < i; k++ {
			if toks[k].Text == "," {
				comma = k
				break
			}
		}
		if comma > m.Start && onlyAdverbsBetween(toks, comma+1, i) {
			return true
		}
	}
	k := m.Start - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP" || toks[k].Text == ",") && k >= m.Start-6 {
		k-- // "by the interior minister, Nancy Faeser": past the title in apposition
	}
	if k < 1 || toks[k].Lower != "by" || toks[k-1].Tag != "VBN" {
		return false
	}
	for j := m.End; j < i; j++ {
		if toks[j].Lower == "that" {
			return true
		}
		if toks[j].Text != "," {
			return false
		}
	}
	return false
}

// onlyAdverbsBetween reports tokens [a, b) that are all adverbs or commas
// ("however,").
func onlyAdverbsBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Tag != "RB" && toks[k].Text != "," && !strings.EqualFold(toks[k].Text, "however") {
			return false
		}
	}
	return true
}

// asideOfLaterPronoun reports a person mention m that the first "he" or
// "she" after it in toks cannot mean (asideFromPronoun): a later pronoun
// of the story follows that subject, not m.
func asideOfLaterPronoun(toks []dyad.Token, m actors.Mention) bool {
	for i := m.End; i < len(toks); i++ {
		if w := toks[i].Lower; w == "he" || w == "she" {
			return asideFromPronoun(toks, m, i)
		}
	}
	return false
}
