package events

import (
	"slices"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// possessedWeaponSource returns, for a pattern whose words open with a
// weapon noun after a possessive pronoun ("Israel's military said its
// jets struck Hezbollah targets": the pattern is "jets struck"), the
// resolved mention of those weapons, whose owner the pronoun names
// (resolve: ISRMIL), as the act's source; nil when the head is no such
// weapon or its owner is not named before it in the sentence. "Israeli
// jets struck" is coded by the adjective before the pattern; this is the
// same act with "its".
func possessedWeaponSource(st *sentence, head int) []actors.Mention {
	if head < 1 || head >= len(st.at) || !ownWeapon(st.toks[head].Lower) {
		return nil
	}
	if p := st.toks[head-1]; p.Lower != "its" && p.Lower != "their" {
		return nil
	}
	k := st.at[head]
	if k < 0 {
		return nil
	}
	m := st.ments[k]
	if m.Unresolved || m.Country == "" {
		return nil
	}
	for _, o := range st.ments[:k] {
		if o.Country == m.Country && !o.Unresolved && o.End < head {
			return []actors.Mention{m} // the owner is named before
		}
	}
	return nil
}

// namedBeforeCountry reports a mention of the state country among ms
// starting before token i.
func namedBeforeCountry(ms []actors.Mention, i int, country string) bool {
	for _, m := range ms {
		if m.Start < i && m.Country == country {
			return true
		}
	}
	return false
}

// compared reports a mention that a comparison phrase names ("Like Isis,
// they killed dozens", "unlike Russia", "more than China"): whom the
// subject is likened to, never what a pronoun after it means.
func compared(toks []dyad.Token, m actors.Mention) bool {
	k := m.Start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "like", "unlike", "than":
		return true
	}
	return false
}

// candidateOwner returns, for an act on "its"/"their" accession,
// membership, bid or application the verb's words name ("ratify
// {accession}" with its pronoun) or right after them ("Sweden moved
// closer to joining NATO after the Turkish parliament ratified its
// accession protocol"), the state named before the verb that is not the
// act's source: one does not ratify or approve one's own accession; nil
// when there is none.
func candidateOwner(st *sentence, h *verbHit) []actors.Mention {
	k := h.head + 1 // "ratified its accession": the pronoun inside the pattern's words or right after them
	for k <= h.end && k < len(st.toks) && st.toks[k].Lower != "its" && st.toks[k].Lower != "their" {
		k++
	}
	if k > h.end || k+1 >= len(st.toks) {
		return nil
	}
	found := false
	for j := k + 1; j < len(st.toks) && j <= k+3; j++ {
		switch st.toks[j].Lower {
		case "accession", "membership", "bid", "application", "candidacy":
			found = true
		}
	}
	if !found {
		return nil
	}
	return referentBefore(st, h, k, func(mt actors.Mention) bool {
		// a state, not the source's own
		return !mt.Unresolved && mt.Country != "" && (mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital) &&
			!slices.ContainsFunc(h.source, func(s actors.Mention) bool { return s.Country == mt.Country })
	})
}
