package events

// The state an inquiry into harm done to people in its land is aimed at:
// "began an inquiry into reported killings of civilians in Ethiopia's
// Tigray region" IGOAFRAFU 092 ETH, "ordered an investigation into the
// deaths of 24 people in Colombia's raid on a FARC camp" ECUGOV 093 COL.
// The victims are no target (CODING.md: whose conduct is investigated is;
// targets_inquiry.go), but the actors matcher reads "civilians in
// Ethiopia's" as one mention of the victims, placed, and possessive by the
// place's "'s": the owner of the region or of the act named after it is
// the state looked into, when the inquiry is another's. A state probing
// deaths on its own soil aims at no one named.

import (
	"github.com/dyad-events/dyad/actors"
)

// placedVictimsOwner returns the state owning the place or act after the
// "in" inside mention mt (victims located by a possessive place, the
// object of h's "into" phrase): true with its mention when mt is such a
// victims mention, nil when the state is h's source's own; false when mt
// is not one.
func (c *Coder) placedVictimsOwner(st *sentence, h *verbHit, mt actors.Mention) ([]actors.Mention, bool) {
	toks := st.toks
	if !mt.Possessive || mt.Place || mt.Person || len(mt.Country) != 3 || !hasSector(mt, "CVL", "REF") || mt.End >= len(toks) || !isPossTok(toks[mt.End]) {
		return nil, false
	}
	in := -1
	for k := mt.Start + 1; k < mt.End-1; k++ {
		if toks[k].Lower == "in" {
			in = k
			break
		}
	}
	if in < 0 {
		return nil, false
	}
	if len(h.source) > 0 && h.source[0].Country == mt.Country {
		return nil, true
	}
	return []actors.Mention{*c.placeMention(mt.Country, toks[in+1:mt.End], st.s.Text)}, true
}
