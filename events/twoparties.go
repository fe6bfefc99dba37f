package events

// "The two sides", "both countries" as a subject: the two parties the
// sentence named before it (twoParties, sources_structure.go).

import "github.com/dyad-events/dyad/actors"

// statePlural reports a plural noun that stands for states ("both
// countries", "the two neighbours"), not for people or sides of a talk.
func statePlural(w string) bool {
	switch w {
	case "countries", "nations", "neighbours", "neighbors", "governments", "states":
		return true
	}
	return false
}

// namedPair returns the two parties named before token k of the sentence
// when no earlier act has them: "Peru said its talks with Chile had gone
// well and that the two sides had agreed to meet again" (PER and CHL).
// Exactly two actors of distinct codes must precede k, none of them a
// modifier, a place or an unresolved agent, the second the partner of
// talks or a meeting ("talks with Chile": talksWith); nil otherwise.
func namedPair(st *sentence, k int) []actors.Mention {
	var pair []actors.Mention
	for _, m := range st.ments {
		if m.Start >= k {
			break
		}
		if m.Modifier || m.Place || m.Kind == "place" || m.Unresolved || m.Code == "" {
			return nil
		}
		if len(pair) > 0 && pair[len(pair)-1].Code == m.Code {
			continue
		}
		pair = append(pair, m)
	}
	if len(pair) != 2 || pair[0].Country == pair[1].Country && pair[0].Code == pair[1].Code || !talksWith(st, pair[1].Start) {
		return nil
	}
	return pair
}

// talksWith reports a mention at token i that is the partner of talks
// named just before it: "its talks with Chile", "the negotiations with
// the rebels", "a meeting with Lula" ("with", a determiner at most, then
// a word of [talk words] or [meeting nouns] within three words back).
func talksWith(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || toks[i-1].Lower != "with" && !(toks[i-1].Lower == "the" && i >= 3 && toks[i-2].Lower == "with") {
		return false
	}
	w := i - 1
	if toks[w].Lower == "the" {
		w--
	}
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if st.words.talkWords[toks[k].Lower] || st.words.meetingNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}
