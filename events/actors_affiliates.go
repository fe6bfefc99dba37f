package events

// Armed men loyal to a transnational militant group: "Militants loyal to
// Islamic State killed 12 villagers near Beni" names a local affiliate,
// not the group itself, and takes the country where it fights (DESIGN.md:
// non-state groups take the country where they fight), as REB: CODREB,
// as the gold files code "Islamist militants loyal to Islamic State seized
// parts of … Marawi" (PHLREB). The group named alone ("Islamic State
// militants killed …") keeps its own code. A sentence with no place
// leaves the group's code.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// loyalAffiliate returns the country code (three letters) of the place
// the sentence names, whose REB the armed men loyal to mt are, when mt is
// an international militarised group (actor code IMG…, no country) and
// the sentence names a place the gazetteer or actor dictionary knows
// (anyPlaceCountry); "" otherwise.
func (c *Coder) loyalAffiliate(st *sentence, mt actors.Mention) string {
	if mt.Country != "" || !strings.HasPrefix(mt.Code, "IMG") {
		return ""
	}
	cc := c.anyPlaceCountry(st, st.ments, nil)
	if len(cc) != 3 {
		return ""
	}
	return cc
}
