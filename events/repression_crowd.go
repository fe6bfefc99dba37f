package events

// Forces firing on a stone-throwing crowd: "Tunisian police opened fire
// on stone-throwing youths", "Indian troops fired pellet guns at
// stone-pelting youths". The gold sets code a state's forces firing on
// such a crowd of their own country as repression (175), with the
// crowd's own act coded apart (README "forces firing on stone-throwing
// crowds 175": W12234, W39014, W13115, W15031), as they code forces
// firing on protesters. The crowd's modifier ([crowd violence words] of
// data/words.txt) tells a riot, a protest turned violent, as the words
// of protestWord tell a protest.

// violentCrowd reports a modifier of crowd violence in the target's own
// noun phrase: inside its span or in the words right before it
// (determiners, numbers, adjectives, nouns and participles only: "the
// stone-throwing youths", "dozens of rock-throwing protesters").
func violentCrowd(st *sentence, start, end int) bool {
	for k := max(start, 0); k < end && k < len(st.toks); k++ {
		if st.words.crowdViolence[st.toks[k].Lower] {
			return true
		}
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		t := st.toks[k]
		if st.words.crowdViolence[t.Lower] {
			return true
		}
		switch t.Tag {
		case "DT", "CD", "JJ", "VBG", "VBN", "NN", "HYPH":
			continue
		}
		break
	}
	return false
}
