package events

// speechPlace reports whether the place phrase opened by the preposition
// at token k is where the words reporting act h were spoken, not where h
// happened: right after a verb of speaking, or a few words after it in
// its clause ("troops clashed on the disputed border on Monday, Indian
// army officials said in New Delhi", "told reporters in Kabul", "said at
// a news conference in Kabul", "speaking in Potsdam"), or, not opening
// the sentence, before a verb of speaking that comes before the act ("a
// spokesman at its headquarters in Potsdam, Germany, said that Afghan
// police fought Taliban attackers"). The verbs are the [speech place
// verbs] of words.txt; h's own verb is never one ("said in Warsaw" is
// where a statement coded from "said" was made). A place opening the
// sentence ("In Gaza, health officials said …") is left to the act.
func speechPlace(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	sp := st.words.speechPlaceVerbs
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if j >= h.head && j < max(h.end, h.head+1) || toks[j].Text == "," || toks[j].Text == ";" {
			break
		}
		if sp[toks[j].Lower] {
			return true
		}
	}
	if k == 0 || k > h.head {
		return false
	}
	for j := k + 1; j < h.head; j++ {
		if sp[toks[j].Lower] && (toks[j].Tag == "" || toks[j].Tag[0] == 'V') {
			return true
		}
	}
	return false
}
