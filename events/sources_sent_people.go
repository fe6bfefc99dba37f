package events

// An infinitive after people whom the clause's subject sends takes that
// subject as its source: "Amnesty International said it had sent
// researchers to Guinea to look into abuses by soldiers" NGOHRIAMN 092,
// "The UN sent investigators to Guinea to look into abuses". Researchers,
// experts, a team or a delegation sent on a task act for whoever sent
// them and are named in no actor dictionary, so the infinitive had no
// subject at all and the act was set aside (no source found). The sending
// verb is "send", "dispatch" or "fly", finite or a past participle ("had
// sent"), with the people, the place they go to and a date between it and
// the infinitive; the gold sets code the task as done, asserted
// (sentPeopleDone), as the task of a body set up for it
// (sources_setup_body.go).

import "strings"

// sentPeopleVerb returns the sending verb ("sent") whose subject an
// infinitive after the people it sends shares, or -1. j is the "to"
// before the infinitive.
func sentPeopleVerb(st *sentence, j int) int {
	toks := st.toks
	if j < 3 || toks[j].Lower != "to" {
		return -1
	}
	k := j - 1
	for k >= 0 && st.isDate[k] {
		k-- // "sent researchers to Guinea on Tuesday to look into"
	}
	if k >= 2 {
		// the place the people are sent to: "to Guinea", "to the
		// Central African Republic", "to Conakry", and a place named
		// by common nouns after its country or region ("to Kenya's
		// Dadaab refugee camps", "to the border town of Goma")
		p := k
		for p > 0 && sentPlaceWord(st, p) && p > k-7 {
			p--
		}
		if p < k && (toks[p].Lower == "to" || toks[p].Lower == "into") {
			k = p - 1
		}
	}
	for k >= 0 && st.isDate[k] {
		k-- // "sent researchers on Tuesday to Guinea"
	}
	if k < 1 || !sentPeopleNoun(toks[k].Lower) || st.at[k] >= 0 {
		return -1
	}
	for n := 0; k > 0 && n < 3; n++ {
		t := toks[k-1]
		if t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "CD" && t.Tag != "HYPH" && t.Text != "-" {
			break
		}
		if st.at[k-1] >= 0 {
			return -1 // "sent Kenyan experts": actors of their own
		}
		if t.Lower == "fact-finding" || t.Lower == "fact" {
			return -1 // "sent a fact-finding team": data/verbs.txt codes the inquiry itself (codedBody)
		}
		k-- // "a team of", "two senior researchers", "50 engineers"
	}
	if k >= 2 && toks[k-1].Lower == "of" && sentPeopleNoun(toks[k-2].Lower) && st.at[k-2] < 0 {
		k -= 2 // "a team of researchers"
	}
	if k < 1 {
		return -1
	}
	switch toks[k-1].Lower {
	case "a", "an", "its", "their", "his", "her", "some", "several":
		k--
	}
	k--
	if k < 0 || st.at[k] >= 0 {
		return -1
	}
	switch toks[k].Lemma {
	case "send", "dispatch":
	default:
		return -1
	}
	if !finite(toks[k].Tag) && toks[k].Tag != "VBN" {
		return -1
	}
	return k
}

// sentPlaceWord reports a word of the place phrase after "to" that people
// are sent to: an actor's name, a proper noun, a common noun or adjective
// ("refugee camps", "northern"), "the", "of" or a possessive.
func sentPlaceWord(st *sentence, p int) bool {
	t := st.toks[p]
	switch t.Tag {
	case "NNP", "NNPS", "NN", "NNS", "JJ", "POS":
		return true
	}
	switch t.Lower {
	case "the", "of", "'s":
		return true
	}
	return st.at[p] >= 0
}

// sentPeopleNoun reports a noun for people sent on a task who are no
// actor of their own.
func sentPeopleNoun(w string) bool {
	switch w {
	case "researchers", "researcher", "experts", "expert", "team", "teams", "delegation",
		"staff", "specialists":
		return true
	}
	return false
}

// sentPeopleDone reports an investigation (root 09) in an infinitive at
// "to" k after people sent in the past tense ("had sent researchers to
// Guinea to look into abuses"): the gold sets code the inquiry as begun,
// asserted, not as a purpose only.
func sentPeopleDone(st *sentence, h *verbHit, k int) bool {
	if !strings.HasPrefix(h.code, "09") {
		return false
	}
	g := sentPeopleVerb(st, k)
	return g >= 0 && (st.toks[g].Tag == "VBD" || st.toks[g].Tag == "VBN")
}
