package events

// The story of a person given asylum, told in a relative clause about
// that person ("Sweden granted asylum to a Belarusian activist who was
// beaten by police during the 2020 protests", "…, the Saudi teenager who
// barricaded herself in a Bangkok hotel room"), is why the asylum was
// sought: background to the grant, the one event of the sentence
// (CODING.md: no history retrospectives; the dev16–19 wire sets code the
// grant alone: W16104, W18122, W19003).

// asylumBackstory reports a hit inside a "who", "whom" or "whose" clause
// that follows a grant of asylum or refuge (a 075 hit before it in the
// sentence), with no clause break (";", ", and", ", but") between the
// relative word and the hit. A "which" clause ("…, which angered
// Minsk") reacts to the grant and is not this; nor is a hit before the
// grant or after a break that starts a clause of its own.
func asylumBackstory(st *sentence, h *verbHit) bool {
	if h.code == "075" {
		return false
	}
	grant := -1
	for k := range st.hits {
		g := &st.hits[k]
		if g.code == "075" && g.end <= h.head && g != h {
			grant = g.end
			break
		}
	}
	if grant < 0 {
		return false
	}
	toks := st.toks
	rel := -1
	for k := grant; k < h.head; k++ {
		switch toks[k].Lower {
		case "who", "whom", "whose":
			if rel < 0 {
				rel = k
			}
		case ";", ":":
			return false
		case "and", "but":
			if rel >= 0 && k > 0 && toks[k-1].Text == "," {
				return false // ", and Belarus protested": a clause of its own
			}
		}
	}
	return rel >= 0
}
