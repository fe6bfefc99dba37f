package events

import "github.com/dyad-events/dyad/actors"

// visitingGuest returns the visitor named by an attributive "visiting"
// ("Kuwait's emir received the visiting Iraqi foreign minister", "Modi
// met visiting Nepali Prime Minister Oli", "promised visiting Nepali
// Prime Minister Oli …"): the actor right after the word is the guest who
// makes the visit (042) and the clause's subject hosts it (043), not the
// other way round as a gerund would read it ("visiting Nepal": the
// subject visits). The word is attributive after a determiner, or right
// after a finite verb that takes no gerund object (not "began visiting",
// [aspect verbs] in data/words.txt); the actor after it is no place
// ("visiting Nepal" stays the subject's visit). nil when the hit is no
// such word. CODING.md: 042 is made by the visitor, 043 by the host;
// gold W16294, W41014, W46051.
func visitingGuest(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	i := h.head
	if h.code != "042" || h.passive || toks[i].Lower != "visiting" || i == 0 || i+1 >= len(toks) {
		return nil
	}
	p := toks[i-1]
	switch {
	case p.Lower == "the" || p.Lower == "a" || p.Lower == "an":
	case (p.Tag == "VBD" || p.Tag == "VBZ" || p.Tag == "VBP") && st.at[i-1] < 0 && !st.words.aspectVerbs[p.Lemma] && !isAux(p):
	default:
		return nil
	}
	m := mentionAt(st.ments, i+1)
	if m == nil || m.Start != i+1 || m.Place {
		return nil
	}
	return m
}
