package events

// A promise made to the leader just met. "Chinese President Xi Jinping
// received Kyrgyz President Sooronbay Jeenbekov in Beijing on Wednesday
// and promised to help finance a new highway" is CHNGOV 0331 KGZ (dev
// wire W38012): an intent (root 03) told in a conjunct after a meeting,
// visit or hosting (root 04) of the same subject, with no target of its
// own, is made to the state of the one met, the state itself (the aid is
// the country's).

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// metPartnerState returns the state of the object of a meeting verb (a
// hit of root 04 with a finite head) that the intent h continues after
// "and" (adverbs between allowed), when that object is the first actor
// after the meeting verb and of another state than src's; nil otherwise.
func (c *Coder) metPartnerState(st *sentence, h *verbHit, src *actors.Mention) *actors.Mention {
	toks := st.toks
	a := h.head - 1
	for a >= 0 && toks[a].Tag == "RB" {
		a--
	}
	if a < 1 || toks[a].Lower != "and" || !finite(toks[h.head].Tag) {
		return nil
	}
	for _, g := range st.hits {
		if g.head >= a || g.head < a-20 || cameo.Root(g.code) != "04" || !finite(toks[g.head].Tag) {
			continue
		}
		for k := g.head + 1; k < a; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag) {
				break
			}
			m := st.at[k]
			if m < 0 {
				continue
			}
			mt := st.ments[m]
			if mt.Place || mt.Modifier || mt.Country == "" || mt.Country == src.Country {
				break
			}
			mt.Code, mt.Sectors = mt.Country, nil
			return &mt
		}
	}
	return nil
}
