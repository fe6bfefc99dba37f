package events

// The partner of relations a comment is about. "Park said she hoped the
// first reunions in more than three years of families separated by the
// Korean War would open a new chapter in relations with North Korea" is
// KORGOV 013 PRK (dev wire W34027): the state the relations are with is
// the comment's target, however far the hoped clause puts it from the
// verb (the object finder looks ten words past it).

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// relationsPartner returns, for a public comment (root 01) with no
// target, the actor right after "relations with" or "ties with" ("the"
// between allowed) later in its clause, within 40 tokens of the verb and
// before a comma, semicolon, colon or "but": the state the relations are with.
// nil when there is none, or when it is the comment's own source's
// state (a pronoun's source is found later).
func (c *Coder) relationsPartner(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "01" {
		return nil
	}
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k < h.head+40; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "but":
			return nil
		case "relations", "ties":
		default:
			continue
		}
		if toks[k+1].Lower != "with" {
			continue
		}
		j := pastThe(toks, k+2)
		m := st.at[j]
		if m < 0 || st.ments[m].Start != j || st.ments[m].Country == "" || len(h.source) > 0 && st.ments[m].Country == h.source[0].Country {
			return nil
		}
		return c.group(st, m)
	}
	return nil
}

// relationsTarget returns the partner of relationsPartner for a comment
// whose source src was found its own target (its own state named: "the
// Korean War"), when that partner is another state's; else nil, no
// target.
func (c *Coder) relationsTarget(st *sentence, h *verbHit, src *actors.Mention) *actors.Mention {
	r := c.relationsPartner(st, h)
	if len(r) == 0 || r[0].Country == src.Country {
		return nil
	}
	return &r[0]
}
