package events

// "Sudan accepted an African Union plan to stop fighting and resume
// talks": what another party's plan or proposal would do, named by the
// infinitive after it, is no act of that party; the answer to the plan is
// the event (gold: W14232, W11096; ev0256, ev0699).

import "strings"

// answeredPlanContent reports an act told as the infinitive (or a second
// infinitive joined by "and") after a plan noun ([answered plans],
// data/words.txt) whose author is named right before it ("an African
// Union plan", "Egypt's proposal") and which is the object of a verb of
// answering it ([plan answers]: accepted, rejected, endorsed, welcomed):
// the plan's content, no event of its author.
func answeredPlanContent(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || toks[h.head].Tag != "VB" && toks[h.head].Tag != "VBP" {
		return false
	}
	k := h.head - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k >= 0 && toks[k].Lower == "and" {
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			if isPunct(toks[j]) {
				return false
			}
			if toks[j].Lower == "to" && j+1 < len(toks) && toks[j+1].Tag == "VB" {
				k = j
				break
			}
		}
	}
	if k < 3 || toks[k].Lower != "to" || !st.words.answeredPlans[toks[k-1].Lower] {
		return false
	}
	a := k - 2 // the author, right before the noun
	if isPossTok(toks[a]) {
		a--
	}
	m := st.at[a]
	if m < 0 || st.ments[m].Place {
		return false
	}
	v := st.ments[m].Start - 1
	for v >= 0 && (toks[v].Tag == "DT" || st.isDate[v] || toks[v].Tag == "RB") {
		v--
	}
	return v >= 0 && strings.HasPrefix(toks[v].Tag, "VB") && st.words.planAnswers[toks[v].Lemma]
}
