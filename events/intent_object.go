package events

// The party an infinitive acts on: "agreed to help OPEC" names OPEC as
// the object of "help", so a list of parties that agreed to it acts on
// OPEC, not on each other (bareIntents).

import "github.com/dyad-events/dyad/actors"

// objectActor returns the index of the actor mention that is the direct
// object of the plain verb at verb (after at most an article), or -1: a
// state, capital, organisation or person named there ("help OPEC",
// "support Ukraine"), not a role noun ("exchange ambassadors": the
// parties' own envoys), a possessive, a modifier ("help Russian firms"),
// a place or a pronoun ("return their ambassadors").
func objectActor(st *sentence, verb int) int {
	for k := verb + 1; k < len(st.toks) && k <= verb+2; k++ {
		t := st.toks[k]
		if m := st.at[k]; m >= 0 {
			mm := st.ments[m]
			switch mm.Kind {
			case actors.KindCountry, actors.KindCapital, actors.KindOrg, actors.KindPerson:
			default:
				return -1 // "exchange ambassadors", "free prisoners": role nouns, the parties' own people
			}
			if mm.Possessive || mm.Modifier || mm.Place || t.Tag == "PRP$" || t.Tag == "PRP" {
				return -1
			}
			return m
		}
		if t.Tag != "DT" {
			return -1
		}
	}
	return -1
}
