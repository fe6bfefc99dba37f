package events

import "github.com/dyad-events/dyad/actors"

// People a state returns to another country are that country's people:
// "North Korea returned seven fishermen and their boat to South Korea"
// is PRK 0841 KORCVL (gold W42011), the fishermen going home. The object
// names no nationality of its own, so the resolver had given it the
// returning state's (PRKCVL); the country the people are sent "to"
// tells whose they are. A nationality written in the object keeps it
// ("returned four Thai fishermen to Thailand" stays THA, "returned two
// North Korean soldiers to Seoul" stays PRK).

// returnedHome gives a return or repatriation (0841) of people named
// with no nationality the country named after "to" in the same clause,
// when it is not the returning state's own.
func (c *Coder) returnedHome(st *sentence, h *verbHit) {
	if h.code != "0841" || len(h.target) != 1 || len(h.source) == 0 || h.passive || h.p == nil || h.p.Noun {
		return
	}
	toks := st.toks
	switch toks[h.head].Lemma {
	case "return", "repatriate", "send", "hand":
	default:
		return
	}
	t := h.target[0]
	if t.Kind == actors.KindCountry || t.Kind == actors.KindCapital || t.Kind != "coref" && !t.Unresolved {
		return
	}
	for k := t.End; k+1 < len(toks) && k < t.End+8; k++ {
		w := toks[k]
		if w.Text == "," || w.Text == ";" || w.Lower == "that" || w.Lower == "who" || w.Lower == "which" || finite(w.Tag) {
			return
		}
		if w.Lower != "to" {
			continue
		}
		m := st.at[k+1]
		if m < 0 {
			return
		}
		dest := st.ments[m]
		if dest.Kind != actors.KindCountry && dest.Kind != actors.KindCapital || len(dest.Country) != 3 || dest.Country == h.source[0].Country {
			return
		}
		code := dest.Country
		for _, s := range t.Sectors {
			code += s
		}
		t.Country, t.Code, t.Name = dest.Country, code, c.matcher.Dictionary().Name(dest.Country)
		h.target = []actors.Mention{t}
		return
	}
}
