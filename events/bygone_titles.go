package events

// Persons named after a preposition keep their role as its object when
// the words of a bygone title stand between the preposition and the
// mention: the actor dictionary matches "president Denis Sassou Nguesso"
// but leaves "former" out, so "Militiamen loyal to former president Denis
// Sassou Nguesso shelled the centre of Brazzaville" read the president as
// the subject before the verb, and the militiamen's act was set aside as
// aimed at its own source. The subject search passes such a mention, as
// it passes "to Denis Sassou Nguesso", and the phrase's head acts (the
// militiamen: loyalForces). CODING.md: "a former leader is never GOV";
// the former leader is here not the actor at all.

// prepObjectBefore returns the token before the words of a mention,
// taken at before (the token right before its first word, past a
// "the"), moved past the words of a bygone title ("former", "ousted",
// "the late"; words.txt [bygone titles]) that are no mention's: the
// token whose preposition, if any, governs the mention.
func prepObjectBefore(st *sentence, before int) int {
	b := before
	for b >= 1 && st.at[b] < 0 && st.words.bygoneTitles[st.toks[b].Lower] {
		b--
	}
	if b == before {
		return before
	}
	if b >= 1 && st.toks[b].Lower == "the" {
		b-- // "to the former president"
	}
	return b
}

// unaffiliatedHead reports a head noun of armed men the actor dictionary
// codes UAF alone ("militiamen", "militias", "gunmen": agents.txt,
// unaffiliated armed forces). Loyal to a person who holds no office on
// the day (a former president, a warlord named with no rebel role),
// they stay UAF: no state's forces (MIL) and no rebels (REB) by the
// person's role; gold W44038 "Militiamen loyal to former president
// Denis Sassou Nguesso shelled" COGUAF, as the README's "gunmen loyal to
// a warlord" AFGUAF (roles.go loyalForces).
func (c *Coder) unaffiliatedHead(w string) bool {
	_, ok := dictEntry(c.dict.uaf, w)
	return ok
}
