package events

// Places named through their kind ("the town of Bunia", "in the eastern
// city of Kharkiv", "at the port of Hodeidah") as the target of an attack
// or a capture, the attackers a repelled attack names with "by", victims
// told with a participle and a "while" clause, and warning shots as a show
// of force (150).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// kindNoun reports the nouns that name a place by its kind before "of"
// and its name: "the town of Bunia", "the port of Hodeidah" (the kinds
// partOf reads, in the singular and plural a pattern may end with).
func kindNoun(w string) bool {
	switch w {
	case "city", "cities", "town", "towns", "village", "villages", "port", "district", "province", "region", "capital",
		"island", "enclave", "county", "governorate", "oblast", "settlement", "municipality", "area":
		return true
	}
	return false
}

// kindOfPlace returns the token after "of" when a pattern ended with a
// place's kind noun and the text names the place next ("seized the town
// of Bunia": the pattern "seize town" ends at "town"), else end.
func kindOfPlace(toks []dyad.Token, end int) int {
	if end < 1 || end+1 >= len(toks) || toks[end].Lower != "of" || !kindNoun(toks[end-1].Lower) {
		return end
	}
	return end + 1
}

// placeAfterPrep returns the place a preposition at token k introduces
// through its kind: "in the eastern city of Kharkiv", "at the port of
// Hodeidah", "near the border town of Azaz" (partOf reads the kind). A
// place named at once ("in Kharkiv") is attackPlace's own; nil when the
// words after k name no such place the gazetteer knows, or a natural
// feature ("the city of X valley").
func (c *Coder) placeAfterPrep(st *sentence, k int) *actors.Mention {
	toks := st.toks
	j := partOf(toks, k+1)
	if j == k+1 {
		return nil
	}
	if p, n, ok := c.placeAt(st, j, len(toks), 2); ok && !featureName(toks, j+n) {
		return c.placeMention(p.Country, toks[j:j+n], st.s.Text)
	}
	return nil
}

// victimParticiple reports a verb of killing or wounding at h's head
// that is a past participle right after a noun and followed at once by
// "while", "when" or "as" ("the mother of a British man killed while
// clearing mines in Raqqa"): these verbs take an object when active, so
// with none the participle is a reduced passive and the noun before it
// the victim, no doer. The place after it ("in Raqqa") is where the
// victim died, not a target.
func victimParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 1 || i+1 >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || !nounEnd(st, i-1) {
		return false
	}
	switch toks[i].Lemma {
	case "kill", "wound", "injure", "murder", "shoot":
	default:
		return false
	}
	if st.words.diedInFighting(toks, i+1) {
		return true // "Hamas fighters killed in fighting in Gaza", "guerrillas killed in combat": the fallen, armed or not
	}
	if m := st.at[i-1]; m >= 0 && hasSector(st.ments[m], "MIL", "COP", "REB", "SPY", "UAF", "CRM") {
		return false // "Police shot when protesters stormed …": an armed doer, active
	}
	switch toks[i+1].Lower {
	case "while", "when", "as":
		return true
	}
	return false
}

// diedInFighting reports "in" at k followed by a noun of [fighting
// nouns] (data/words.txt), a determiner or adjective between ("in combat", "in action", "in heavy
// fighting", "in clashes with Israeli troops"): after a participle of
// killing with no object it tells how the people before it fell.
func (v *vocab) diedInFighting(toks []dyad.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "in" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if v.fightingNouns[toks[j].Lower] {
			return true
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" {
			return false
		}
	}
	return false
}

// repelledTarget makes the attackers a repelled attack names with "by"
// h's target (repelledBy); targetFamilies calls it last.
func (c *Coder) repelledTarget(st *sentence, h *verbHit) {
	if t := repelledBy(st, h); t != nil && len(h.source) > 0 && t.Code != h.source[0].Code {
		h.target = []actors.Mention{*t}
	}
}

// repelledBy returns the attackers a repelled attack names with "by"
// right after it ("Nigerian troops repelled an attack by ISWAP fighters
// on a base in Marte": NGAMIL 190 NGAREB, as the gold sets code the
// defenders' fight), or nil: the defenders fight whoever attacked, and
// the place attacked is their own ground.
func repelledBy(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	if !repelledAttack(st, h) || h.end+1 >= len(toks) || toks[h.end].Lower != "by" {
		return nil
	}
	for j := h.end + 1; j < len(toks) && j < h.end+4; j++ {
		if m := st.at[j]; m >= 0 {
			if t := st.ments[m]; !t.Place && !t.Modifier && t.Country != "" {
				return &st.ments[m]
			}
			return nil
		}
		if toks[j].Tag != "DT" && toks[j].Tag != "JJ" && toks[j].Tag != "CD" {
			return nil
		}
	}
	return nil
}

// countBefore returns the token after a count that opens a noun phrase
// at j ("about 20", "more than 30", "dozens of"), else j: where the
// phrase's actor starts. It returns len(toks) when the sentence ends on
// the count.
func countBefore(toks []dyad.Token, j int) int {
	k := j
	for n := 0; n < 4 && k < len(toks); n++ {
		switch {
		case toks[k].Tag == "CD", toks[k].Lower == "about", toks[k].Lower == "around", toks[k].Lower == "some",
			toks[k].Lower == "more", toks[k].Lower == "than", toks[k].Lower == "at", toks[k].Lower == "least",
			toks[k].Lower == "nearly", toks[k].Lower == "several", toks[k].Lower == "dozens", toks[k].Lower == "of":
			k++
		default:
			if k < len(toks) && toks[k].Lower == "the" && k == j {
				return j // "after the North Korean soldiers": the mention may hold "the"
			}
			return k
		}
	}
	return k
}

// warningShots reports warning shots in h's words or right after them
// ("fired warning shots at Chinese fishing boats"): a show of force
// (150, CODING.md: "Missile tests, drills, warning shots … are 150"),
// not a strike, whatever they were fired at.
func warningShots(st *sentence, h *verbHit) bool {
	hi := h.end + 2
	if hi > len(st.toks) {
		hi = len(st.toks)
	}
	for k := h.head; k+1 < hi; k++ {
		if st.toks[k].Lower == "warning" && (st.toks[k+1].Lower == "shots" || st.toks[k+1].Lower == "shot") {
			return true
		}
	}
	return false
}
