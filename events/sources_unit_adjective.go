package events

// A force's units named with an adjective of their kind between the force
// and the unit noun: "Kosovo police special units took control", "Iraqi
// army elite units stormed", "Serbian police anti-terrorist units
// arrested". The units are the force's people and act as it does, as
// "army units" and "air defence crews" do (roles.go, [unit nouns] of
// data/words.txt); CODING.md: police COP, troops MIL; gold W35003
// KSVCOP 192.

// unitOwnerEnd returns the token before the unit noun at k that ends the
// force's mention: k-1, or k-2 past one lower-case adjective no mention
// covers ("police special units"); -1 when k is the sentence's first
// token.
func unitOwnerEnd(st *sentence, k int) int {
	if k < 1 {
		return -1
	}
	if a := st.toks[k-1]; k >= 2 && st.at[k-1] < 0 && st.at[k-2] >= 0 && (a.Tag == "JJ" || a.Tag == "NN") && a.Text == a.Lower && len(st.ments[st.at[k-2]].Sectors) > 0 {
		return k - 2 // (the tagger reads "elite" as a noun)
	}
	return k - 1
}
