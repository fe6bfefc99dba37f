package events

import "github.com/dyad-events/dyad/actors"

// ownVictimTargets gives each of a list of sources its own civilians as
// the target of mass violence or an assault that names no victim and no
// place (refine: the perpetrator's own civilians): "The United States
// accused China, Russia and Iran of ethnic cleansing" is CHN 203 CHNCVL,
// RUS 203 RUSCVL and IRN 203 IRNCVL, not every accused against the first
// one's people. It answers false unless the one target is still the
// implicit civilians of the first source's country.
func (c *Coder) ownVictimTargets(h *verbHit, srcs, tgts []actors.Mention) ([]actors.Mention, bool) {
	if !h.ownVictims || len(srcs) < 2 || len(tgts) != 1 || srcs[0].Country == "" {
		return nil, false
	}
	t := tgts[0]
	if t.Code != srcs[0].Country+"CVL" || t.Text != "" {
		return nil, false
	}
	out := make([]actors.Mention, len(srcs))
	for a, s := range srcs {
		out[a] = t
		if s.Country == "" {
			return nil, false
		}
		out[a].Code, out[a].Country, out[a].Name = s.Country+"CVL", s.Country, c.matcher.Dictionary().Name(s.Country)
	}
	return out, true
}
