package events

// Verb senses that remove an officeholder, no rejection. "Dismiss"
// rejects what someone said or offered ("dismissed the claims",
// "dismissed Japan's offer of a summit": 12x); with an officeholder as
// its object ("Saied dismissed the prime minister", "the Constitutional
// Court dismissed Prime Minister Srettha Thavisin", "the president
// dismissed his army chief") it removes him from office: domestic
// politics, which the gold conventions leave uncoded, like impeachments
// and court removals. An officeholder's words after a possessive
// ("dismissed the prime minister's remarks") are still rejected.

import "github.com/dyad-events/dyad/actors"

// removedFromOffice reports a hit of "dismiss" in the active voice whose
// object is an officeholder: an actor mention that names a person or a
// role (minister, chief, government), or refers back to one ("the prime
// minister", kind "coref"), with a GOV, MIL, JUD, COP, SPY or LEG sector, starting the object (after a determiner or possessive
// pronoun at most) and not followed by a possessive.
func removedFromOffice(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || h.passive || toks[h.head].Lemma != "dismiss" || !isVerbTag(toks, h.head) {
		return false
	}
	k := h.head + 1
	for k < len(toks) && (st.isDate[k] || toks[k].Tag == "RB") {
		k++ // "dismissed on Sunday the prime minister"
	}
	if k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") && st.at[k] < 0 {
		k++ // "the", "his"
	}
	if k >= len(toks) || st.at[k] < 0 {
		return false
	}
	m := st.ments[st.at[k]]
	if m.Possessive || m.Modifier || m.Place {
		return false // "dismissed the prime minister's remarks", "dismissed U.S. claims"
	}
	if m.End < len(toks) && (toks[m.End].Tag == "POS" || toks[m.End].Lower == "'s" || toks[m.End].Lower == "’s") {
		return false
	}
	if m.End < len(toks) && toks[m.End].Lower == "as" {
		return false // "dismissed Putin as a liar": a rejection of what he is
	}
	for j := h.head - 1; j >= 0; j-- {
		if n := st.at[j]; n >= 0 {
			if s := st.ments[n]; s.Country != "" && m.Country != "" && s.Country != m.Country {
				return false // another state's officeholder is no one's to remove
			}
			break
		}
	}
	officer := m.Person || m.Kind == actors.KindAgent || m.Kind == "title" || m.Kind == "coref"
	return officer && hasSector(m, "GOV", "MIL", "JUD", "COP", "SPY", "LEG")
}
