package events

import "github.com/dyad-events/dyad"

// reportedAdjunct reports whether the act at i is a participle clause
// after a comma whose governing clause is told only as reported:
// "Police have also reportedly advised festival-goers to leave valuables
// at home, warning about pickpockets", "German police reportedly
// arrested two men, accusing them of plotting an attack". The clause
// ("warning …", "accusing …") tells what the subject did in doing the
// reported act, and is as reported as it is: README's `alleged`, an act
// told as "reportedly" or "allegedly" done. clauseStatus reads the
// adverb only next to the act's own verb group; the governing clause's
// is some words back, across the comma.
//
// The governing clause is the words back from the comma to the
// sentence's start or the clause boundary before it (a comma, a
// semicolon or colon, "but"); its hedge is "reportedly", "allegedly" or
// "purportedly" before the clause's predicate (the tagger may not know
// that verb: "advised" is read as a noun), with no finite verb after
// that predicate but one coordinated with it ("… to leave valuables at
// home and carry only cash"): "Troops that reportedly fled the town
// shelled it, killing three" hedges the fleeing, not the shelling.
func reportedAdjunct(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBG" {
		return false
	}
	c := i - 1
	for c >= 0 && toks[c].Tag == "RB" {
		c-- // ", again accusing them"
	}
	if c < 1 || toks[c].Text != "," {
		return false
	}
	for j := c - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Lower == "but" {
			return false
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			if j == 0 || toks[j-1].Tag != "CC" && !isAux(toks[j]) {
				// a finite verb not coordinated: the clause's predicate,
				// unless the hedge is right before it
				return hedgedAt(toks, j)
			}
		}
		if w := t.Lower; w == "reportedly" || w == "allegedly" || w == "purportedly" {
			return true // before the predicate the tagger did not read as a verb ("advised")
		}
	}
	return false
}

// hedgedAt reports whether "reportedly", "allegedly" or "purportedly"
// stands before the verb at v, through adverbs, auxiliaries and modals
// ("have also reportedly shelled", "reportedly arrested").
func hedgedAt(toks []dyad.Token, v int) bool {
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		if w := toks[j].Lower; w == "reportedly" || w == "allegedly" || w == "purportedly" {
			return true
		}
		if toks[j].Tag != "RB" && !isAux(toks[j]) && toks[j].Tag != "MD" {
			return false
		}
	}
	return false
}
