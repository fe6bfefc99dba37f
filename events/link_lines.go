package events

// Link and teaser lines run into story text: "Read more: As Nigeria
// battles Islamist terrorists, millions are at risk of starvation" is
// another story's headline behind a label, not an act of this story.

// linkLine reports a sentence that opens with a link label of one or two
// words of [link labels] (data/words.txt) and a colon: "Read more:",
// "READ MORE:", "Related:", "See also:", "Also read:", "Watch:", "More:".
func linkLine(st *sentence) bool {
	toks := st.toks
	for k := 1; k <= 2 && k < len(toks); k++ {
		if toks[k].Text != ":" {
			continue
		}
		for _, t := range toks[:k] {
			if !st.words.linkLabels[t.Lower] {
				return false
			}
		}
		return true
	}
	return false
}
