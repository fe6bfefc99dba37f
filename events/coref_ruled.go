package events

// Bodies of a territory named by who rules it: "the Hamas-run health
// ministry", "the Houthi-controlled port authority", "the Taliban-run
// interior ministry". Such a body is of the territory its rulers hold
// (PSE, YEM, AFG), whatever state the sentence names before it or the
// clause its attribution closes tells of: "Israeli aircraft bombed a
// school in Gaza City, the Hamas-run health ministry said" is reported by
// PSEGOV, not by an Israeli ministry. A sponsor or a leader ("Iran-backed",
// "Saudi-led") names no territory.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// ruledBodyCountry returns the country of a group named as the ruler of
// the unresolved state body ms[k] right before it: "the Hamas-run health
// ministry" is the Palestinian territories' (PSE), "the Houthi-controlled
// port authority" Yemen's, whatever state the sentence names before or
// the clause it closes tells of ("Israeli aircraft bombed a school, the
// Hamas-run health ministry said" is no Israeli ministry). "-backed",
// "-allied" or "-led" say who sponsors or leads, not whose territory: "".
func ruledBodyCountry(toks []dyad.Token, ms []actors.Mention, k int) string {
	if k == 0 {
		return ""
	}
	p, m := ms[k-1], ms[k]
	if !p.Modifier || p.End != m.Start || len(p.Country) != 3 || p.End < 1 || p.End > len(toks) {
		return ""
	}
	w := toks[p.End-1].Lower
	for _, suf := range [...]string{"-run", "-controlled", "-held", "-administered"} {
		if strings.HasSuffix(w, suf) {
			return p.Country
		}
	}
	return ""
}
