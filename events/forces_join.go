package events

// Forces that leave home to join a force or mission abroad are deployed
// there (074), not withdrawn from the place they leave: "Some 850
// Indonesian soldiers flew out of Jakarta on Thursday to join the U.N.
// peacekeeping force in southern Lebanon" is IDNMIL 074 LBN (gold W43029),
// and so are "Nepalese troops left Kathmandu to reinforce the U.N. mission
// in South Sudan" NPLMIL 074 SSD and "Rwandan soldiers left Kigali on
// Tuesday for the Central African Republic" RWAMIL 074 CAF. Forces that
// leave a foreign country ("French troops left Mali to join the force in
// Niger") keep their withdrawal, as do forces leaving with no purpose or
// destination abroad named ("the last soldiers left Kabul").

import "github.com/dyad-events/dyad/actors"

// leftToJoin recodes a withdrawal hit h (0874, or 0356 planned) whose
// force left its own state's ground (or no place named) as a deployment
// (074, 0334 planned) to the
// foreign country named after "for" right past the place left, or after
// "in" or "to" in a purpose infinitive of [mission joins]
// (data/words.txt: "to join the U.N. force in Lebanon"); both stand
// within ten tokens of the verb or place, with no comma or clause break
// between.
func (c *Coder) leftToJoin(st *sentence, h *verbHit) {
	code := "074"
	if h.code == "0356" && h.p != nil && h.p.has(flagForce) {
		code = "0334" // "will leave Kathmandu next week to join …": an intent (CODING.md)
	} else if h.code != "0874" {
		return
	}
	if len(h.source) != 1 || h.source[0].Country == "" || len(h.target) > 1 {
		return
	}
	src := h.source[0]
	from := h.end
	if len(h.target) == 1 {
		if h.target[0].Country != src.Country {
			return // leaving foreign ground is a withdrawal
		}
		if h.target[0].End > from {
			from = h.target[0].End
		}
	}
	toks := st.toks
	set := func(m actors.Mention) {
		h.code, h.target = code, []actors.Mention{m}
	}
	for k := from; k+1 < len(toks) && k < from+10; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," || toks[k].Text == ";" {
			return
		}
		if toks[k].Lower == "for" {
			if m, ok := c.foreignPlace(st, src, pastThe(toks, k+1)); ok {
				set(m) // "left Kigali for the Central African Republic"
			}
			return
		}
		if toks[k].Lower != "to" || !st.words.missionJoins[toks[k+1].Lemma] && !st.words.missionJoins[toks[k+1].Lower] {
			continue
		}
		for j := k + 2; j+1 < len(toks) && j < k+14; j++ {
			if isClauseBreak(toks, j) || toks[j].Text == "," || toks[j].Text == ";" {
				return
			}
			if toks[j].Lower == "in" || toks[j].Lower == "to" {
				if m, ok := c.foreignPlace(st, src, j+1); ok {
					set(m) // "to join the U.N. peacekeeping force in southern Lebanon"
				}
				return
			}
		}
		return
	}
}

// foreignPlace returns the country, or a place the gazetteer knows as its
// country, named within three tokens from k, when it is not the state of
// src.
func (c *Coder) foreignPlace(st *sentence, src actors.Mention, k int) (actors.Mention, bool) {
	toks := st.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		if m := st.at[j]; m >= 0 && st.ments[m].Kind == actors.KindCountry && len(st.ments[m].Sectors) == 0 {
			if st.ments[m].Country == src.Country {
				return actors.Mention{}, false
			}
			return st.ments[m], true
		}
		p, _, ok := c.placeAt(st, j, len(toks), 1)
		if !ok {
			continue
		}
		if p.Country == src.Country || p.Country == "" {
			return actors.Mention{}, false
		}
		m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
		m.Start, m.End = j, j+1
		return *m, true
	}
	return actors.Mention{}, false
}
