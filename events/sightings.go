package events

// Foreign forces sighted. A state's defence ministry or military that
// says it detected, spotted or tracked another country's aircraft or
// warships around it reports a show of force by that country's military
// (150) aimed at the state that saw them: "Taiwan's defence ministry said
// it had detected 45 Chinese military aircraft operating around the
// island" CHNMIL 150 TWN (the lines of root 15 in data/verbs.txt). The
// force is the nationality named in the object; with none, or the
// sighting state's own, there is no event ("the coast guard spotted two
// vessels").

import (
	"github.com/dyad-events/dyad/actors"
)

// sighting recodes a 150 hit headed by detect, spot or track: the
// foreign nationality in its object (within the matched words) becomes
// the source, as its military, and the subject's country the target. A
// hit with no foreign nationality there gets no code.
func sighting(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.source) == 0 {
		return
	}
	switch st.toks[h.head].Lemma {
	case "detect", "spot", "track":
	default:
		return
	}
	seer := h.source[0]
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		m := st.at[k]
		if m < 0 {
			continue
		}
		e := st.ments[m]
		if e.Country == "" || e.Country == seer.Country || seer.Country == "" {
			break
		}
		f := e
		f.Code, f.Sectors = e.Country+"MIL", []string{"MIL"}
		t := seer
		t.Code, t.Sectors = seer.Country, nil
		h.source, h.target = []actors.Mention{f}, []actors.Mention{t}
		return
	}
	h.code = ""
}
