package events

// People "of a <place> <place noun>": "Residents of a Nairobi slum set
// fire to a police post" are Kenya's people, as "Residents of Nairobi"
// and "Nairobi residents" are, and they are the subject of the verb
// after the phrase. The place's name (a capital, a city the gazetteer
// knows) modifies a noun of [place nouns] or [place kinds]
// (data/words.txt: town, village, slum, district, …) after "a", "an" or
// "the". Forces and officials of such a place are left to the other rules
// ("commanders of a Syrian town" name no state of theirs).

// placeNounPhrase reads "of a <place> <place noun>" starting at token e
// (the "of"), the place up to three words: it returns the place's
// country and the place noun's token, or "" and -1 when the words there
// are no such phrase.
func (c *Coder) placeNounPhrase(st *sentence, e int) (string, int) {
	toks := st.toks
	if e+3 >= len(toks) || toks[e].Lower != "of" {
		return "", -1
	}
	switch toks[e+1].Lower {
	case "a", "an", "the":
	default:
		return "", -1
	}
	for n := 3; n >= 1; n-- {
		k := e + 2 + n // the place noun after n words of name
		if k >= len(toks) || !st.words.placeHead(toks[k].Lower) {
			continue
		}
		if p, w, ok := c.placeAt(st, e+2, k, 3); ok && w == n && p.Country != "" {
			return p.Country, k
		}
	}
	return "", -1
}

// placeNounOwner sets an unresolved agent's country from such a phrase
// right after it when the agent is people at home (homePeople: residents,
// villagers, workers, students).
func (u *unknownAgent) placeNounOwner() agentVerdict {
	if u.country != "" || !homePeople(u.m) {
		return agentNext
	}
	if ctry, _ := u.c.placeNounPhrase(u.st, u.m.End); ctry != "" {
		u.country = ctry
	}
	return agentNext
}

// placeNounPeople returns the token ending the people mention whose
// "of a <place> <place noun>" phrase ends at token j (the place noun),
// the subject finder's next stop; -1 when there is none.
func (c *Coder) placeNounPeople(st *sentence, j int) int {
	toks := st.toks
	if j < 4 || st.at[j] >= 0 || !st.words.placeHead(toks[j].Lower) {
		return -1
	}
	for e := j - 3; e >= 1 && e >= j-5; e-- {
		if toks[e].Lower != "of" {
			continue
		}
		if ctry, k := c.placeNounPhrase(st, e); k == j {
			if m := st.at[e-1]; m >= 0 && homePeople(st.ments[m]) && st.ments[m].Country == ctry {
				return e - 1
			}
		}
		return -1
	}
	return -1
}
