package events

// The one released named by a possessive pronoun before the release
// noun: "Pakistan's Supreme Court ruled that Imran Khan's arrest was
// illegal and ordered his release" (PAKJUD 0841 PAKOPP), "the court
// heard the appeal of two Reuters reporters and ordered their release".
// The pronoun's referent is the nearest actor named before the verb
// that is not the verb's own subject; "his" and "her" take a person or
// one named by a singular role noun ("journalist Evan Gershkovich"),
// "their" a group or a plural.

import "github.com/dyad-events/dyad/actors"

// releasedPossessor returns the referent of "his", "her" or "their" right
// before the noun of a release hit h (08x4, "ordered his release"), and
// whether h is one; nil with true when no referent fits.
func (c *Coder) releasedPossessor(st *sentence, h *verbHit) ([]actors.Mention, bool) {
	if len(h.code) < 3 || h.code[:3] != "084" || !h.p.has(flagNeedTarget) {
		return nil, false
	}
	toks := st.toks
	for j := h.head + 1; j+1 < h.end; j++ {
		w := toks[j].Lower
		if w != "his" && w != "her" && w != "their" {
			continue
		}
		if toks[j+1].Lemma != "release" && toks[j+1].Lower != "freedom" {
			return nil, false
		}
		return referentBefore(st, h, j, func(mt actors.Mention) bool {
			if w == "their" {
				return mt.Plural || mt.Kind != actors.KindPerson && !mt.Person
			}
			return mt.Person || mt.Kind == actors.KindPerson || mt.Kind == actors.KindAgent && !mt.Plural
		}), true
	}
	return nil, false
}
