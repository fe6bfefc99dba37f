package events

// Who arrests: a state's police, forces or government, not the armed
// men, protesters or people a sentence's grammar put before the verb.
// "The Palestinian Authority launched a crackdown on Islamic militants
// arresting more than 70 members of Hamas" is the Authority's arrest, not
// the militants'; "police clashed with armed protesters as they tried to
// arrest a Hamas leader" the police's.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// arrestAgent returns the state body that makes the arrest h (173…)
// whose source is no state body (rebels, unidentified gunmen, criminals,
// civilians, opposition; a state named alone is one: "Israel indicts a
// teenage girl"): the sentence's nearest actor with a country and the
// role of police, army, security service, government or court before the
// verb, else the first after it, never the one arrested. It returns nil
// when the sentence names none (an armed group that holds territory
// detains: "the SDF has detained 900 foreign fighters"), when the arrest
// is told in the passive (its by-agent is its source), and when the
// source is the subject of a finite verb ("Houthi fighters placed him
// under house arrest", "Hamas, which has detained two men"); a
// participle ("militants arresting"), an infinitive ("as they tried to
// arrest") or a noun ("confirmed the arrests") is read again.
func arrestAgent(st *sentence, h *verbHit) []actors.Mention {
	if !strings.HasPrefix(h.code, "173") || len(h.source) != 1 || h.passive {
		return nil
	}
	s := h.source[0]
	if len(s.Sectors) == 0 || hasSector(s, "GOV", "MIL", "COP", "SPY", "JUD", "LEG") {
		return nil
	}
	if toks := st.toks; !h.p.Noun {
		switch t := toks[h.head]; {
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP", t.Tag == "VBN" && h.head > 0 && (haveForm(toks[h.head-1].Lower) || beForm(toks[h.head-1].Lower)):
			return nil // "Houthi fighters placed him under house arrest": a named subject's own finite verb
		}
	}
	state := func(m actors.Mention) bool {
		for _, t := range h.target {
			if t.Start == m.Start {
				return false // the one arrested
			}
		}
		return m.Country != "" && !m.Modifier && !m.Place && !m.Unresolved && hasSector(m, "GOV", "MIL", "COP", "SPY", "JUD")
	}
	for k := len(st.ments) - 1; k >= 0; k-- {
		if m := st.ments[k]; m.End <= h.head && state(m) {
			return []actors.Mention{m}
		}
	}
	for _, m := range st.ments {
		if m.Start >= h.end && state(m) {
			return []actors.Mention{m}
		}
	}
	return nil
}
