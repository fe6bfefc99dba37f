package events

// A counterpart named with "his", "her" or "its" and no nationality is the
// same office of the other state the sentence names, never of the owner's
// own: "Germany's foreign minister visited Nairobi on Monday and held
// talks with his counterpart" meets Kenya's government (DEUGOV 046
// KENGOV each way), as "his Kenyan counterpart" does. The context
// resolver gives a bare counterpart the story's (the owner's) state.
//
//	"Germany's foreign minister visited Nairobi and held talks with his counterpart"   DEUGOV 046 KENGOV, KENGOV 046 DEUGOV

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// otherCounterparts recodes each bare "counterpart(s)" after "his", "her"
// or "its" (no nationality word, no "in"/"from" after it: "its
// counterparts in Germany" is counterpartsIn's) whose state is the owner's
// to the state of the nearest state named before it that is not the
// owner's: a country, a capital or another state's actor, no modifier
// ("Russian sabotage plots"). The office (GOV, SPY…) stays. With no other
// state named, or two other states before it (whose counterpart the text
// does not tell), the mention is left as it was.
func otherCounterparts(st *sentence, names func(string) string) {
	toks := st.toks
	for k := range st.ments {
		m := &st.ments[k]
		if m.End != m.Start+1 || m.Start < 1 || len(m.Country) != 3 || m.Person || !strings.HasPrefix(m.Code, m.Country) {
			continue
		}
		switch toks[m.Start].Lower {
		case "counterpart", "counterparts":
		default:
			continue
		}
		switch toks[m.Start-1].Lower {
		case "his", "her", "its":
		default:
			continue
		}
		if m.End < len(toks) && (toks[m.End].Lower == "in" || toks[m.End].Lower == "from") {
			continue
		}
		other, n := "", 0
		for j := k - 1; j >= 0; j-- {
			r := st.ments[j]
			if r.Modifier || len(r.Country) != 3 || r.Country == m.Country || r.Country == other {
				continue
			}
			if other == "" {
				other = r.Country
			}
			n++
		}
		if other == "" || n > 1 || !ownerNamed(st.ments[:k], m.Country) {
			continue
		}
		m.Code = other + m.Code[len(m.Country):]
		m.Country, m.Name = other, names(other)
	}
}

// ownerNamed reports whether ms names an actor of country that is no
// modifier: the counterpart's owner, before it in the sentence.
func ownerNamed(ms []actors.Mention, country string) bool {
	for _, r := range ms {
		if !r.Modifier && r.Country == country {
			return true
		}
	}
	return false
}

// otherCounterpart reports whether mention m of st is a bare counterpart
// ("his counterpart") of a state other than h's source's, which
// otherCounterparts gave it: the source's partner, not its own office.
func otherCounterpart(st *sentence, h *verbHit, m int) bool {
	t := st.ments[m]
	if len(h.source) == 0 || t.End != t.Start+1 || t.Country == "" || t.Country == h.source[0].Country {
		return false
	}
	w := st.toks[t.Start].Lower
	return w == "counterpart" || w == "counterparts"
}
