package events

// Criminal cases filed by whom. A criminal case filed, registered or
// lodged against someone ("police filed a murder case against the former
// prime minister", data/verbs.txt 173) is a charge only when a state
// authority files it: the police, prosecutors, investigators, a
// government or a court. Anyone else who files one — an opposition
// party, activists, a rights group, a bare state — brings a lawsuit
// (115), and so does anyone who files it at an international court
// ("Ukraine filed a criminal case against Russia at the International
// Court of Justice").

import (
	"github.com/dyad-events/dyad/actors"
)

// chargeFiler reports whether the source m of a criminal case filed can
// charge: a mention of the police, prosecutors, judiciary, intelligence
// services or government, and no opposition, rebel or civil actor.
func chargeFiler(m actors.Mention) bool {
	return hasSector(m, "COP", "JUD", "GOV", "SPY") && !hasSector(m, "OPP", "REB") && !civil(m)
}

// filedCase reports the hit h as a criminal case filed (a 173 of
// "file", "register" or "lodge") that is a lawsuit, not a charge: its
// source cannot charge (chargeFiler) or it is filed at an international
// court.
func filedCase(st *sentence, h *verbHit) bool {
	if h.code != "173" {
		return false
	}
	switch st.toks[h.head].Lemma {
	case "file", "register", "lodge":
	default:
		return false
	}
	if len(h.source) == 0 || !chargeFiler(h.source[0]) {
		return true
	}
	for k := h.end; k+1 < len(st.toks); k++ {
		if st.toks[k].Lower == "international" && (st.toks[k+1].Lower == "court" || st.toks[k+1].Lower == "criminal") ||
			st.toks[k].Text == "ICJ" || st.toks[k].Text == "ICC" {
			return true
		}
	}
	return false
}
