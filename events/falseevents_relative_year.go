package events

// History told in a relative clause through its object's year: "armed
// groups that signed a 2015 peace accord", "the general who led the 2014
// coup", "rebels, which launched the 2012 uprising" in a 2022 story
// describe who the antecedent is, not news of the day (CODING.md: no
// history retrospectives). The date of the sentence's main verb ("said on
// Wednesday … groups that signed a 2015 accord") is not the relative
// clause's own, so it does not keep the act; a date inside the relative
// clause does ("Kenya, which signed the 1951 convention on Tuesday").

import (
	"strings"
	"time"
)

// relativeVerbStart returns the index of the relative word ("that",
// "which", "who") that is the subject of the finite verb at i, with only
// auxiliaries of the perfect and adverbs between them ("who had once
// led"), after a noun, an actor or a comma; -1 when the verb at i opens
// no such clause. "said that Russia …" is no relative: "that" must follow
// a noun or an actor and be followed by the verb itself.
func relativeVerbStart(st *sentence, i int) int {
	toks := st.toks
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" {
		return -1
	}
	k, aux := i-1, false
	for k >= 1 && (toks[k].Tag == "RB" || toks[k].Lower == "had" || toks[k].Lower == "has" || toks[k].Lower == "have") {
		aux = aux || toks[k].Tag != "RB"
		k--
	}
	if toks[i].Tag == "VBN" && !aux || !relativeWord(toks[k].Lower) || toks[k].Lower == "whom" {
		return -1 // a participle needs its auxiliary: "who had led"
	}
	prev := toks[k-1]
	if prev.Text == "," || strings.HasPrefix(prev.Tag, "NN") || st.at[k-1] >= 0 && prev.Tag != "PRP" {
		return k
	}
	return -1
}

// relativeClauseEnd returns the index that closes the relative clause of the
// verb hit h: the first comma, semicolon or finite verb after the hit
// ("Rebels who signed a 2015 deal attacked …": "attacked"), else the
// sentence's end.
func relativeClauseEnd(st *sentence, h *verbHit) int {
	toks := st.toks
	for k := h.end; k < len(toks); k++ {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return k
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			return k
		}
	}
	return len(toks)
}

// relativeObjectYear is objectYear for any verb of a relative clause: a
// past year premodifying a noun in the clause after the verb, its object
// or a phrase on it ("led the 2014 coup", "carried out the 2008
// attacks", "seized power in a 2021 coup"), from 1900 to the year before
// pub's, with no other verb between (a nested clause is not the hit's).
func relativeObjectYear(st *sentence, h *verbHit, pub time.Time) (string, bool) {
	toks := st.toks
	if h.passive || h.end > len(toks) {
		return "", false
	}
	hi := relativeClauseEnd(st, h)
	for k := h.head + 2; k < hi; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || relativeWord(toks[k].Lower) {
			return "", false // another clause: "accused him of running a network that trafficked … during the 1999 war"
		}
		if len(toks[k].Text) == 4 && isNum(toks[k].Text) && k+1 < hi && strings.HasPrefix(toks[k+1].Tag, "NN") {
			return premodifierYear(toks, k, k, pub.Year()-1)
		}
	}
	return "", false
}
