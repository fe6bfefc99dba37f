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
// protection 074) told by a finite simple-present verb of keeping a
// force somewhere (standingVerb: "stations", "keeps", "maintains",
// "has", "bases", "deploys") whose object is a count ("stations 28,500
// troops"), in a body sentence with no date expression, no movement
// preposition ("to", "into") and no word of change ("more", "extra",
// "additional", "new"), unless a habit is told ("each year",
// "annually"). "North Korea fires two ballistic missiles into the sea",
// "China sends 30 warplanes into Taiwan's air defence zone" and "Russia
// deploys 10,000 more troops near the border" are the day's news.
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
	if !standingVerb(toks[h.head].Lemma) {
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
	habit, moved := false, false
	for k := range toks {
		if st.isDate[k] {
			return false
		}
		switch toks[k].Lower {
		case "annually", "routinely", "regularly", "permanently":
			habit = true
		case "each", "every":
			habit = habit || k+1 < len(toks) && (toks[k+1].Lower == "year" || toks[k+1].Lower == "month" || toks[k+1].Lower == "summer" || toks[k+1].Lower == "winter")
		}
		if k > h.head {
			switch toks[k].Lower {
			case "to", "into", "more", "extra", "additional", "new", "fresh", "further", "another":
				moved = true
			}
		}
	}
	return habit || !moved
}

// standingVerb reports the lemma of a verb that keeps a force where it
// is: "station", "keep", "maintain", "have", "base", "deploy".
func standingVerb(lemma string) bool {
	switch lemma {
	case "station", "keep", "maintain", "have", "base", "deploy":
		return true
	}
	return false
}
