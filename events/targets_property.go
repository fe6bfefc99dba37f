package events

// The owner of property destroyed. A destruction of property (1712:
// houses, villages, mosques, cars set on fire, razed or blown up) is
// coded with whose property it was, and the gold sets name that owner
// by the place more often than by a word for the people: "Israeli
// settlers set fire to houses and cars in the Palestinian town of
// Huwara" ISRCVL 1712 PSE, "set fire to a mosque in a West Bank
// village" PSE, "Myanmar's army burned Rohingya villages in Rakhine
// state" MMRMIL 1712 MMRCVL. The act's object names no actor, so the
// object scan finds none and unaimed drops the event; propertyOwner
// reads the owner the way conflict.go reads the place of an attack.

import (
	"github.com/dyad-events/dyad/actors"
)

// propertyOwner gives a destruction of property (1712) with no target the
// owner of what was destroyed: the state of the place it stands in
// (attackPlace: "in the Palestinian town of Huwara" PSE); when that place
// is in the source's own state, a state's force (or its people: settlers,
// mobs) destroyed its own people's property, whose owner is that state's
// civilians (MMRCVL), as the gold README's convention on attacks at home
// gives, when the object is a home, a village, a place of worship or a
// livelihood ([dwelling nouns]; a road or railway blown up at home keeps
// no owner, "North Korea blew up sections of roads on its side of the
// border"); an armed group's destruction at home is aimed at the state (as
// conflict.go codes its attacks). A target already found, an owner the
// object names with a pronoun ("burned their villages": the coder's own
// reading of the pronoun), a pattern that needs its target named (the
// bare "destroy": "corralled and destroyed in Idlib" destroys no
// property) or no place read leave h as it is.
func (c *Coder) propertyOwner(st *sentence, h *verbHit) {
	if h.code != "1712" || len(h.target) > 0 || len(h.source) == 0 || h.passive || h.p.has(flagNeedTarget) || ownedObject(st.toks, h) {
		return
	}
	src := h.source[0]
	t := c.attackPlace(st, h)
	if t == nil {
		t = nationalPlace(st, h)
	}
	if t == nil || t.Country == "" {
		return
	}
	v := *t
	if v.Country == src.Country && !nonState(src) {
		if !st.words.dwellingNouns.anyIn(st.toks[h.head:min(h.end+4, len(st.toks))]) {
			return // "Serbian forces blew up the railway line near Kraljevo": no one's home
		}
		v.Code, v.Sectors, v.Kind = v.Country+"CVL", []string{"CVL"}, "coref"
	} else {
		v.Code, v.Sectors = v.Country, nil
	}
	v.Place = false
	h.target = []actors.Mention{v}
}

// nationalPlace returns the country of a place the gazetteer does not know
// that the clause after h names by its nationality: "in the Palestinian
// town of Huwara", "in a Ukrainian village" (a nationality adjective right
// before a noun of a kind of place, after "in" or "near" and an article);
// nil when there is none before a comma.
func nationalPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return nil
		}
		if toks[k].Lower != "in" && toks[k].Lower != "near" {
			continue
		}
		j := k + 1
		if toks[j].Tag == "DT" {
			j++
		}
		m := st.at[j]
		if m < 0 || j+1 >= len(toks) {
			continue
		}
		mt := st.ments[m]
		if mt.Modifier && mt.Country != "" && mt.End < len(toks) && kindNoun(toks[mt.End].Lower) {
			v := mt
			v.Modifier = false
			return &v
		}
	}
	return nil
}
