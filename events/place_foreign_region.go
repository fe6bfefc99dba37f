package events

import (
	"strings"

	"github.com/dyad-events/dyad/gazetteer"
)

// foreignRegion reports a first-level region p named at tokens j to j+n
// that the sentence shows to be a namesake the gazetteer does not know:
// the name modifies a common noun ("the Litoral penitentiary", a
// building named after a region), the sentence names no actor of p's
// country, and it names a city of a country one of its actors belongs to
// ("… at the Litoral penitentiary in Guayaquil … in Ecuador's history":
// Ecuador's coastal Litoral, not Equatorial Guinea's province). The
// sentence's country wins: the name is no place, and the city after it
// places the event.
func (c *Coder) foreignRegion(st *sentence, p gazetteer.Place, j, n int) bool {
	toks := st.toks
	e := j + n
	if p.Kind != gazetteer.KindRegion || e >= len(toks) || !strings.HasPrefix(toks[e].Tag, "NN") || startsUpperASCII(toks[e].Text) || st.words.regionHead(toks[e].Lower) {
		return false
	}
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	named := map[string]bool{}
	for _, m := range ms {
		if len(m.Country) == 3 {
			named[m.Country] = true
		}
	}
	if len(named) == 0 || named[p.Country] {
		return false
	}
	for k := 0; k < len(toks); k++ {
		if k >= j && k < e || !startsUpperASCII(toks[k].Text) || toks[k].Tag != "NNP" {
			continue
		}
		for w := 3; w >= 1; w-- {
			if k+w > len(toks) || k < e && k+w > j {
				continue
			}
			q, ok := c.gaz.Lookup(st.s.Text[toks[k].Start:toks[k+w-1].End])
			if ok && (q.Kind == gazetteer.KindCity || q.Kind == gazetteer.KindCapital) && named[q.Country] {
				return true
			}
			if ok {
				break
			}
		}
	}
	return false
}
