package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// A bare institution noun ("the government", "the city's chief
// executive", "the country's prime minister") names no state of its own;
// resolve (coref.go) gives it the state its context names. When the story
// has named none before, "the country's", "the nation's", "the island's"
// or "the city's" take the one state the sentence itself anchors: the
// state of every actor, demonym, possessor and place it names, when all
// of them are one state ("The U.N. envoy for Yemen met the country's
// prime minister in Aden" YEMGOV; "Macau's student leaders called on the
// city's chief executive" MACGOV). Two states named ("The EU envoy for
// Libya met Egypt's foreign minister and the country's interior
// minister") anchor none, and the noun is resolved as before. The owner
// phrase is part of the mention, as "Yemen's prime minister" is, so the
// verb's object is found right after it.

// anchoredState returns the one state the sentence anchors: the country
// of every mention before (resolved) and after (as matched) that names a
// state, international bodies aside, and of every place the gazetteer
// finds in the sentence; "" when they name none or more than one.
func (c *Coder) anchoredState(st *sentence, before, after []actors.Mention) string {
	one := ""
	many := false
	add := func(country string) {
		if len(country) != 3 || many {
			return
		}
		if one == "" {
			one = country
		} else if one != country {
			many = true
		}
	}
	for _, ms := range [][]actors.Mention{before, after} {
		for _, m := range ms {
			if m.Unresolved || intlCode(m.Code) || strings.HasPrefix(m.Code, "NGO") || strings.HasPrefix(m.Code, "MNC") {
				continue
			}
			add(m.Country)
		}
	}
	for k := 0; k < len(st.toks) && !many; k++ {
		if st.toks[k].Tag != "NNP" {
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && p.Kind != gazetteer.KindCountry {
			add(p.Country)
			k += n - 1
		}
	}
	if many {
		return ""
	}
	return one
}

// widenToOwner makes a resolved mention right after "the country's",
// "the nation's", "the island's" or "the city's" start at that "the":
// "the country's prime minister" is one noun phrase, the verb's object
// when it follows the verb ("met the country's prime minister").
func widenToOwner(st *sentence, m *actors.Mention) {
	k := m.Start - 1
	if k < 2 || !isPossTok(st.toks[k]) || st.toks[k-2].Lower != "the" {
		return
	}
	if w := st.toks[k-1].Lower; describes(w) != "state" && !st.words.placeNoun(w) {
		return
	}
	m.Start = k - 2
	m.Span[0] = st.toks[k-2].Start
	m.Text = st.s.Text[m.Span[0]:m.Span[1]]
}

// pairedPeopleCountry returns the country of n when the bare state organ m
// ("the government", "the army") is joined to it by "and" and n is one of
// a state's own non-state parties named with its country (rebels,
// opposition, civilians, workers, clergy: "the government and Colombian
// rebels", "between the army and Karen insurgents"), whose own state m
// then is; "" otherwise (a foreign state or force is no such party: "the
// government and Russia").
func pairedPeopleCountry(toks []dyad.Token, m, n actors.Mention) string {
	if len(n.Country) != 3 || n.Modifier || n.Place || n.Unresolved || n.Person {
		return ""
	}
	if !hasSector(n, "REB", "OPP", "CVL", "LAB", "EDU", "REL", "HRI", "AGR") || hasSector(n, "GOV", "MIL", "COP", "LEG", "JUD", "SPY") {
		return ""
	}
	k := m.End
	if k >= len(toks) || toks[k].Lower != "and" {
		return ""
	}
	if k++; k < n.Start && toks[k].Lower == "the" {
		k++
	}
	if k != n.Start {
		return ""
	}
	return n.Country
}
