package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// A crowd's seizure of a place. Protesters, demonstrators, students and
// supporters who occupy, seize or capture a building, an airport or a
// square take no ground (192) and confiscate no property (171): they
// protest by the place they hold (CAMEO 14). A place occupied is
// blocked (144: "anti-government protesters occupied Bangkok's main
// airport"); a place seized, captured or taken over is a riot (145:
// "protesters seized government buildings in Bishkek"). The place's own
// state named alone as the target ("Bangkok's airport" THA) is the
// place, not the party the protest is aimed at: it is left out, so that
// refine aims the blockade at the government as it does for roads
// blocked. Armed groups, troops and police keep 192 and 171 ("rebels
// seized government buildings in Goma"), and so does a crowd's seizure
// of people or of what they carry, which names no place: crowd (in
// lexconflict.go) tells a crowd from other sources.
//
// A place besieged by a crowd or by activists is blocked too (144:
// "Russian youth activists besieged Estonia's embassy", "anti-government
// protesters besieged Thailand's parliament"); the siege of a town by
// troops, rebels or a state stays 191.

// crowdSeizure recodes a hit of ground taken (192) or property seized
// (171) whose source is a crowd to a protest: 144 for "occupy", 145 for
// the other verbs. Other hits are left as they are.
func crowdSeizure(st *sentence, h *verbHit) {
	if h.code == "191" && st.toks[h.head].Lemma == "besiege" && len(h.source) > 0 && unarmedCrowd(h.source[0]) {
		h.code = "144"
		return
	}
	if h.code != "192" && h.code != "171" || len(h.source) == 0 || !crowd(h.source[0]) {
		return
	}
	src := h.source[0]
	if len(h.target) > 0 && (civil(h.target[0]) || hasSector(h.target[0], "MIL", "COP", "REB")) {
		return // "supporters seized two policemen": people, not a place
	}
	h.code = "145"
	if st.toks[h.head].Lemma == "occupy" {
		h.code = "144"
	}
	if len(h.target) > 0 && len(h.target[0].Sectors) == 0 && h.target[0].Country == src.Country {
		h.target = nil // "Bangkok's main airport": the place, not the party
	}
}

// unarmedCrowd reports whether a mention names a crowd (crowd:
// protesters, demonstrators, students, supporters) or activists of a
// civilian, opposition or party sector, none armed.
func unarmedCrowd(m actors.Mention) bool {
	if crowd(m) {
		return true
	}
	if !hasSector(m, "CVL", "OPP", "PTY") || hasSector(m, "REB", "UAF", "CRM", "MIL", "COP") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(m.Text)) {
		if w == "activists" {
			return true
		}
	}
	return false
}
