package events

// Counterparts hold the owner's office. "Bangladesh's border guards
// rejected a request from their Indian counterparts" is BGDMIL 1212 INDMIL
// (dev wire W38045): the counterparts of border guards are the other
// state's border guards, not its government, which the dictionary's
// "counterparts" (GOV, for ministers' counterparts) gave.

import "strings"

// sameOfficeCounterparts recodes each "counterpart(s)" of another state
// after "his", "her", "its" or "their" (a state's adjective between
// allowed: "their Indian counterparts") coded as that state's government
// to the role of its owner, the nearest actor before it of another state
// with a single role other than GOV (border guards MIL, police COP,
// prosecutors JUD); an owner with no role, or GOV, leaves it.
func sameOfficeCounterparts(st *sentence) {
	toks := st.toks
	for k := range st.ments {
		m := &st.ments[k]
		w := toks[m.End-1].Lower
		if w != "counterpart" && w != "counterparts" || m.Country == "" || m.Code != m.Country+"GOV" || m.Person {
			continue
		}
		b := m.Start - 1
		for b >= 0 && toks[b].Tag == "NNP" && b > m.Start-3 {
			b-- // "their Indian counterparts" read as two mentions
		}
		if b < 0 {
			continue
		}
		switch toks[b].Lower {
		case "his", "her", "its", "their":
		default:
			continue
		}
		for j := k - 1; j >= 0; j-- {
			o := st.ments[j]
			if o.Modifier || o.Place || o.Country == "" || o.Country == m.Country || o.End > m.Start {
				continue
			}
			if len(o.Sectors) == 1 && o.Sectors[0] != "GOV" && strings.HasPrefix(o.Code, o.Country) {
				m.Code, m.Sectors = m.Country+o.Sectors[0], []string{o.Sectors[0]}
			}
			break
		}
	}
}
