package events

// A standing rule told in the present ("UN Security Council resolutions
// ban North Korea from testing ballistic missiles", "The 1967 treaty bars
// states from placing nuclear weapons in orbit") says how things stand:
// no act of the day, and no event (CODING.md: background is not coded;
// judged realnews news_cluster/273f0c0b sentence 10, IGOUNO 172 PRK, no
// event). The act that made the rule is coded where the text tells it
// ("The Security Council imposed new sanctions on Monday").

// standingRule reports a verb hit in the present simple (VBZ, VBP) whose
// subject is right before it and headed by a noun of [standing rules]
// (words.txt), with no date in the sentence and no "new" in the subject
// (a new rule's content is news of its making).
func standingRule(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 1 || toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" || len(st.dates) > 0 {
		return false
	}
	if p := toks[i-1]; p.Tag != "NN" && p.Tag != "NNS" || !st.words.standingRules[p.Lemma] && !st.words.standingRules[p.Lower] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		if toks[j].Lower == "new" {
			return false
		}
	}
	return true
}
