package events

// A hope told as a clause. "Park said she hoped the first reunions …
// would open a new chapter in relations with North Korea" is an
// optimistic comment (013), as the open gold codes it (dev wire W34027),
// where "hope" was read only as an intent verb before an infinitive
// ("hopes to visit Moscow"). The clause must have its own modal verb
// ("would", "will") before any clause break.

import "github.com/dyad-events/dyad"

// hopedClauses recodes an intent hit of "hope" (030) followed by a
// clause (not "to" or "for") with a modal, as 013.
func (c *Coder) hopedClauses(st *sentence, hits []verbHit) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if h.code != "030" || !h.p.has(flagIntent) || h.p.has(flagThreat) || len(h.p.Slots) != 1 || toks[h.head].Lemma != "hope" || toks[h.head].Tag == "NN" || toks[h.head].Tag == "NNS" {
			continue
		}
		if !hopeClause(toks, h.head+1) {
			continue
		}
		m := *h.p
		m.Flags &^= flagIntent
		m.Code = "013"
		h.p, h.code = &m, "013"
	}
}

// hopeClause reports a clause from token i ("that" optional) with a modal
// verb within twenty tokens and no clause break before it.
func hopeClause(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "to", "for", ",", ".":
		return false
	case "that":
		i++
	}
	for j := i + 1; j < len(toks) && j < i+20; j++ {
		switch toks[j].Lower {
		case "would", "will":
			return true
		case ",", ";", ":", ".", "but", "and":
			return false
		}
	}
	return false
}
