package events

// People a seized vessel carries are not whom a seizure of property (171)
// is done to: "Senegalese and Gambian coast guards seized three boats
// carrying 400 migrants" seizes boats no one is named owning (target
// null, events-dev16-wire.jsonl), as "seized a migrant boat" does. An
// interception of the boat (191, "intercepted a boat carrying 49
// Ethiopian migrants") keeps the migrants, whose passage it blocks.
//
//	"The coast guard seized two boats carrying 300 migrants off Dakar"   SENMIL 171 -

// carriedPeople drops the target of a seizure (171) that is refugees or
// migrants (REF) named after "carrying" or "with" in the seized thing's
// phrase: the vessel's passengers, not its owner.
func carriedPeople(st *sentence, h *verbHit) {
	if h.code != "171" || len(h.target) == 0 || h.passive {
		return
	}
	for _, t := range h.target {
		if !hasSector(t, "REF") {
			return
		}
	}
	toks := st.toks
	t := h.target[0]
	for k := h.end; k < t.Start && k < len(toks); k++ {
		if finite(toks[k].Tag) || toks[k].Text == "," || isClauseBreak(toks, k) {
			return
		}
		switch toks[k].Lower {
		case "carrying", "packed", "crammed", "loaded":
			h.target = nil
			return
		}
	}
}
