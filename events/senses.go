package events

// Verb senses that tell no event between actors.
//
// Removal from office, no rejection. "Dismiss" rejects what someone said
// or offered ("dismissed the claims", "dismissed Japan's offer of a
// summit": 12x); with an officeholder as its object ("Saied dismissed the
// prime minister", "the Constitutional Court dismissed Prime Minister
// Srettha Thavisin", "the president dismissed his army chief") it removes
// him from office: domestic politics, which the gold conventions leave
// uncoded, like impeachments and court removals. An officeholder's words after a possessive
// ("dismissed the prime minister's remarks") are still rejected.
//
// Non-recognition, no act: a negated "recognise" states a standing
// position (standingNonRecognition).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// removedFromOffice reports a hit of "dismiss" in the active voice whose
// object is an officeholder: an actor mention that names a person or a
// role (minister, chief, government), or refers back to one ("the prime
// minister", kind "coref"), with a GOV, MIL, JUD, COP, SPY or LEG
// sector, starting the object (after a determiner or possessive pronoun
// at most), not followed by a possessive or by "as" ("dismissed Putin as
// a liar"), and of the same country as the nearest actor before the
// verb when both have one.
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

// standingNonRecognition reports a negated recognition (054): "Russia
// does not recognise the court's jurisdiction", "said the movement did
// not recognise any court in The Hague", "Serbia has never recognised
// Kosovo's independence". Recognition is a formal act; its absence is a
// standing stance, no act the text says did not happen (CODING.md,
// Negation), and the gold sets code none. A refusal to recognise is a
// rejection and is coded by its own pattern, and so is a vow under a
// modal ("said it would never recognise the new state", 120).
func standingNonRecognition(st *sentence, h *verbHit) bool {
	if h.status != dyad.Negated || !strings.HasPrefix(h.code, "054") {
		return false
	}
	for j := h.head - 1; j >= 0 && j >= h.head-3; j-- {
		switch t := st.toks[j]; {
		case t.Tag == "MD":
			return false // "would never recognise the new state" refuses (120)
		case t.Tag == "RB" || t.Lower == "not" || t.Lower == "n't":
			continue
		}
		break
	}
	return true
}
