package events

import "github.com/dyad-events/dyad"

// A report or a charge named in a cause or topic phrase ("recalled its
// ambassador over allegations that Chilean sailors spied on its navy",
// "declined to comment on reports that drones had struck a compound",
// "suspended aid after reports that officers had fired on villagers",
// "amid accusations that Afghan forces shelled a border post") is a
// background nominal (CODING.md): neither it nor what its "that" clause
// tells is an event of the sentence; the wire gold codes none (dev15
// W15248, dev17 W17147, W17182, dev8 C0221, C0197, dev13 W13077). A
// charge made by a verb ("accused Kabul of shelling"), a denial of one
// ("denied accusations that …") or one that is the subject ("Reports
// that … alarmed Seoul") is no such phrase.

// backgroundCharge reports a hit at h in the "that" clause of a noun of
// [charge nouns] or [report nouns] (or "suspicions", "rumours") that is
// the object of a preposition of cause or topic (over, amid, after,
// following, on, into, against, despite, about) past at most four modifiers
// ("over Israeli allegations that", "amid fresh U.S. claims that"), with
// no clause break between "that" and the hit's verb.
func backgroundCharge(st *sentence, h *verbHit) bool {
	toks := st.toks
	t := -1
	for k := h.head - 1; k > 0 && k >= h.head-15; k-- {
		if toks[k].Lower == "that" {
			t = k
			break
		}
	}
	if t < 2 || breakBetween(toks, t+1, h.head) {
		return false
	}
	n := toks[t-1].Lower
	if !st.words.chargeNouns[n] && !st.words.reportNouns[n] && n != "suspicions" && n != "suspicion" && n != "rumours" && n != "rumors" {
		return false
	}
	p := t - 2
	for p >= 0 && p >= t-6 && chargeModifier(toks[p]) && !st.isDate[p] {
		p--
	}
	if p < 0 || st.isDate[p] || p+1 < len(toks) && st.isDate[p+1] {
		return false // "denied on Monday accusations that …": a date, the denial's object
	}
	switch toks[p].Lower {
	case "over", "amid", "after", "following", "on", "into", "against", "despite", "about":
		return true
	}
	return false
}

// chargeModifier reports a word that may stand between the preposition
// and the charge noun: a determiner, an adjective, a noun or name, a
// possessive, a number ("over Israeli allegations", "amid the U.S.
// military's claims").
func chargeModifier(t dyad.Token) bool {
	switch {
	case t.Tag == "DT", t.Tag == "CD", t.Tag == "POS", t.Tag == "PRP$":
		return true
	case len(t.Tag) >= 2 && (t.Tag[:2] == "JJ" || t.Tag[:2] == "NN"):
		return true
	}
	return false
}
