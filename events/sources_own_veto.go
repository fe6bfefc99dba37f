package events

// The user of a body's power: "Russia's use of its United Nations Security
// Council veto" is Russia's veto, cast in the council, not the council's.
// The body named after "its" is the forum; the owner of "use of" is who
// acts.

import "github.com/dyad-events/dyad/actors"

// usedOwnPower returns the state that uses the nominal act h ("Russia's use
// of its UN Security Council veto"): the possessive mention before "use of
// its", when h's source is the body named right after "its" (st: the coded
// sentence). Nil when the phrase is not there.
func usedOwnPower(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if len(h.source) != 1 {
		return nil
	}
	s := h.source[0].Start
	if s < 4 || s > h.head || toks[s-1].Lower != "its" || toks[s-2].Lower != "of" || toks[s-3].Lower != "use" {
		return nil
	}
	for _, m := range st.ments {
		if (m.End == s-3 && m.Possessive || m.End == s-4 && isPossTok(toks[s-4])) && len(m.Country) == 3 && !m.Person {
			m.Possessive = false
			return []actors.Mention{m}
		}
	}
	return nil
}
