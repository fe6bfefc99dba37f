package events

// Rules from a judged random sample of events coded from the nine real
// news corpora: refusing to confirm or say is declining comment, opposing
// sanctions on a state does not reject the state, an unnamed collective
// of governments is no actor, and appealing a verdict is a court step.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// declinedComment reports a refusal (12x) whose infinitive is a verb of
// telling ("refused to confirm the report", "declined to say how many",
// "refused to discuss newspaper reports"): declining comment (011), with
// no one rejected. Refusing to discuss an agenda stays a rejection.
func declinedComment(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || cameo.Root(h.code) != "12" {
		return false
	}
	if l := toks[h.head].Lemma; l != "refuse" && l != "decline" {
		return false
	}
	i := h.head + 1
	if i+1 >= len(toks) || toks[i].Lower != "to" {
		return false
	}
	switch toks[i+1].Lemma {
	case "confirm", "say", "name", "disclose", "reveal", "comment", "elaborate", "specify", "identify", "speculate", "detail":
		return true
	case "discuss", "address":
		for k := i + 2; k < len(toks) && k <= i+6; k++ {
			switch toks[k].Lower {
			case "report", "reports", "claim", "claims", "allegation", "allegations", "speculation", "details", "case", "cases", "rumours", "rumors":
				return true
			}
			if isPunct(toks[k]) {
				break
			}
		}
	}
	return false
}

// sanctionObject reports a rejection's target that is the object of an
// act noun in the rejected phrase ("opposed any unilateral sanctions on
// North Korea", "rejected military action against Iran"): the act's
// target, not whom the rejection is aimed at (those who would impose
// it, unnamed). The act noun heads the object: refusing to impose
// sanctions, or their easing, is the refuser's own act on the state.
func sanctionObject(st *sentence, h *verbHit, m actors.Mention) bool {
	if cameo.Root(h.code) != "12" || m.Start <= h.end || m.Start-h.end > 6 {
		return false
	}
	toks := st.toks
	for k := h.end; k+1 < m.Start && k < len(toks)-1; k++ {
		switch toks[k].Lower {
		case "sanctions", "sanction", "strikes", "strike", "attack", "attacks", "action", "measures", "intervention", "embargo", "pressure", "war", "invasion", "blockade":
			n := toks[k+1].Lower
			return n == "on" || n == "against" || n == "in"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "RB" && !(t == "NN" && startsLowerASCII(toks[k].Text) && toks[k+1].Tag == "NNS") {
			// (a lower-case NN right before the plural is an adjective the
			// tagger does not know: "balked at new sanctions on Russia")
			return false // "refused to impose sanctions on Russia", "rejected any easing of sanctions on Russia": the refuser's own act
		}
	}
	return false
}

// unnamedCollective reports a mention that is a bare plural of states or
// their leaders after a quantifier ("most governments balk", "some
// leaders now deny", "few politicians were prepared"), or bare
// "governments" ("Governments have also blamed the app"): CODING.md's
// unnamed collective, no actor, whatever country the story is about.
func unnamedCollective(toks []dyad.Token, m actors.Mention) bool {
	if m.End-m.Start != 1 || m.End > len(toks) {
		return false
	}
	if w := toks[m.Start].Lower; w == "governments" {
		// a bare plural is several states' ("Governments have also
		// blamed the app"), not "the two governments", "both governments"
		if m.Start == 0 {
			return true
		}
		switch toks[m.Start-1].Lower {
		case ",", "and", "or", "but", "“", "\"":
			return true
		}
	}
	if m.Start == 0 {
		return false
	}
	switch toks[m.Start].Text {
	case "governments", "leaders", "politicians", "states", "countries", "nations", "lawmakers", "legislators":
	default:
		return false
	}
	switch toks[m.Start-1].Lower {
	case "most", "many", "some", "few", "several", "other", "various", "numerous", "certain":
		return true
	}
	return false
}

// dropCollectives removes unnamed collectives from a hit's actors and
// reports whether its source is left empty by it.
func dropCollectives(st *sentence, h *verbHit) bool {
	keep := func(ms []actors.Mention) []actors.Mention {
		out := ms[:0:0]
		for _, m := range ms {
			if !unnamedCollective(st.toks, m) {
				out = append(out, m)
			}
		}
		return out
	}
	had := len(h.source) > 0
	h.source, h.target = keep(h.source), keep(h.target)
	return had && len(h.source) == 0
}

// courtAppeal reports an appeal (02x) against a ruling or through the
// courts ("would appeal the verdict", "who appealed against the police
// ban"): a step in a court case, not a request to anyone.
func courtAppeal(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || cameo.Root(h.code) != "02" || toks[h.head].Lemma != "appeal" {
		return false
	}
	i := h.head + 1
	if i >= len(toks) {
		return false
	}
	if toks[i].Lower == "against" {
		return true
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		switch toks[k].Lower {
		case "verdict", "ruling", "sentence", "conviction", "judgment", "judgement", "decision", "refusal", "acquittal":
			return true
		}
		if t := toks[k].Tag; t != "DT" && t != "PRP$" && t != "JJ" && t != "POS" && t != "NNP" && t != "NN" {
			return false
		}
	}
	return false
}

// figurative reports an event verb used figuratively: a scramble or a
// blast that is an effort or a flight ("officials were left scrambling
// to interpret the order", "the car he hopes to blast to Mars"), and a
// verb of threat or attack used as an adjective after a verb of seeming
// ("does not want to appear threatening").
func figurative(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	lemma := toks[i].Lemma
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Lower
	}
	switch {
	case lemma == "scramble" && (next == "to" || next == "for"):
		return true
	case lemma == "blast" && next == "to":
		return true
	case dealStruck(toks, i):
		return true // "failing to stick to a bargain struck in March 2016"
	case toks[i].Tag == "VBG" && i > 0:
		switch toks[i-1].Lemma {
		case "appear", "seem", "look", "sound":
			return true
		}
	}
	return false
}

