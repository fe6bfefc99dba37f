package events

// Decisions that enact a measure. A body that agrees or decides to
// impose a sanction, a ban or a restriction of its own ("the European
// Union agreed on Monday to ban imports of Iranian oil", "the cabinet
// decided to suspend aid to the junta") has imposed it: the measure is
// coded as done (163, 172, …, asserted), as "voted to ban" is, not as
// a threat of it (1312, future), which an intent verb makes of other
// conflictual acts ("agreed to attack" stays a plan). Only measures a
// decision itself puts in force count: reduced relations, sanctions and
// administrative bans (roots 16 and 172, not the expulsions of 166);
// force, arrests and expulsions need someone to carry them out. Only a
// decision taken counts: the verb in the past ("agreed", "has
// decided"), not negated. A decision refused, failed or still to come
// ("refused to agree to sanction", "failed to agree to impose", "will
// agree next week to ban", "is expected to agree to ban") keeps the
// intent verb's reading: a threat of the measure (1312, future) or its
// refusal.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// enactedMeasure reports whether the infinitive coded code after the
// intent verb at toks[i] with pattern p is a measure the decision
// enacts: "agree" or "decide" alone (not "agree in principle to",
// "threaten to"), taken (decisionTaken), before a code of root 16 or
// 172.
func enactedMeasure(toks []dyad.Token, i int, p *Pattern, code string) bool {
	if p.has(flagThreat) || len(p.Slots) != 1 {
		return false
	}
	switch toks[i].Lemma {
	case "agree", "decide":
	default:
		return false
	}
	return decidedCode(code) && decisionTaken(toks, i)
}

// decisionTaken reports the decision verb at toks[i] in the past and
// affirmed: "agreed", "has decided", not "did not agree", "has not
// decided", "refused to agree" or "will agree" (an infinitive or a
// bare verb after a modal is no decision taken).
func decisionTaken(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBD" && !(toks[i].Tag == "VBN" && perfect(toks, i)) {
		return false
	}
	return !negatedBefore(toks, i)
}

// decidedCode reports a code a decision puts in force by itself:
// reduced relations, sanctions and embargoes (root 16, not the
// expulsions and withdrawals of 166, which someone must carry out) and
// administrative bans (172).
func decidedCode(code string) bool {
	return strings.HasPrefix(code, "16") && !strings.HasPrefix(code, "166") || strings.HasPrefix(code, "172")
}
