package actors

import "github.com/dyad-events/dyad"

// sharedName returns the first state of two whose names share their last
// word and are coordinated with it said once, at token i: "North and
// South Korea", "North and South Sudan" name two states, each an actor
// (gold dev50 W50023: "North and South Korea agreed …" is PRK 0356 KOR
// and KOR 0356 PRK, CODING.md's mutual verb between two actors). The
// first word with the shared last word ("North Korea") and the second
// with it ("South Korea") must each be a country name of the dictionary;
// the match spans the first word alone and takes its country's pattern,
// the second name is matched where it stands. A word that is no country
// with the shared word ("South and East Asia", "Sunni and Shia Muslims")
// gives nothing. The states' adjectives are read the same way: "North
// and South Korean warships" are North Korea's and South Korea's (gold
// dev46 W46005 PRKMIL 190 KORMIL and KORMIL 190 PRKMIL), as "Indonesian
// and Malaysian police" are each state's; both must be adjectives then.
// It returns an empty raw otherwise.
func (m *Matcher) sharedName(toks []dyad.Token, i int) raw {
	none := raw{start: i, end: i}
	if i+3 >= len(toks) || toks[i+1].Lower != "and" || !startsUpper(toks[i].Text) {
		return none
	}
	second := m.longest(toks, i+2)
	if second.p == nil || (second.p.kind != KindCountry && second.p.kind != KindAdjective) || second.end != i+4 {
		return none
	}
	pair := [2]dyad.Token{toks[i], toks[i+3]}
	r := m.longest(pair[:], 0)
	if r.p == nil || r.p.kind != second.p.kind || r.end != 2 || r.p.entries[0].Code == second.p.entries[0].Code {
		return none
	}
	return raw{start: i, end: i + 1, p: r.p}
}
