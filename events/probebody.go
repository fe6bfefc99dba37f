package events

import "github.com/dyad-events/dyad/actors"

// probeBody reports a source mention m that names a state body which
// investigates ("Lesotho's anti-graft bureau", "the country's corruption
// watchdog", "the ombudsman", "Peru's comptroller"): a word of [probe body
// words] inside the mention, and the mention a government's (GOV).
// Questioning, a search or a raid by such a body is a probe (091), as by
// police or prosecutors, and so is any investigation it opens; refine
// drops 091 for other sources ("Moscow questioned Kyiv's commitment":
// doubt).
func (c *Coder) probeBody(st *sentence, m actors.Mention) bool {
	if !hasSector(m, "GOV") || m.Start < 0 || m.End > len(st.toks) || m.Start >= m.End {
		return false
	}
	return c.words.probeBodies.anyIn(st.toks[m.Start:m.End])
}
