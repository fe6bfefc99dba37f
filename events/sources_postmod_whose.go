package events

// Two post-modifiers of a subject that postModifiedSubject
// (sources_postmod.go) reads past: a relative clause opened by "whose",
// and the community people come from.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// whoseVerb reports the token k as the verb of a relative clause opened
// by "whose" at p: a finite or past form after the clause's own subject
// ("Mothers whose sons vanished during the war began a hunger strike",
// "Villagers whose homes were flooded blocked the road"), a past form the
// tagger read as a noun or adjective too ("sons vanished"). The clause's
// subject is at least one word: k > p+1.
func whoseVerb(toks []dyad.Token, p, k int) bool {
	if k <= p+1 {
		return false
	}
	t := toks[k]
	if finite(t.Tag) || t.Tag == "VBN" {
		return true
	}
	return (t.Tag == "NN" || t.Tag == "JJ") && strings.HasSuffix(t.Lower, "ed") && strings.HasPrefix(toks[k-1].Tag, "NN")
}

// communityAfter reports a capitalised name at q (up to the verb's left
// edge j) followed by a community noun: "Gunmen from the Lendu community
// killed", "fighters from the Nuer tribe": people the name only tells the
// origin of, no group acting, so the subject is the people before "from".
func communityAfter(st *sentence, q, j int) bool {
	toks := st.toks
	k := q
	for k <= j && toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text) {
		k++
	}
	if k > j {
		return false
	}
	switch toks[k].Lower {
	case "community", "communities", "tribe", "tribes", "clan", "clans", "ethnic", "people":
		return true
	}
	return false
}
