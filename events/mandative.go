package events

// A verb in the base form in a "that" clause after a verb or noun of
// recommending, proposing, urging or demanding is the mandative
// subjunctive: it names an act someone wants done, not an act done
// ("may recommend that the armed forces retaliate against Israel", "the
// panel recommended that Britain suspend arms sales to Israel"). CODING.md
// codes the demand or appeal, never the act it asks for, as if it had
// happened; the rule below keeps the asked-for verb from being coded.

import "strings"

// mandatedAct reports that hit h's verb is in the base form (VB, or a
// plural present VBP) inside a "that" clause governed by one of
// mandativeWords, with no other verb and no clause break between "that"
// and it but "should": "may recommend that the armed forces retaliate",
// "urged that Britain should suspend arms sales". A verb in the
// past or with "-s" ("suggested that Russia attacked", "insists that
// Iran enriches") is not mandative and is left alone, and so is a
// "that" clause after "suggest" whose subject is an evidence noun
// (evidenceNouns: "satellite images suggest that …").
func mandatedAct(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i <= 1 || toks[i].Tag != "VB" && toks[i].Tag != "VBP" {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		t := toks[k]
		if t.Lower == "that" {
			j := k - 1
			for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB") {
				j-- // "recommended on Monday that", "strongly urged that"
			}
			if j >= 1 && strings.HasPrefix(toks[j].Lower, "suggest") && st.words.evidenceNouns[toks[j-1].Lower] {
				return false // "satellite images suggest that Russian forces attack …": suggest as indicate
			}
			return j >= 0 && st.words.mandativeWords[toks[j].Lower]
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "MD" && t.Lower != "should" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) && st.at[k] < 0 {
			return false
		}
	}
	return false
}
