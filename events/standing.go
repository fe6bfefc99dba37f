package events

import "github.com/dyad-events/dyad/cameo"

// Standing deployments told in the simple present.
//
// "The United States stations 28,500 troops in South Korea" and "France
// deploys about 1,000 soldiers in Chad" tell a force that is there, a
// standing fact of the story's background, not a deployment made that
// day (CODING.md: no event from background). A headline's present ("US
// deploys 3,000 troops to Poland") and a sentence with a date ("deploys
// 2,000 troops to Jordan, officials said on Monday") tell news and keep
// the event; so does any other tense ("stationed 3,000 more troops").

// standingForce reports a deployment or troop presence (15x, or military
// protection 074) told by a finite simple-present verb whose object is a
// count ("stations 28,500 troops"), in a body sentence with no date
// expression.
func standingForce(st *sentence, h *verbHit) bool {
	if h.p.Noun || h.passive || st.s.Index < 0 {
		return false
	}
	if cameo.Root(h.code) != "15" && h.code != "074" {
		return false
	}
	toks := st.toks
	if t := toks[h.head].Tag; t != "VBZ" && t != "VBP" {
		return false
	}
	count := false
	for k := h.head + 1; k < len(toks) && k <= h.head+4; k++ {
		if toks[k].Tag == "CD" {
			count = true
			break
		}
	}
	if !count {
		return false
	}
	for k := range toks {
		if st.isDate[k] {
			return false
		}
	}
	return true
}
