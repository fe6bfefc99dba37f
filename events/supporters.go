package events

// A leader's supporters as the subject of their own act, or the target
// of one ("police fired tear gas at supporters of President X"): "Supporters of
// Jair Bolsonaro stormed the country's Congress", "loyalists of Imran
// Khan marched on Islamabad". The plain subject search finds the leader,
// a person, and codes the crowd's act as the leader's own (a former
// president's state alone, whose storming or march refine then drops);
// the crowd is the leader's state's people instead (CODING.md: protesters
// and ordinary people CVL), also for a sitting head of state (a
// president's supporters are not the government, nor the party the
// sentence does not name), or its opposition (OPP) when the leader
// belongs to the opposition or a party, as gold F0153 and E0175 code
// Imran Khan's supporters, or was deposed. As a target the crowd is
// found the same way (roles_object.go): the police who fire at a
// president's supporters do not fire at the president.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// supportersOf returns the crowd a person mention m names as its
// leader's supporters, "supporters of" m or m followed by "supporters",
// coded with the person's state and CVL (OPP for an opposition or party
// leader), its span covering the supporters noun; nil when m is no
// person with a state, is an armed group's leader, or no supporters noun
// stands next to it.
func supportersOf(st *sentence, m actors.Mention) *actors.Mention {
	if !m.Person || len(m.Country) != 3 || m.Modifier || m.Place || hasSector(m, "REB", "UAF", "CRM", "MIL") || strings.HasPrefix(m.Code, "IMG") {
		return nil
	}
	toks := st.toks
	start, end := m.Start, m.End
	switch {
	case end < len(toks) && supporterNoun(toks[end].Lower):
		end++
	case start >= 2 && toks[start-1].Lower == "of" && supporterNoun(toks[start-2].Lower):
		start -= 2
	case ofPremodified(st, start) >= 0:
		start = ofPremodified(st, start) // "Supporters of Shiite cleric Moqtada al-Sadr"
	default:
		return nil
	}
	sector := "CVL"
	if hasSector(m, "OPP", "PTY") || deposedBefore(toks, m.Start) {
		// (the camp of a leader the army or a revolt deposed contests the
		// new rulers: "supporters of ousted president Mohamed Mursi" are
		// EGYOPP, as gold W13268 and W15040 code them; a former leader
		// voted out is the country's people, BRACVL, as w4-0099)
		sector = "OPP"
	}
	s := m
	s.Code, s.Sectors = m.Country+sector, []string{sector}
	s.Person, s.Plural, s.Kind, s.Possessive = false, true, "coref", false
	words := make([]string, 0, end-start)
	for _, t := range toks[start:end] {
		words = append(words, t.Text)
	}
	s.Start, s.End, s.Text = start, end, strings.Join(words, " ")
	return &s
}

// supporterNoun reports the plural nouns of a leader's following.
func supporterNoun(w string) bool {
	switch w {
	case "supporters", "loyalists", "followers", "partisans":
		return true
	}
	return false
}

// ofPremodified returns the index of the supporters noun of "supporters
// of" when adjectives the person mention at start does not take in (a
// faith or a nationality read as a modifier, "jailed", "populist") stand
// between "of" and the mention: "Supporters of Shiite cleric Moqtada
// al-Sadr", "followers of Sunni preacher X"; -1 otherwise. At most three
// such words are crossed, and none may be an actor of its own.
func ofPremodified(st *sentence, start int) int {
	toks := st.toks
	for k := start - 1; k >= 1 && k >= start-3; k-- {
		if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
			return -1
		}
		if st.at[k] < 0 && toks[k].Tag != "JJ" && toks[k].Tag != "NNP" && toks[k].Tag != "VBN" {
			return -1
		}
		if k >= 2 && toks[k-1].Lower == "of" && supporterNoun(toks[k-2].Lower) {
			return k - 2
		}
	}
	return -1
}
