package actors

import "github.com/dyad-events/dyad"

// sharedTitle drops a title coordinated with a second title before one
// name: "the former governor and United Nations ambassador Nikki
// Haley", "Deputy Prime Minister and Foreign Minister
// Ayman Safadi" name one person, who is one actor (the mention of the
// name and its nearer title). The first title must be a singular holder
// noun with no name of its own, followed at once by "and" and the second
// title, which carries no determiner ("the president and the foreign
// minister, Lavrov" are two people) and is no name itself ("the adviser
// and Susan Rice" are two). ms are the mentions of toks, left to right;
// raws the dictionary matches they were made of. The slice is filtered in
// place and returned.
func sharedTitle(toks []dyad.Token, raws []raw, ms []Mention) []Mention {
	out := ms[:0]
	for i, a := range ms {
		if i+1 < len(ms) && titleBeforeTitle(toks, raws, a, ms[i+1]) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// titleBeforeTitle reports a, an unnamed singular title, joined by "and"
// to b, a titled person: see sharedTitle.
func titleBeforeTitle(toks []dyad.Token, raws []raw, a, b Mention) bool {
	if a.Person || a.Kind != KindAgent || a.Plural || a.End >= len(toks) || a.End < 1 || !isHolderNoun(toks[a.End-1].Lower) {
		return false
	}
	if toks[a.End].Lower != "and" || b.Start != a.End+1 || !b.Person || b.End-b.Start < 3 {
		return false
	}
	if t := toks[b.Start]; t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "CD" {
		return false
	}
	for _, r := range raws {
		if r.start == b.Start && r.p.kind == KindPerson {
			return false // "the adviser and Susan Rice": the second is a name
		}
	}
	return true
}
