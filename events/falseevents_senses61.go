package events

// Three verbs read in a sense that is no event:
//
//   - "called" right after a noun and before a quotation or a title names
//     the thing ("issued fresh advice online today called ‘Preparing for
//     incidents and crises’"), no call (020) that a pattern of "issue …
//     call" reads by its lemma;
//   - "demonstrate" with an object shows something ("The government would
//     demonstrate its commitment with spending cuts"), no demonstration
//     in the street (141, or 133 for a government);
//   - "withdraw" of medical care ("doctors could withdraw artificial
//     feeding and hydration from the patient, a court ruled") is no
//     retreat (0874), nor a withdrawal from the court (160) that a
//     pattern reads past the comma: the nouns are [withdrawn care].

import "strings"

// namingCalled reports a hit whose last matched word is "called" after
// its head, followed by an opening quotation mark or a capitalised word:
// a name given, not an appeal.
func namingCalled(st *sentence, h *verbHit) bool {
	toks := st.toks
	e := h.end - 1
	if e <= h.head || e >= len(toks) || toks[e].Lower != "called" || e+1 >= len(toks) {
		return false
	}
	switch n := toks[e+1].Text; {
	case n == "'" || n == "‘" || n == "\"" || n == "“":
		return true
	case startsUpperASCII(n) && !strings.HasPrefix(toks[e-1].Tag, "NNP"):
		return st.at[e+1] < 0 // "a plan called Project Freedom", not "called Iran" (an actor)
	}
	return false
}

// demonstratedObject reports a hit of "demonstrate" (a verb) with a noun
// phrase right after it: "demonstrate its commitment", "demonstrated
// resolve"; "demonstrated in Paris", "demonstrated against the law" and
// "demonstrated on Monday" are protests.
func demonstratedObject(st *sentence, h *verbHit) bool {
	if h.p.Noun || st.toks[h.head].Lemma != "demonstrate" {
		return false
	}
	return objectAfter(st, h.head) && st.at[h.head+1] < 0
}

// withdrawnCare reports a hit of "withdraw" (a verb) whose object is a
// noun of [withdrawn care] ("withdraw artificial feeding", "withdrew
// treatment").
func withdrawnCare(st *sentence, h *verbHit) bool {
	return !h.p.Noun && st.toks[h.head].Lemma == "withdraw" && objectIn(st.toks, h.head, st.words.withdrawnCare)
}
