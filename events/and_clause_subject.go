package events

// An "and" may open a clause of its own, with its own subject: the actor
// named right after "and" is then the one who acts in the next clause,
// not the object of the verb before "and". (A comma before "and" already
// ends the object scan, so andSubjectAt need not look for one.)
//
//	"Russian forces shelled Kharkiv and Turkey condemned the attack."   RUSMIL 194 UKR (not TUR)
//	"North Korea fired a missile into the sea and South Korea condemned the launch."   no PRK 195 KOR
//
// The target search of object (roles_object.go) stops at such an "and".
// A list of objects that ends in the next clause's subject is left whole
// ("held drills near Taiwan and Japan expressed concern" still gives CHN
// 150 JPN): cutting such lists cost held-out sets.

// andSubjectAt reports an "and" at k followed by an actor phrase (past a
// determiner) that is the subject of a finite verb: after the phrase, or
// phrases joined by "and", and past adverbs, comes a past or present
// tense verb or a modal ("and Israel struck Gaza", "and
// Palestinian officials quickly condemned", "and Japan will respond").
// A participle (VBN) or a noun there is no clause of its own ("struck
// Hamas and Hezbollah fighters based in Lebanon"), nor is a phrase a
// comma ends ("from Algeria and Ivory Coast, state television
// reported").
func andSubjectAt(st *sentence, k int) bool {
	toks := st.toks
	if k < 0 || k+1 >= len(toks) || toks[k].Lower != "and" {
		return false
	}
	j := k + 1
	for {
		if j < len(toks) && toks[j].Tag == "DT" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 {
			return false
		}
		j = st.ments[st.at[j]].End
		if j+1 < len(toks) && toks[j].Lower == "and" && st.at[j+1] >= 0 {
			j++ // "and Britain and France condemned": a list of subjects
			continue
		}
		break
	}
	return subjectOfNext(toks, j) // (roles_group.go)
}
