package events

// Abilities, failures and requests for anonymity are no acts of the day
// (CODING.md: "will/would" alone is not an event; reported speech is
// attribution, no event of its own):
//
//   - A capability is no act. A verb that a positive "can" governs in a
//     main clause ("Judges can already jail parents", "knows he can
//     starve and bomb the opposition") or in a relative clause ("the
//     court, which can prosecute people for war crimes") tells what the
//     subject is able to do. So does a verb after "has the power (the
//     authority, the right …) to" or a present "is able to". A negated
//     "cannot" and "could" are left to modalScope and the verb group's
//     rules; "was able to" tells a past deed and stays.
//   - What a subject failed or was unable to do ("the parties failed to
//     reach agreement") did not happen: negated.
//   - A source's request for anonymity ("an official, who refused to be
//     named, said …") is no rejection.
//   - A refusal of a reaction of one's own that is aimed at nothing
//     ("troops who refused to respond", "refused to retaliate") or of going
//     home or quietly ("a sprinter who refused to return home", "is
//     refusing to go quietly") rejects no one's proposal or demand: no
//     event (the judged corpus and the wire gold code none).

import (
	"github.com/dyad-events/dyad"
)

// ability reports a verb-pattern hit at i (its head may be tagged as a
// noun: "can bomb") that states what its subject can do, not
// what it did: governed by a positive "can" (past coordination, as
// modalAt reaches, or past coordinated bare verbs: "can starve and
// bomb"), or the infinitive of "has the power to" or "is able
// to" (see the file comment).
func (v *vocab) ability(toks []dyad.Token, i int) bool {
	if t := toks[i].Tag; t == "VBD" || t == "VBN" || t == "VBG" {
		return false // a past or participle act of its own ("was able to" aside)
	}
	if j := modalAt(toks, i); j >= 0 && toks[j].Lower == "can" && !negatedAfter(toks, j, i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		// "can starve and bomb": the tagger may read the first verb as finite
		t := toks[j]
		if t.Lower == "can" && t.Tag == "MD" {
			return true
		}
		misread := (t.Tag == "NN" || t.Tag == "NNS") && (toks[j+1].Lower == "and" || toks[j+1].Lower == "or") // "can starve/NN and bomb"
		if !isVerbTag(toks, j) && !misread && t.Tag != "RB" && t.Lower != "and" && t.Lower != "or" || t.Lower == "not" || t.Lower == "n't" || t.Lower == "never" {
			break // ("can not bomb": negated, as modalScope leaves it)
		}
	}
	// back over a coordinated verb ("to suspend or bar") to the "to"
	k := i - 1
	for k >= 1 && k >= i-6 && toks[k].Lower != "to" {
		switch {
		case toks[k].Lower == "or" || toks[k].Lower == "and" || toks[k].Lower == ",", toks[k].Tag == "VB", toks[k].Tag == "RB":
			k--
			continue
		}
		return false
	}
	if k < 1 || toks[k].Lower != "to" {
		return false
	}
	n := k - 1
	switch {
	case v.powerNouns[toks[n].Lower]:
		// "has the power to", "have the legal authority to", "has no right to"
		for m := n - 1; m >= 0 && m >= n-3; m-- {
			if toks[m].Lemma == "have" {
				return true
			}
			if t := toks[m].Tag; t != "DT" && t != "JJ" && t != "RB" && t != "PRP$" {
				return false
			}
		}
	case toks[n].Lower == "able":
		m := n - 1
		if m >= 0 && toks[m].Tag == "RB" {
			m-- // "is still able to"
		}
		return m >= 0 && toks[m].Lemma == "be" && toks[m].Lower != "was" && toks[m].Lower != "were"
	}
	return false
}

