package events

// A second infinitive joined to a first by "and" shares its control verb:
// "agreed on Thursday to release political prisoners and to accept
// foreign peacekeepers", "promised to lift the curfew and to free the
// detained journalists", "threatened to close the border and to expel
// the envoys". Its subject is the control verb's, not the noun phrase
// the first infinitive's object ends with ("political prisoners").

// coordinatedTo returns the "to" of the first infinitive when the "to"
// at j opens a second one joined by "and" (or "as well as"), -1
// otherwise. The first infinitive is a plain verb after "to" within 15
// tokens before; a finite verb, a clause word ("that", "which", "but")
// or a semicolon between ends the search, as does a comma that is not
// a list's.
func coordinatedTo(st *sentence, j int) int {
	toks := st.toks
	if j < 2 || toks[j].Lower != "to" || j+1 >= len(toks) || toks[j+1].Tag != "VB" {
		return -1
	}
	k := j - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lower != "and" {
		return -1
	}
	for p := k - 1; p >= 0 && p >= k-15; p-- {
		t := toks[p]
		switch {
		case t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "but" || t.Lower == "while":
			return -1
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return -1 // "… said it would release prisoners, and to …": no infinitive list
		case t.Lower == "to" && p+1 < len(toks) && toks[p+1].Tag == "VB":
			return p
		}
	}
	return -1
}
