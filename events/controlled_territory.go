package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// stateControlledGround returns the state whose ground an attack with no
// target hit when its object, or a place phrase "into/on/in/at" right
// after the verb's words, is ground a state's demonym says it controls
// or administers: "India fired missiles into Pakistani-controlled
// territory" IND 195 PAK, "shelled Pakistani-administered Kashmir". The
// demonym (an adjective entry of the dictionary, "Pakistani") names the
// state; a group's word ("rebel-held", "Houthi-controlled": conflict.go
// controlledPlace) or a state's own ground ("Indian-controlled" after
// "India") gives nothing, nor does "-occupied" or "-held" (ground one
// state holds of another's). The mention's text is the modifier word.
func (c *Coder) stateControlledGround(st *sentence, h *verbHit, src actors.Mention) *actors.Mention {
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+7; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "by" || w == "from" || w == "near" || w == "and" || toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" {
			return nil
		}
		state := strings.TrimSuffix(strings.TrimSuffix(w, "-controlled"), "-administered")
		if state == w {
			continue
		}
		for _, e := range c.matcher.Dictionary().Lookup(state) {
			if e.Kind == actors.KindAdjective && len(e.Code) == 3 && e.Code != src.Country {
				return c.placeMention(e.Code, toks[k:k+1], st.s.Text)
			}
		}
		return nil
	}
	return nil
}
