package events

// A strike or protest by a firm's workers is aimed at the firm, not at
// their government: "Boeing machinists went on strike over pay" USALAB
// 143 USABUS, "Flight attendants at Air Canada walked off the job"
// CANLAB 143 CANBUS, as the gold sets code a dispute with an employer
// (the government is the target only of a grievance against a state's
// policy or pay).

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// employerTarget gives a protest or strike (root 14) by labour (LAB)
// whose only target is the government no words name (implicitGov) or
// none the workers' firm as target: the firm that names them ("Samsung
// workers", actors.Mention.Employer) or a company right after "at"
// ("workers at Samsung Electronics"). A government the text names stays.
func employerTarget(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.source) != 1 || !hasSector(h.source[0], "LAB") || len(h.target) > 1 {
		return
	}
	src := h.source[0]
	if len(h.target) == 1 {
		if t := h.target[0]; t.Text != "" || t.Country != src.Country || !hasSector(t, "GOV") {
			return
		}
	}
	if src.Employer != "" {
		f := src
		f.Code, f.Sectors, f.Employer = src.Employer, []string{"BUS"}, ""
		h.target = []actors.Mention{f}
		return
	}
	toks := st.toks
	if k := src.End; k+1 < len(toks) && toks[k].Lower == "at" {
		if m := st.at[pastThe(toks, k+1)]; m >= 0 {
			if f := st.ments[m]; hasSector(f, "BUS") && len(f.Sectors) == 1 && !f.Place && !f.Modifier && f.Country != "" {
				h.target = []actors.Mention{f}
			}
		}
	}
}
