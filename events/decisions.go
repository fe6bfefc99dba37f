package events

// Decisions that enact a measure. A body that agrees or decides to
// impose a sanction, a ban or a restriction of its own ("the European
// Union agreed on Monday to ban imports of Iranian oil", "the cabinet
// decided to suspend aid to the junta") has imposed it: the measure is
// coded as done (163, 172, …, asserted), as "voted to ban" is, not as
// a threat of it (1312, future), which an intent verb makes of other
// conflictual acts ("agreed to attack" stays a plan). Only measures a
// decision itself puts in force count: reduced relations, sanctions and
// administrative bans (roots 16 and 172); force, arrests and expulsions
// need someone to carry them out.

import (
	"strings"
)

// enactedMeasure reports whether the infinitive coded code after the
// intent verb with lemma lemma and pattern p is a measure the decision
// enacts: "agree" or "decide" alone (not "agree in principle to",
// "threaten to") before a code of root 16 or 172.
func enactedMeasure(lemma string, p *Pattern, code string) bool {
	if p.has(flagThreat) || len(p.Slots) != 1 {
		return false
	}
	switch lemma {
	case "agree", "decide":
	default:
		return false
	}
	return decidedCode(code)
}

// decidedCode reports a code a decision puts in force by itself:
// reduced relations, sanctions and embargoes (root 16) and
// administrative bans (172).
func decidedCode(code string) bool {
	return strings.HasPrefix(code, "16") || strings.HasPrefix(code, "172")
}