// prospectSubject reports an event noun at i, subject of its clause,
// whose predicate is a prospect ("direct clashes between Turkish forces
// and US troops in Manbij are now a distinct possibility"): expected, not
// done. The copula is the clause's first verb past the noun's
// complements and actors, within twelve words.
func prospectSubject(st *sentence, i int) bool {
	toks := st.toks
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		if st.at[k] >= 0 {
			continue
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return false
		}
		if t.Lemma == "be" && t.Tag != "VBG" && t.Tag != "VBN" {
			return prospectAfter(toks, k) && subjectPosition(toks, i)
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return false
}

// prospectAfter reports a predicate of prospect within four words after
// the copula at k ("are now a distinct possibility", "is likely",
// "remains a risk"): its subject event is expected, not done.
func prospectAfter(toks []dyad.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].Lower {
		case "possibility", "possible", "likely", "unlikely", "inevitable", "imminent", "risk", "prospect", "looming":
			return true
		case ",", ";", ".", "that", "because":
			return false
		}
	}
	return false
}

// dealStruck reports "strike" after the deal it makes ("a bargain struck
// in March 2016", "the balance struck"): an agreement or a figure of
// speech, no blow.
func dealStruck(toks []dyad.Token, i int) bool {
	if toks[i].Lemma != "strike" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "deal", "deals", "bargain", "agreement", "accord", "compromise", "pact", "balance", "chord", "tone", "note":
		return true
	}
	return false
}

// modifierNoun reports an event noun at i that only modifies the noun
// after it, the phrase's head ("protest groups such as the Stop the War
// Coalition", "lending agencies", "South Africa's genocide case", "an
// aid convoy"): a kind of group or thing, no act.
func modifierNoun(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Text {
	case "group", "groups", "agency", "agencies", "organisation", "organisations", "organization", "organizations",
		"movement", "movements", "activists", "case", "cases", "trial", "trials", "cell", "cells",
		"helicopter", "helicopters", "convoy", "convoys", "camp", "camps":
		return true
	}
	return false
}

// defendedPlaces are head nouns of what is defended by arms, not words.
var defendedPlaces = map[string]bool{
	"city": true, "town": true, "village": true, "villages": true, "homeland": true, "territory": true,
	"territories": true, "cave": true, "caves": true, "tunnels": true, "positions": true,
	"base": true, "bases": true, "border": true, "borders": true, "enclave": true, "compound": true,
	"complex": true, "stronghold": true, "strongholds": true, "frontier": true, "frontline": true,
	"airport": true, "bridge": true, "outpost": true, "outposts": true, "trenches": true,
}

// armedDefence reports a verb of defence (052, defend verbally) that is
// a defence by arms: of a place ("defended the Syrian city of Kobane
// from Isis", "defending a complex of caves and tunnels"), against an
// attack ("defend their homeland from Turkish attack"), or by fighters
// ("defended by foreign Isis fighters"). Fighting is coded from its own
// verbs; this is no statement defending a policy.
func armedDefence(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.code != "052" && h.code != "032" || h.p.Noun || toks[h.head].Lemma != "defend" { // (032: "vowed to defend")
		return false
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+7; k++ {
		t := toks[k]
		if defendedPlaces[t.Lower] {
			return true
		}
		switch t.Lower {
		case "attack", "attacks", "assault", "assaults", "offensive", "invasion", "incursion", "troops", "fighters", "militants", "soldiers":
			return true
		case ",", ";", ".", "saying", "that", "which":
			return false
		}
	}
	return false
}