// unaimedRefusal reports "refuse" or "decline" at i whose infinitive is a
// reaction with no object ("refused to respond", "declined to react.",
// "refused to retaliate") or going home or quietly ("refused to return
// home", "refusing to go quietly"): a stance with no proposal, demand or
// party rejected. A reply to something named ("refused to respond to the
// demands") is left to the patterns.
func unaimedRefusal(st *sentence, i int) bool {
	toks := st.toks
	if l := toks[i].Lemma; l != "refuse" && l != "decline" || i+2 >= len(toks) || toks[i+1].Lower != "to" {
		return false
	}
	k := i + 3 // the word after the infinitive, past a date ("on Monday")
	for k < len(toks) && st.isDate[k] {
		k++
	}
	next := ""
	if k < len(toks) {
		next = toks[k].Lower
	}
	switch toks[i+2].Lemma {
	case "go", "return", "come":
		return next == "home" || next == "quietly"
	}
	if !st.words.unaimedReactions[toks[i+2].Lemma] {
		return false
	}
	return next == "" || next == "." || next == "," || next == ";" || next == "and" || next == "but" || next == "in" && k+1 < len(toks) && toks[k+1].Lower == "kind"
}

// anonymityRequest reports a verb at i that asks for or refuses a name
// to be given: "refused to be named", "declined to be identified",
// "asked not to be named", "wished to remain anonymous". It is the
// newsroom's note on its source, no rejection or appeal.
func anonymityRequest(toks []dyad.Token, i int) bool {
	switch toks[i].Lemma {
	case "refuse", "decline", "ask", "request", "want", "wish", "prefer", "demand", "insist":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && (toks[j].Lower == "not" || toks[j].Lower == "that") {
		j++
	}
	if j+2 >= len(toks) || toks[j].Lower != "to" {
		return false
	}
	switch toks[j+1].Lower {
	case "be":
		switch toks[j+2].Lower {
		case "named", "identified", "quoted", "photographed", "filmed":
			return true
		}
	case "remain", "stay":
		return toks[j+2].Lower == "anonymous" || toks[j+2].Lower == "unnamed"
	case "give":
		if j+3 < len(toks) {
			switch toks[j+2].Lower {
			case "his", "her", "their", "a", "any":
				n := toks[j+3].Lower
				if n == "full" && j+4 < len(toks) {
					n = toks[j+4].Lower
				}
				return n == "name" || n == "names" || n == "surname"
			}
		}
	}
	return false
}

// abilityRelative reports a verb at i governed by "can" in a relative
// clause ("the court in The Hague, which can prosecute people for war
// crimes", "judges who can already jail parents"): what the head is able
// to do, a standing power, not an act. "could" is left alone: in a
// relative it often tells a past act ("police who could not stop the
// crowd").
func abilityRelative(toks []dyad.Token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "RB" && toks[j].Lower != "not") {
		j-- // "which can already prosecute"
	}
	if j < 1 || toks[j].Lower != "can" {
		return false
	}
	switch toks[j-1].Lower {
	case "which", "who", "that":
		return true
	}
	return false
}

// failedTo reports a verb at i governed by "fail to" or "be unable to"
// ("the parties failed to reach agreement", "police have so far failed
// to arrest the suspects", "Kenya was unable to send troops"): the act
// did not happen, as with "did not". A negated or doubted failure ("never
// failed to", "did not fail to") is left alone.
func failedTo(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	j := i - 2
	switch {
	case toks[j].Lemma == "fail" || toks[j].Lower == "failed" || toks[j].Lower == "fails":
	case toks[j].Lower == "unable" && j >= 1 && toks[j-1].Lemma == "be":
		j--
	default:
		return false
	}
	if j >= 1 {
		switch toks[j-1].Lower {
		case "not", "never", "n't", "seldom", "rarely", "to":
			return false // "never failed to", "did not fail to", "is set to fail to"
		}
		if j >= 2 && (toks[j-2].Lower == "not" || toks[j-2].Lower == "never") && toks[j-1].Lemma == "be" {
			return false // "was not unable to"
		}
	}
	return true
}
