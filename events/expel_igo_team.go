package events

import "strings"

// An international organisation's team or mission expelled is the
// organisation's observers, peacekeepers or aid workers withdrawn (166x),
// not people deported (174): "Nicaragua expelled a U.N. human rights
// team" is NIC 1662 IGOUNO (monitors and investigators are observers),
// a peacekeeping mission 1661, a humanitarian team 1663. An official of
// the organisation expelled alone ("expelled the U.N.'s top
// humanitarian official") stays 174, as the open gold codes it.

// expelledIGOTeam gives a deportation (174) of an IGO named as the
// modifier of a team, mission or its monitors the 166x code of the body
// withdrawn, by the words between the organisation and that noun.
func expelledIGOTeam(st *sentence, h *verbHit) {
	if h.code != "174" || len(h.target) != 1 || !strings.HasPrefix(h.target[0].Code, "IGO") {
		return
	}
	t := h.target[0]
	for b := max(t.Start-2, 0); b < t.End; b++ {
		switch st.toks[b].Lower {
		case "of", "head", "chief", "director", "envoy", "official", "representative":
			return // "the head of the U.N. mission": a person
		}
	}
	code := "1662"
	for k := t.Start; k < len(st.toks) && k < t.End+4; k++ {
		switch st.toks[k].Lower {
		case "peacekeeping":
			code = "1661"
		case "aid", "humanitarian", "relief", "medical":
			code = "1663"
		case "team", "teams", "mission", "missions", "monitors", "observers", "investigators", "inspectors", "experts":
			h.code = code
			return
		}
		if k >= t.End && st.at[k] >= 0 || st.toks[k].Text == "," {
			return
		}
	}
}
