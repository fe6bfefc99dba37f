package events

// Three shapes of the unnamed people a state arrests or convicts that
// ownPersonTarget (targets.go) now reads past to the person noun, giving
// the state's own civilians as it gives "a man":
//
//	"Kyrgyz police detained 12 suspected members of a banned Islamist group"   KGZCOP 173 KGZCVL
//	"Kosovo police arrested a Serb man on Tuesday"                             KSVCOP 173 KSVCVL
//	"Egyptian police detained dozens of men in Cairo"                          EGYCOP 173 EGYCVL
//
// "suspected" or "alleged" before the noun ("suspected members") only
// says why they are held; a capitalised name of a people or faith that no
// dictionary codes ("Serb", "Uighur") may stand before a noun of [plain
// persons]; a count word with "of" ("dozens of", "hundreds of") before
// the noun is read in ownPersonTarget itself. Bare "suspects" stay no one,
// as the gold sets code them, and a group the dictionary names
// ("suspected members of the PKK") is the target the matcher gives.

// suspectedOrKin reports a word at k that may stand before the noun of an
// unnamed person arrested: "suspected" or "alleged" before a noun, or a
// capitalised word no actor mention covers right before a noun of [plain
// persons] after a determiner or number ("a Serb man", "two Uighur
// women").
func (c *Coder) suspectedOrKin(st *sentence, k int) bool {
	toks := st.toks
	if k+1 >= len(toks) || st.at[k] >= 0 {
		return false
	}
	next := toks[k+1]
	switch toks[k].Lower {
	case "suspected", "alleged":
		return next.Tag == "NN" || next.Tag == "NNS" || next.Tag == "JJ"
	}
	return k > 0 && toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text) && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "CD") &&
		st.at[k+1] < 0 && c.words.plainPersons[next.Lower]
}
