package events

// Local officials named with "of" and their place after the title ("the
// mayor of Lviv", "the governor of Kano state"): the place gives the
// official's state, as a place before the title does ("Lviv mayor",
// jurisdictionCountry in actors_places.go), and the phrase is one
// mention, so that an unknown name before it in apposition ("Andriy
// Sadovyi, the mayor of Lviv, accused …") or a verb after it finds the
// official.

import "github.com/dyad-events/dyad/actors"

// jurisdictionAfter returns the state of the place named after a local
// official's title and "of" ("the mayor of Lviv" UKR, "the governor of
// Kano state" NGA, "the premier of Ontario" CAN), with the end of the
// place's name (past "state", "province" or "county"): the title's last
// word is one of [local titles] (data/words.txt), the place is the whole
// capitalised name there (not "the governor of Florida State
// University"); "" and m.End when no such place follows.
func (c *Coder) jurisdictionAfter(st *sentence, m actors.Mention) (string, int) {
	toks := st.toks
	j := m.End + 1
	if j >= len(toks) || toks[m.End].Lower != "of" || !st.words.localTitles[toks[m.End-1].Lower] {
		return "", m.End
	}
	p, n, ok := c.placeAt(st, j, len(toks), 3)
	if !ok || nameGoesOn(toks, j+n) && !regionWord(toks, j+n) || featureName(toks, j+n) {
		return "", m.End
	}
	if regionWord(toks, j+n) {
		n++
	}
	return p.Country, j + n
}

// widenToJurisdiction makes each local official's mention that
// jurisdictionAfter placed take in its "of" phrase ("the mayor of Lviv"
// is one mention, UKRGOV, as "Lviv's mayor" is), dropping the place's own
// mention when the place is a capital ("the mayor of Kyiv": no second
// actor, UKR), so that a verb after the phrase finds the official as its
// subject. st.ments is rewritten in place, in order.
func (c *Coder) widenToJurisdiction(st *sentence) {
	out := st.ments[:0]
	end := -1
	for _, m := range st.ments {
		if m.Start < end {
			continue // inside the phrase of the official before
		}
		if !m.Place && !m.Modifier && !m.Person && len(m.Country) == 3 && hasSector(m, "GOV") {
			if country, e := c.jurisdictionAfter(st, m); country == m.Country && e > m.End {
				m.End, end = e, e
				m.Span[1] = st.toks[e-1].End
				m.Text = st.s.Text[m.Span[0]:m.Span[1]]
			}
		}
		out = append(out, m)
	}
	st.ments = out
}
