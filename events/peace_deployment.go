package events

// Peacekeeping approved: a deployment approved or authorised for another
// country is peacekeeping promised (0334) only when a peace force goes
// (peacekeepers, police, a mission) or the sentence names the host's
// consent or a mandate. Troops sent with neither are an invasion or a
// build-up ("Israel's cabinet approved the deployment of troops to
// Gaza"), and a force sent to a border is a build-up whatever it is. The
// patterns flagged "hosted" and "consent" in data/verbs.txt are read here.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// toBorder reports a deployment whose destination, right after the
// pattern's closing "to" (token end), is a border or frontier: "to its
// border with China", "to the Lebanese frontier" ([border nouns]).
func toBorder(st *sentence, end int) bool {
	toks := st.toks
	for j := end; j < len(toks) && j < end+4; j++ {
		if st.words.borderNouns[toks[j].Lower] {
			return true
		}
		switch toks[j].Lower {
		case ",", "to", "where", "which", "under", "at", "as", "for", "in":
			return false // "to Haiti, where …", "to Lebanon to patrol the border"
		}
	}
	return false
}

// consented reports a word after token end that names the host's request
// or invitation or a mandate ([consent words]): "at the request of
// Mozambique's government", "under a U.N. mandate", "as part of a
// peacekeeping mission".
func consented(st *sentence, end int) bool {
	return end <= len(st.toks) && st.words.consentWords.anyIn(st.toks[end:])
}

// deployedForce keeps an approved deployment's force out of its target
// (the host after "to" is the target) and drops one whose force is another state's: "Mali's junta endorsed
// the deployment of Russian peacekeepers to the country" is Mali letting
// a force in, no peacekeeping Mali promises (the approving body is the
// source; a U.N. or AU body may approve any state's force).
func deployedForce(st *sentence, h *verbHit) {
	if h.code != "0334" || !h.p.has(flagHosted) || len(h.source) == 0 {
		return
	}
	var keep []actors.Mention
	for _, t := range h.target {
		if t.Start <= h.head || t.Start >= h.end {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 && len(h.target) > 0 {
		for j := h.end; j < len(st.toks) && j < h.end+4; j++ {
			if m := st.at[j]; m >= 0 {
				keep = append(keep, st.ments[m]) // "… of Kenyan police to Haiti": Haiti
				break
			}
		}
	}
	h.target = keep
	own := h.source[0].Country
	if own == "" || strings.HasPrefix(h.source[0].Code, "IGO") {
		return
	}
	for j := h.head + 1; j < h.end && j < len(st.toks); j++ {
		if m := st.at[j]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != own {
			h.code = ""
			return
		}
	}
}
