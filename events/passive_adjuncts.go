package events

// The agent of a passive told after the verb's place and time adjuncts:
// "Libya's prime minister was abducted from a Tripoli hotel on Thursday
// by gunmen", "Three Kenyan soldiers were killed in Lamu on Monday by al
// Shabaab militants". byAgent looks for "by" in the few words after the
// verb; here the words it passes over are whole prepositional phrases of
// place (a preposition and a plain noun phrase) and dates, so the "by"
// after them is still the verb's. A participle or a verb in between ends
// the search ("arrested at a rally organised by the opposition": the
// rally's organiser, not the arrester).

import "github.com/dyad-events/dyad/actors"

// adjunctPreposition reports the prepositions that open a place adjunct
// a passive agent may follow.
func adjunctPreposition(w string) bool {
	switch w {
	case "in", "at", "near", "from", "outside", "inside", "off", "on", "across", "along":
		return true
	}
	return false
}

// byAgentPastAdjuncts is byAgent for the "by" that follows place and
// date adjuncts after token from (see the file comment); nil when the
// words after from are not such adjuncts ending in "by".
func (c *Coder) byAgentPastAdjuncts(st *sentence, from int) []actors.Mention {
	toks := st.toks
	k, passed := from, false
	for k < len(toks) {
		switch {
		case st.isDate[k]:
			k++
			continue
		case toks[k].Lower == "by":
			if !passed {
				return nil // byAgent's own
			}
			return c.byAgent(st, k)
		case adjunctPreposition(toks[k].Lower):
			j := k + 1
			for j < len(toks) && j < k+7 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" || toks[j].Tag == "POS" ||
				nounTag(toks[j].Tag) && toks[j].Lower != "by") {
				j++
			}
			if j == k+1 {
				return nil
			}
			k, passed = j, true
			continue
		}
		return nil
	}
	return nil
}
