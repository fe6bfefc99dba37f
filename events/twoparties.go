package events

// "The two sides", "both countries" as a subject: the two parties the
// sentence named before it (twoParties, sources_structure.go).

import "github.com/dyad-events/dyad/actors"

// statePlural reports a plural noun that stands for states ("both
// countries", "the two neighbours"), not for people or sides of a talk.
func statePlural(w string) bool {
	switch w {
	case "countries", "nations", "neighbours", "neighbors", "governments", "states":
		return true
	}
	return false
}

// namedPair returns the two parties named before token k of the sentence
// when no earlier act has them: "Peru said its talks with Chile had gone
// well and that the two sides had agreed to meet again" (PER and CHL).
// Exactly two actors of distinct codes must precede k, none of them a
// modifier, a place or a person's possessive; nil otherwise.
func namedPair(st *sentence, k int) []actors.Mention {
	var pair []actors.Mention
	for _, m := range st.ments {
		if m.Start >= k {
			break
		}
		if m.Modifier || m.Place || m.Kind == "place" || m.Unresolved || m.Code == "" {
			return nil
		}
		if len(pair) > 0 && pair[len(pair)-1].Code == m.Code {
			continue
		}
		pair = append(pair, m)
	}
	if len(pair) != 2 || pair[0].Country == pair[1].Country && pair[0].Code == pair[1].Code {
		return nil
	}
	return pair
}
