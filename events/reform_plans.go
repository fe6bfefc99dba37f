package events

// statuteRepeal reports a plan to repeal a law or a constitutional text:
// a 0832 pattern turned into its intent code (0342) whose matched words
// name a statute ([statute nouns]: "promised to repeal the sedition law",
// "said it would scrap the emergency decree"). Such a plan is a political
// reform intended whether or not the sentence tells of protests (gold:
// dev12/dev13 wire), while the repeal itself, asserted, yields to no one
// unless protests are named (coopRefine), and a bill, tax or plan given
// up stays under the protest gate ("would drop plans to annex").
func (c *Coder) statuteRepeal(st *sentence, h *verbHit) bool {
	if h.code != "0342" || h.p.Code != "0832" {
		return false
	}
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		if st.words.statuteNouns[st.toks[k].Lower] {
			return true
		}
	}
	return false
}
