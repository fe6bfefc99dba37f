package events

// Organisations a state suspends. "Suspend" said bare (no object word of
// a pattern of its own: "suspended the talks", "suspended aid") is an
// administrative sanction (172) when a state, its government, courts,
// legislature or police suspend an organisation the dictionaries know:
// "Kenya's government suspended 15 non-governmental organisations" KENGOV
// 172 KENNGO, "Burkina Faso suspended the BBC and Voice of America" BFA
// 1721 GBRMED and USAMED (a news outlet silenced restricts political
// freedoms, 1721). A state suspending its own officials sanctions them
// too: "The Maldives suspended three deputy ministers" MDV 172 MDVGOV. An
// organisation of states suspending a member stays 160 ("The African
// Union suspended Mali"); anything else suspended bare is none
// (lexconflict.go).
//
// "Close" and "shut (down)" with the same targets were tried: one more
// right event on the open wire sets, two more false ones held out.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// restrictedOrg recodes a bare hit of "suspend" (h.p has the verb as its
// only slot, code 160) to 172, or 1721 for a news outlet, when
// stateActor(source) and the target, in the verb's object (objectOf), is
// an organisation (orgActor) or an official of the source's own state.
// Other hits are left as they are.
func restrictedOrg(st *sentence, h *verbHit) {
	if len(h.p.Slots) != 1 || len(h.source) == 0 || len(h.target) == 0 || h.code != "160" || st.toks[h.head].Lemma != "suspend" {
		return
	}
	src, t := h.source[0], h.target[0]
	if !stateActor(src) || !objectOf(st, h.head, t.Start) {
		return
	}
	if !orgActor(t) && !(t.Country == src.Country && hasSector(t, "GOV", "JUD", "LEG")) {
		return
	}
	h.code = "172"
	if hasSector(t, "MED") {
		h.code = "1721"
	}
}

// stateActor reports a state acting through itself or its institutions:
// a country named alone, its government, courts, legislature, police or
// army; not an organisation of states (IGO) or a non-state group.
func stateActor(m actors.Mention) bool {
	if m.Country == "" || strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO") || nonState(m) {
		return false
	}
	return len(m.Sectors) == 0 && !m.Person || hasSector(m, "GOV", "JUD", "LEG", "COP", "MIL")
}

// orgActor reports an organisation a state can suspend: a
// non-governmental (NGO…, or a country's NGO: KENNGO) or rights
// organisation, a news outlet, a party; a named university, union, firm
// or religious body.
func orgActor(m actors.Mention) bool {
	if strings.HasPrefix(m.Code, "NGO") || strings.HasSuffix(m.Code, "NGO") || hasSector(m, "NGO", "HRI", "MED", "PTY") {
		return true
	}
	// (schools or shops suspended as a class are a lockdown or a
	// holiday; only a named one counts)
	return m.Kind == actors.KindOrg && hasSector(m, "EDU", "LAB", "BUS", "REL")
}

// objectOf reports whether the mention starting at token start sits in
// the object of the verb at head: no verb, comma, "to" and no preposition
// but "of" between ("suspended the licences of two broadcasters", not
// "suspended the deal with Adani" or "suspended a scheme to shrink the
// agency's staff").
func objectOf(st *sentence, head, start int) bool {
	if start <= head {
		return false
	}
	for k := head + 1; k < start; k++ {
		t := st.toks[k]
		if t.Tag == "IN" && t.Lower != "of" || t.Lower == "to" || strings.HasPrefix(t.Tag, "VB") || t.Text == "," {
			return false
		}
	}
	return true
}
