package events

// A warning that is advice: a government, an official or an embassy that
// warns the public, its citizens or residents to do something or not to
// ("warning their citizens to stay away from demonstrations", "warned its
// nationals to avoid travel to Haiti", "warned residents not to drink tap
// water") threatens no one. CAMEO's 13x needs an act the warner
// threatens against the warned; telling one's own people how to keep safe
// is none, and a place the advice names ("travel to Haiti") is no target.
// A named party told what to do ("warned Russia not to use force") is
// the demand and threat rules'.

import "strings"

// ownCivilians reports the words e..n (exclusive) as one mention of the
// warner's own civilians, a demonym standing for its people: "warned
// Americans" (USACVL) by a US warner.
func ownCivilians(st *sentence, h *verbHit, e, n int) bool {
	m := st.at[e]
	if m < 0 || st.ments[m].Start != e || st.ments[m].End != n || st.ments[m].Modifier {
		return false
	}
	a := st.ments[m]
	return len(h.source) > 0 && a.Country != "" && a.Country == h.source[0].Country && a.Code == a.Country+"CVL"
}

// ownPeople reports a mention m of the warned people that is the
// warner's own: after a possessive at e ("its citizens"), or of the
// warner's country.
func ownPeople(st *sentence, h *verbHit, m, e int) bool {
	if st.toks[e-1].Tag == "PRP$" && st.ments[m].Start <= e {
		return true
	}
	return len(h.source) > 0 && h.source[0].Country != "" && st.ments[m].Country == h.source[0].Country
}

// advisoryWarning reports a 13x hit headed by the verb "warn" whose object,
// after dates and adverbs, is people of [advised people] — bare
// ("residents"), after "the", or after a possessive with up to three
// adjectives and nouns ("its own citizens"), or the warner's own
// civilians by demonym ("Americans", ownCivilians) — and no actor but the
// warner's own people (ownPeople), followed by an infinitive ("to stay
// away", "not to travel") or by "against" and a word of [advised against]
// ("against travel to Venezuela").
func (c *Coder) advisoryWarning(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !strings.HasPrefix(h.code, "13") || toks[h.head].Lemma != "warn" || !strings.HasPrefix(toks[h.head].Tag, "VB") {
		return false
	}
	e := h.head + 1
	for e < len(toks) && (st.isDate[e] || toks[e].Tag == "RB") {
		e++
	}
	if e < len(toks) && (toks[e].Tag == "PRP$" || toks[e].Lower == "the") {
		e++
	}
	n := e
	for n < len(toks) && n < e+4 && !st.isDate[n] && (nominalTag(toks[n].Tag) || toks[n].Tag == "NNP" || toks[n].Tag == "NNPS") {
		n++
	}
	if n == e || !st.words.advisedPeople[toks[n-1].Lower] && !ownCivilians(st, h, e, n) {
		return false
	}
	for j := e; j < n; j++ {
		if m := st.at[j]; m >= 0 && !st.ments[m].Modifier && !ownPeople(st, h, m, e) {
			return false // "warned Israeli settlers to leave": a named party
		}
	}
	for n < len(toks) && (st.isDate[n] || toks[n].Tag == "RB" && toks[n].Lower != "not") {
		n++ // "warned its citizens on Monday not to travel"
	}
	if n < len(toks) && toks[n].Lower == "not" {
		n++
	}
	if n+1 < len(toks) && toks[n].Lower == "against" && st.words.advisedAgainst[toks[n+1].Lower] {
		return true // "warned Americans against travel to Venezuela"
	}
	if n+1 >= len(toks) || toks[n].Tag != "TO" {
		return false
	}
	switch toks[n+1].Tag {
	case "VB", "VBP", "NN": // (the tagger takes "to avoid travel" for a noun)
		return true
	}
	return false
}
