package events

// An inquiry a state or its army opens into what its own forces did:
// "Sri Lanka's army set up a court of inquiry to look into the conduct of
// its troops", "the defence ministry opened an investigation into how two
// air force jets dropped bombs on a village". It investigates military
// action (093), its own forces the target (the gold README's convention:
// "an army's or air force's inquiry into its own troops is 093 with its
// own MIL as target").

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// ownForcesInquiry returns the investigating state's own forces when h
// is an inquiry (root 09, active, a source of a country) whose "into"
// (within 12 words of the verb, no clause break between) is followed,
// within 10 words, by "its" or "their" and a noun of armed men or
// aircraft ("the conduct of its troops"), or by an armed force (MIL) of
// the source's own country ("how two air force jets dropped bombs"); nil
// otherwise. The forces are the source's country + MIL, spanning the
// noun ("troops"), so that an army probing its own troops keeps its
// target (ownOrganProbed).
func (c *Coder) ownForcesInquiry(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "09" || h.passive || len(h.source) == 0 || len(h.source[0].Country) != 3 {
		return nil
	}
	toks := st.toks
	src := h.source[0]
	into := -1
	for k := h.head + 1; k < len(toks) && k <= h.head+12; k++ {
		if clauseStop(toks[k].Text) {
			return nil
		}
		if toks[k].Lower == "into" {
			into = k
			break
		}
	}
	if into < 0 {
		return nil
	}
	for k := into + 1; k < len(toks) && k <= into+10; k++ {
		if clauseStop(toks[k].Text) {
			return nil
		}
		if m := st.at[k]; m >= 0 {
			if mm := st.ments[m]; hasSector(mm, "MIL") && mm.Country == src.Country {
				return []actors.Mention{mm}
			}
			continue
		}
		if (toks[k].Lower == "its" || toks[k].Lower == "their") && k+1 < len(toks) && st.words.ownForceNouns[toks[k+1].Lower] {
			f := src
			f.Start, f.End = k+1, k+2
			f.Code, f.Sectors = src.Country+"MIL", []string{"MIL"}
			f.Text, f.Person, f.Possessive, f.Modifier, f.Place = toks[k].Text+" "+toks[k+1].Text, false, false, false, false
			return []actors.Mention{f}
		}
	}
	return nil
}

// clauseStop reports a token that ends the words an inquiry's "into"
// may reach: a full stop, a semicolon, a colon or a comma.
func clauseStop(text string) bool {
	switch text {
	case ".", ";", ":", ",", "?", "!":
		return true
	}
	return false
}
