package events

// A leader who inspects something tours it: "Kim Jong Un inspected a new
// destroyer at the port", "the state premier inspected the flooded
// suburbs", "the foreign minister inspected the detention camps". CAMEO's
// 090 is an investigation of something an actor did (inspectors of an
// agency, authorities who board a ship); a named person's inspection of a
// site, a unit or a disaster area investigates no one, so it is no event.
// Inspectors, agencies and authorities keep the code: "IAEA inspectors
// inspected the fuel store", "the coast guard inspected a tanker".

// inspectionTour reports a hit whose verb is one of the [tour verbs]
// (data/words.txt) and whose source is a single named person.
func inspectionTour(st *sentence, h *verbHit) bool {
	if h.p.Noun || len(h.source) != 1 || !st.words.tourVerbs[st.toks[h.head].Lemma] {
		return false
	}
	return h.source[0].Person && !h.source[0].Plural
}
