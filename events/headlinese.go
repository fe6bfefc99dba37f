package events

import "strings"

// headlinePassive reports a past form at token i of a headline (the
// title, sentence -1) that is a passive participle with its auxiliary
// left out, as headlines write the passive: "Straw attacked on China
// arms" (Straw was attacked), "EU fraud clampdown urged", "Blair
// criticised by Tories over Iraq". Headlines tell past acts in the
// present ("Russia attacks Kyiv"), so a bare "-ed" form with no object
// after it is the passive: what follows it is the sentence's end, a
// comma, a colon, a preposition ("on", "over", "by", "in", "after") or
// "to" ("Blair urged to quit"). A past form with an object stays active
// ("Israel attacked Gaza overnight", a web title in the past tense), and
// so does one after an auxiliary or a "that"-clause verb, which the verb's
// own voice decides, and so does a verb whose pattern takes the
// preposition after it (end, the pattern's end, past i+1: "Russia
// protested to Georgia", "Iran responded to the strike"), which has no
// passive. The subject is then the act's target and its agent the
// by-phrase, if any (the passive's rules).
func headlinePassive(st *sentence, i, end int) bool {
	toks := st.toks
	if st.s == nil || st.s.Index != -1 || i == 0 || end > i+1 || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" {
		return false
	}
	if !strings.HasSuffix(toks[i].Lower, "ed") && st.lex.PastOnly(toks[i].Lower) {
		return false // "went", "began": no participle
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if isAux(toks[j]) || toks[j].Tag == "MD" || toks[j].Lower == "get" || toks[j].Lower == "got" {
			return false // the verb's own auxiliary decides ("is urged", "has attacked")
		}
		if toks[j].Tag != "RB" {
			break
		}
	}
	if !strings.HasPrefix(toks[i-1].Tag, "NN") && toks[i-1].Tag != "PRP" && !isQuote(toks[i-1].Text) {
		return false // a noun phrase before it: the headline's subject
	}
	if i+1 == len(toks) {
		return true
	}
	switch next := toks[i+1]; {
	case next.Text == "," || next.Text == ":" || next.Text == ";" || next.Text == "-" || next.Text == "–":
		return true
	case next.Tag == "IN" || next.Tag == "TO":
		return next.Lower != "that" && next.Lower != "if" && next.Lower != "whether"
	}
	return false
}
