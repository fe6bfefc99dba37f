package events

// titledBodyAfter returns the token where the body starts in a subject
// that names an office holder by a title of that body, "the head of the
// election commission", beginning at token j: the holder speaks and acts
// for the body (bodyTitle, actors_people.go), so a demand "that the head
// of the election commission step down" is made of the body, as CODING.md
// codes a named official by the body he serves (gold dev50-wire W50050
// LBROPP 1041 LBRGOV). It returns -1 when no title and "of" open the
// subject there.
func titledBodyAfter(st *sentence, j int) int {
	toks := st.toks
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j+2 >= len(toks) || !bodyTitle(toks[j].Lower) || st.at[j] >= 0 || toks[j+1].Lower != "of" {
		return -1
	}
	k := j + 2
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	return k
}
