package events

// A place named by the adjective of a people that is no state and lives in
// one ("the Tigrayan town of Shire", "a Hazara village"): the place lies in
// that people's state, as coref_places.go already reads it for an agent's
// country ("in the Tigrayan town of Axum"). Used for the place a withdrawal
// leaves (refine_places.go fromPlace): "Eritrean troops began pulling out
// of the Tigrayan town of Shire" ERIMIL 0874 ETH (gold dev49-wire W49035;
// "Conventions fixed here": withdrawals from a foreign place take that
// state as target). A people of several states ("the Kurdish town of
// Kobani") names none.

// peopleTownAt returns the one state of the people whose adjective stands
// at token j right before a place noun ("town", "village", "region"), ""
// when there is none.
func peopleTownAt(st *sentence, j int) string {
	toks := st.toks
	if j+1 >= len(toks) || !st.words.placeNoun(toks[j+1].Lower) {
		return ""
	}
	if homes := peopleHomes(toks[j].Text); len(homes) == 1 {
		return homes[0]
	}
	return ""
}
