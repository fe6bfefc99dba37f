package actors

import "github.com/dyad-events/dyad"

// "HEAD of OWNER" phrases whose head noun is no dictionary actor but whose
// owner is: the head's kind says whose the phrase is.
//
//   - a body or the members of a named organisation ("the board of the
//     IAEA", "the executive board of the IMF", "members of the Security
//     Council", "the leadership of Hamas") act for the organisation, as
//     "the IAEA board" and "the IAEA's board of governors" already do
//     (orgOrgan): the mention starts at the head (bodyOf);
//   - a government named by a leader the dictionary does not know
//     ("Congo's government of Laurent Kabila") is one mention, the
//     government, over the leader's name (ruledBy): the verb's subject
//     ends with the name, which alone left the subject no actor.
//
// Kin of an owner ("parents of missing students") are the owner's state's
// civilians, not the owner's role: the coder's kinCountry reads them.
// Names with "of" inside stay one dictionary match and are not read here
// ("the Democratic Republic of Congo", "the Islamic State of Iraq"), nor
// is a place ("the Gulf of Aden").

// bodyOf returns the start of "the board of", "the executive board of",
// "the board of governors of", "members of" (a body or member noun,
// "of" and an optional "the") that ends just before token k, the start of
// an organisation's name; -1 when there is none.
func bodyOf(toks []dyad.Token, k int) int {
	j := k - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j].Lower != "of" {
		return -1
	}
	j--
	if j >= 2 && toks[j-1].Lower == "of" && organNoun(toks[j-2].Lower) {
		switch toks[j].Lower {
		case "governors", "directors", "trustees":
			j -= 2 // "the board of governors of the IAEA"
		}
	}
	if !organNoun(toks[j].Lower) && !bodyMembers(toks[j].Lower) {
		return -1
	}
	if j > 0 && (toks[j-1].Tag == "JJ" || organNoun(toks[j-1].Lower)) && !startsUpper(toks[j-1].Text) {
		j-- // "the executive board", "the governing council"
	}
	if j > 0 && (toks[j-1].Lower == "the" || toks[j-1].Lower == "a") {
		j--
	}
	return j
}

// bodyMembers reports a noun naming the members or leaders of a body that
// is no dictionary agent of its own.
func bodyMembers(w string) bool {
	switch w {
	case "member", "members", "leadership", "membership":
		return true
	}
	return false
}

// ruledBy returns the end of "of" and a leader's name right after a
// government noun ending at end ("the government of Laurent Kabila", "the
// regime of President Laurent Kabila"): a name the dictionary does not
// know, of two words or more, after an optional title; end when there is
// none. raws[j] is the first dictionary match at or after end. A leader
// the dictionary knows stays a mention of its own ("the regime of Kim
// Jong Un"): the coder gives the government its state, and a later "Kim"
// is that person (dropping it lost a judged-right event).
func (m *Matcher) ruledBy(toks []dyad.Token, raws []raw, j, end int) int {
	if end < 1 || end+1 >= len(toks) || toks[end].Lower != "of" {
		return end
	}
	switch toks[end-1].Lower {
	case "government", "regime", "administration", "cabinet", "junta":
	default:
		return end
	}
	o := end + 1
	if j < len(raws) && raws[j].start == o {
		r := raws[j]
		if roles := splitRoles(r.p.entries[0].Code); r.p.kind != KindAgent || len(roles) != 1 || roles[0] != "GOV" {
			return end
		}
		o = r.end // "President Laurent Kabila": a title and a name
	}
	if e := m.nameRunAt(toks, raws, o); e-o >= 2 {
		return e
	}
	return end
}
