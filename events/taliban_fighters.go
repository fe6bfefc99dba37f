package events

// The Taliban's fighters facing another state's forces once the Taliban
// govern Afghanistan: "Tajik border guards and Taliban fighters exchanged
// fire" is Afghanistan's armed forces (AFGMIL), as "Taliban forces" are
// (gold README, conventions 8); the dictionary codes "Taliban" AFGGOV
// from 2021-08-15, and a bare "fighters" adds no sector to it.

import "strings"

// governingFighters recodes, in place, each "Taliban fighters" mention
// coded AFGGOV (the story's date is after 2021-08-15) to AFGMIL when the
// sentence also names the armed or police forces (MIL, COP) of another
// state: a clash of two states' forces.
func governingFighters(st *sentence) {
	var idx []int
	foreign := false
	for k, m := range st.ments {
		switch {
		case m.Code == "AFGGOV" && strings.HasPrefix(m.Text, "Taliban") && m.End < len(st.toks) && (st.toks[m.End].Lower == "fighters" || strings.HasSuffix(m.Text, "fighters")):
			idx = append(idx, k)
		case len(m.Country) == 3 && m.Country != "AFG" && hasSector(m, "MIL", "COP") && !m.Modifier:
			foreign = true
		}
	}
	if !foreign {
		return
	}
	for _, k := range idx {
		st.ments[k].Code, st.ments[k].Sectors = "AFGMIL", []string{"MIL"}
	}
}
