package events

// A wreath or flowers laid at a memorial to another country's dead honour
// that country: the symbolic act (017) is aimed at the state, never at
// the soldiers, fighters or victims the memorial names.
//
//	"Japan's prime minister laid flowers at a memorial to Philippine war dead in Manila"   JPNGOV 017 PHL
//	"Bhutan's king laid a wreath at a memorial to Indian soldiers in Thimphu"              BTNGOV 017 IND
//
// A memorial to the source's own people ("a memorial to victims of the
// Holodomor famine in Kyiv" laid by Ukraine's president) keeps what the
// object scan found.

import (
	"github.com/dyad-events/dyad/actors"
)

// memorialTarget recodes the target of a symbolic act (017) that honours
// the people named after "memorial to", "monument to" or "memorial for",
// within eight words of the verb: the first state-bound mention (an
// adjective like "Philippine" too) in the four words after "to" or "for"
// gives its country code alone, unless it is the source's own country.
func (c *Coder) memorialTarget(st *sentence, h *verbHit) {
	if h.code != "017" || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k <= h.end+8; k++ {
		if toks[k].Lower != "memorial" && toks[k].Lower != "monument" && toks[k].Lower != "memorials" && toks[k].Lower != "monuments" {
			continue
		}
		if toks[k+1].Lower != "to" && toks[k+1].Lower != "for" {
			return
		}
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			m := st.at[j]
			if m < 0 {
				continue
			}
			mt := st.ments[m]
			if mt.Country == "" || len(mt.Country) != 3 {
				return
			}
			if mt.Country == h.source[0].Country {
				return
			}
			h.target = []actors.Mention{bareCountry(c, mt)}
			return
		}
		return
	}
}
