package events

// nounTag reports the noun tags of the tagger: common and proper nouns,
// singular and plural (NN, NNS, NNP, NNPS).
func nounTag(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}
