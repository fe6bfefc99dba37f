package events

// The speaker inside a relative clause: "The man who police said sowed
// terror across two states, setting off bombs in Manhattan, was arrested".
// "police said" is an attribution set inside the relative clause; the
// clause's own verb ("sowed", which the tagger may even read as an
// adjective) has the relative pronoun, and so its antecedent, for
// subject. A participle clause after it (", setting off bombs") shares
// that subject: the man set off the bombs, as the police say, not the
// police. When the antecedent is no actor there is no source.

// relativeSpeaker returns the index of the relative pronoun ("who",
// "whom", "which", or "that" after a noun) that opens a clause whose
// subject, ending right before the speech verb at k, is that verb's
// speaker ("who police said", "whom officials said", "who a police
// spokesman said"); -1 otherwise.
func (c *Coder) relativeSpeaker(st *sentence, k int) int {
	toks := st.toks
	if k < 2 || !c.isSpeechOrCognition(toks[k]) {
		return -1
	}
	j := k - 1
	n := 0 // words of the speaker's phrase
	for j >= 0 && n < 6 && (st.at[j] >= 0 || toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" || isPossTok(toks[j])) {
		if toks[j].Lower == "that" || toks[j].Lower == "which" {
			break // (tagged DT: the pronoun itself)
		}
		j, n = j-1, n+1
	}
	if n == 0 || j < 1 {
		return -1
	}
	switch toks[j].Lower {
	case "who", "whom", "which":
		return j
	case "that":
		if p := toks[j-1].Tag; p == "NN" || p == "NNS" || p == "NNP" {
			return j
		}
	}
	return -1
}
