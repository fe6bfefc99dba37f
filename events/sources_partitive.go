package events

import "github.com/dyad-events/dyad/actors"

// A partitive appositive between the subject and its verb may say what
// some or all of the subject's members are: "Tea pluckers on plantations
// around Munnar in India's Kerala state, most of them women, blockaded
// the main road", "Thousands of teachers, many of them women, marched".
// When its noun is a role ("women", "students", "farmers": an agent of
// the dictionary, no people or nation), it is no subject of its own: the
// members are the head's, and the head acts in its own role (gold W49027
// INDLAB 1442 for the pluckers, not the women's CVL). The subject search
// passes such an appositive as if it were not there. An appositive that
// names a people or nation ("Thousands of migrants, most of them
// Syrians, protested") stays: it gives the subject its country
// (roles.go pastPartAside).

// pastRoleAside returns the token before a partitive appositive of a
// role noun that ends at the comma at j (the token right before the
// verb), or j itself when there is none. The appositive is a comma, a
// quantity word or number ("most", "many", "all", "two"; "nearly" or
// "almost" before it), "of them" or "of whom", and one mention of a bare
// role noun (roleAlone).
func pastRoleAside(st *sentence, j int) int {
	toks := st.toks
	if j < 5 || toks[j].Text != "," || st.at[j-1] < 0 {
		return j
	}
	mt := st.ments[st.at[j-1]]
	if mt.End != j || mt.Start < 4 || !roleAlone(st, mt) {
		return j
	}
	s := mt.Start
	if toks[s-1].Lower != "them" && toks[s-1].Lower != "whom" || toks[s-2].Lower != "of" {
		return j
	}
	q := s - 3
	if !quantityWord(toks[q].Lower) && toks[q].Tag != "CD" {
		return j
	}
	if q >= 1 && (toks[q-1].Lower == "nearly" || toks[q-1].Lower == "almost") {
		q-- // ", nearly all of them women,"
	}
	if q < 2 || toks[q-1].Text != "," {
		return j
	}
	return q - 2
}

// roleAlone reports a mention of a role noun alone, whose country the
// coder gave from the sentence ("women" CVL, "students" EDU: kind
// coref), not a people or nation that names its own ("Syrians" SYRCVL)
// and no pronoun.
func roleAlone(st *sentence, mt actors.Mention) bool {
	return mt.Kind == "coref" && mt.End == mt.Start+1 && st.toks[mt.Start].Tag != "PRP" && startsLowerASCII(st.toks[mt.Start].Text)
}
