package events

import "strings"

// headlinePassive reports a past form at token i of a headline (the
// title, sentence -1) that is a passive participle with its auxiliary
// left out, as headlines write the passive: "Straw attacked on China
// arms" (Straw was attacked), "EU fraud clampdown urged", "Blair
// criticised by Tories over Iraq". Headlines tell past acts in the
// present ("Russia attacks Kyiv"), so a bare "-ed" form of a verb that
// takes a direct object, with no object after it, is read as the
// passive. The checks, in order:
//   - the verb's pattern ends at the verb (end is i+1): a pattern that
//     takes the preposition after it ("Russia protested to Georgia")
//     has no passive;
//   - the verb takes a direct object: not one of intransitiveLemmas
//     ("Israel retaliated after Hamas rocket fire", "Britain apologised
//     to Ireland", "Turkey cooperated with US");
//   - no auxiliary or "get" stands before it (the verb's own voice
//     decides: "is urged", "has attacked"), and a noun, pronoun or quote
//     does (the headline's subject);
//   - no verb of saying stands before it: "Pentagon says Russia bombed in
//     Syria" is Russia's bombing, told;
//   - past a date phrase ("denied on Monday claims of troop buildup"),
//     what follows is the headline's end, a comma, colon, semicolon or
//     dash, "to" before a bare verb ("Blair urged to quit"), or a
//     preposition other than those an active verb without its object
//     takes in headlines (activePreps: "vetoed at UN Security Council",
//     "mediated between Sudan rivals", "appealed for UN help").
//
// The subject is then the act's target and its agent the by-phrase, if
// any (the passive's rules).
func headlinePassive(st *sentence, i, end int) bool {
	toks := st.toks
	if st.s == nil || st.s.Index != -1 || i == 0 || end > i+1 || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" {
		return false
	}
	if !strings.HasSuffix(toks[i].Lower, "ed") && st.lex.PastOnly(toks[i].Lower) {
		return false // "went", "began": no participle
	}
	if st.words.intransitiveLemmas[toks[i].Lemma] {
		return false // "Israel retaliated after …": no object to take, no passive
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
	for j := 0; j < i; j++ {
		if strings.HasPrefix(toks[j].Tag, "VB") && st.words.headlineReporting[toks[j].Lemma] {
			return false // "Pentagon says Russia bombed in Syria": the clause told
		}
	}
	k := i + 1
	for k < len(toks) && (st.isDate[k] || dateWord(toks[k])) {
		k++ // "Kremlin denied on Monday claims of …": the object comes after the date
	}
	if k == len(toks) {
		return true
	}
	switch next := toks[k]; {
	case next.Text == "," || next.Text == ":" || next.Text == ";" || next.Text == "-" || next.Text == "–":
		return true
	case next.Tag == "TO" || next.Lower == "to":
		return k+1 < len(toks) && toks[k+1].Tag == "VB" // "Blair urged to quit", not "responded to NATO"
	case next.Tag == "IN":
		return !activePreps[next.Lower]
	}
	return false
}

// activePreps are prepositions after which a headline's bare past form
// with no object is read active: "Turkey cooperated with US", "Serbia
// retaliated against Kosovo", "Russia vetoed at UN Security Council",
// "Kenya mediated between Sudan rivals", "Syria appealed for UN help",
// "Israel retaliated after Hamas rocket fire".
var activePreps = map[string]bool{
	"with": true, "against": true, "at": true, "between": true, "for": true, "after": true,
	"that": true, "if": true, "whether": true,
}
