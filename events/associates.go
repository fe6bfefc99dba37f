package events

import (
	"github.com/dyad-events/dyad/actors"
)

// possessedAssociate returns the actor for a noun phrase naming someone
// of a person's circle by the person's possessive, when that someone
// does not act for the person's office: a former aide or adviser
// ("Venezuelan President Nicolas Maduro's former aide", "the premier's
// ex-spokesman"), a relative ("the president's son", kin words and kin
// nouns of data/words.txt) or a private agent ("the president's lawyer",
// [private agents]). Such a person is of the leader's country but holds
// none of the leader's roles: the country code alone, over the whole
// phrase. A serving aide or spokesman speaks for the principal and keeps
// the principal's code (CODING.md), and so does a head noun before a
// name of its own ("the president's son-in-law Jared Kushner" is
// Kushner). o is the token of the possessive "'s", k the head noun; ok
// is false when the phrase is none of these.
func possessedAssociate(st *sentence, o, k int) (a actors.Mention, ok bool) {
	toks := st.toks
	if o < 1 || o >= k || !isPossTok(toks[o]) || st.at[o-1] < 0 {
		return a, false
	}
	mt := st.ments[st.at[o-1]]
	if mt.End != o || mt.Modifier || mt.Place || mt.Country == "" || !(mt.Person || mt.Kind == actors.KindPerson || mt.Kind == "title") {
		return a, false
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "NNP" || st.at[k+1] >= 0) {
		return a, false // "the president's son Eric"
	}
	head := toks[k].Lower
	was := false
	for x := o + 1; x < k; x++ {
		switch toks[x].Lower {
		case "former", "ex", "onetime", "one-time", "erstwhile":
			was = true
		}
	}
	if len(head) > 3 && head[:3] == "ex-" {
		was, head = true, head[3:]
	}
	w := st.words
	switch {
	case w.kinWords[head] || w.kinNouns[head] || w.privateAgents[head]:
	case was && (w.bodyNoun(head) || w.personNouns[head]):
	default:
		return a, false
	}
	a = mt
	a.Code, a.Sectors = mt.Country, nil
	a.Start, a.End = mt.Start, k+1
	a.Span = [2]int{toks[mt.Start].Start, toks[k].End}
	a.Text = st.s.Text[a.Span[0]:a.Span[1]]
	a.Possessive = false
	return a, true
}
