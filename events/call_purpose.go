package events

import "github.com/dyad-events/dyad/actors"

// Acts done in a telephone call.
//
// An infinitive states an aim, not a deed (hits.go verbStatus: "tried to
// attack" is hypothetical). After a telephone call the purpose infinitive
// is what the caller said in the call, so it happened: "telephoned Indian
// Prime Minister Atal Bihari Vajpayee on Saturday to offer condolences"
// is PAKGOV 018 INDGOV asserted beside the call's 041 both ways, and
// "called Sudan's president on Tuesday to discuss the Darfur peace
// process" is the call itself (041 both ways), as the gold sets code
// (W13170, W15039, W16091, W16170, W16229, W18024).

// callPurpose reports the index of the call verb ("telephoned",
// "phoned", "called", "rang") whose purpose infinitive starts at the "to"
// at j: the call's object (a named actor or a pronoun), a date or an
// adverb only between, and a verb of what is said in a call right after
// "to" ([call purposes] of data/words.txt: "congratulate", "thank",
// "discuss", "offer", "express"). -1 when there is none: "called on
// Israel to halt", "called a meeting to discuss" (no actor called),
// "flew to Kyiv to discuss".
func callPurpose(st *sentence, j int) int {
	toks := st.toks
	if j < 2 || j+1 >= len(toks) || toks[j].Lower != "to" || !st.words.callPurposes[toks[j+1].Lemma] {
		return -1
	}
	object := false
	for k := j - 1; k >= 0 && k >= j-14; k-- {
		t := toks[k]
		switch {
		case st.isDate[k] || t.Tag == "RB":
			continue
		case st.at[k] >= 0 && !st.ments[st.at[k]].Place:
			object = true
			continue
		case t.Tag == "PRP" && st.at[k] < 0:
			object = true
			continue
		case object && st.at[k] < 0 && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z':
			continue // a title word the mention leaves out: "President-elect Jose Antonio Kast"
		}
		switch t.Lemma {
		case "telephone", "phone", "call", "ring":
			if object && (st.at[k+1] >= 0 || toks[k+1].Tag == "PRP" || toks[k+1].Text[0] >= 'A' && toks[k+1].Text[0] <= 'Z') {
				return k
			}
		}
		return -1
	}
	return -1
}

// callActs gives an act told as a call's purpose the call's parties: the
// one called is its target when the act names none or only a word
// standing for someone ("to offer condolences", "to congratulate him",
// "to thank the kingdom"), and a purpose "discuss" is the call itself,
// 041 ("called Sudan's president on Tuesday to discuss the Darfur peace
// process", where "called" has no event of its own). The caller is its
// source already (roles.go subjectDepth).
func callActs(st *sentence, hits []verbHit, h *verbHit) {
	if h.p.Noun || h.head < 2 {
		return
	}
	k := callPurpose(st, h.head-1)
	if k < 0 {
		return
	}
	var callee *actors.Mention
	for j := range hits {
		if hits[j].head == k && hits[j].code == "041" && len(hits[j].target) > 0 {
			callee = &hits[j].target[0]
		}
	}
	if m := st.at[k+1]; callee == nil && m >= 0 {
		callee = &st.ments[m]
	}
	if callee == nil || callee.Place || callee.Modifier || callee.Country == "" {
		return
	}
	if len(h.target) == 0 || h.target[0].Kind == "coref" {
		h.target = []actors.Mention{*callee}
	}
	if h.code == "040" {
		h.code = "041"
	}
}
