package events

// The recipient of an aid agreement. "Japan signed an agreement on
// Wednesday to give Ivory Coast 3 billion yen in grants" is JPN 057 CIV
// (dev wire W37044): a signing with no partner named whose agreement is
// to give, lend, grant or provide something to a state signs with that
// state, the one way the gold codes it (the giver signs; the recipient's
// own signing is not told).

import "github.com/dyad-events/dyad/actors"

// agreedRecipient returns, for a signing (057) by src with no target, the
// state named right after "to give", "to lend", "to grant" or "to
// provide" ("the" between allowed) within eight tokens after the pattern
// and before a comma or semicolon; nil when there is none or it is src's
// own state.
func (c *Coder) agreedRecipient(st *sentence, h *verbHit, src *actors.Mention) *actors.Mention {
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return nil
		}
		if toks[k].Lower != "to" {
			continue
		}
		switch toks[k+1].Lemma {
		case "give", "lend", "grant", "provide":
		default:
			return nil
		}
		j := pastThe(toks, k+2)
		m := st.at[j]
		if m < 0 || st.ments[m].Start != j || st.ments[m].Country == "" || st.ments[m].Country == src.Country || st.ments[m].Place {
			return nil
		}
		g := c.group(st, m)
		return &g[0]
	}
	return nil
}
