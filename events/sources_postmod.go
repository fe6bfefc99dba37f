package events

// Subjects carrying a post-modifier the plain subject search stops at:
// a place or origin phrase, or a participle phrase, between the actor
// that opens the clause and its verb.

import "github.com/dyad-events/dyad/actors"

// postModifiedSubject reads the subject of the verb at i when the clause
// opens with an actor of people or craft followed by a post-modifier and
// no finite verb before i: a place or origin phrase ("Workers at
// "Janjaweed militiamen on horseback drove", "U.S. Navy helicopters from the
// carrier Abraham Lincoln flew", "Hundreds of Kurdish prisoners in
// Turkish jails began") or a participle phrase ("FARC rebels dressed as
// soldiers kidnapped", "Sudanese refugees stranded at the border
// accused", "A suicide bomber posing as a pregnant woman blew"), or a
// relative clause opened by "whose" with its own verb ("Villagers whose
// homes were flooded blocked", sources_postmod_whose.go), or soldiers or
// police "of" the force or mission they serve in ("Nigerian soldiers of a
// West African intervention force landed"). An
// infinitive after a control verb takes that verb's subject ("… tried to
// storm"). It comes after the narrower readers of headedSubject; nil when
// the clause opens otherwise, when a comma, conjunction, relative word or
// finite verb stands between the actor and the verb, when the phrase
// opens with "at" ("Workers at Volkswagen's plants staged": a workplace,
// whose owner the act is often against), when "dressed" or "clad" is not
// followed by "as" ("women dressed in black marched": clothes, no guise),
// or when a
// government's people come "from" somewhere ("Top officials from 50
// countries", the countries' own). People "from" an organisation are
// that organisation's ("suicide bombers from the National Thowheeth
// Jama'ath struck"), unless it is a community they only come from
// ("Gunmen from the Lendu community killed": the gunmen).
func (c *Coder) postModifiedSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i >= 2 && toks[i].Tag == "VB" && toks[i-1].Lower == "to" {
		if k := controlVerbBefore(st, i-1); k >= 0 && k < i-1 {
			i = k // "A gunman on a motorbike tried to shoot"
		}
	}
	if i < 3 || !finite(toks[i].Tag) {
		return nil
	}
	j := verbLeft(st, i)
	if j < 2 {
		return nil
	}
	// the clause's start: the sentence's, or a comma after a fronted phrase
	lo := 0
	for k := j; k >= 0; k-- {
		if subjectStop(toks[k]) || toks[k].Text == "\"" || toks[k].Text == "\u201c" || toks[k].Text == "\u201d" {
			return nil
		}
		if toks[k].Text == "," {
			lo = k + 1
			break
		}
	}
	if !clauseOpen(st, lo) {
		return nil
	}
	// the head: the first mention, past determiners, numbers, adjectives,
	// quantity and role nouns and nationality words that name no actor
	head, of := -1, false
	for k := lo; k <= j && k < lo+6; k++ {
		if m := st.at[k]; m >= 0 {
			if st.ments[m].Modifier && st.ments[m].End <= j && st.at[st.ments[m].End] >= 0 {
				continue // (a modifier inside the head's own phrase)
			}
			head = m
			break
		}
		t := toks[k]
		switch {
		case st.isDate[k]:
			return nil
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || ordinalWord(t.Lower) || t.Lower == "final" || t.Lower == "new":
		case t.Lower == "of":
			of = k > lo
		case t.Tag == "NNP" && k+1 <= j && st.at[k+1] >= 0:
			// "Hundreds of Kurdish prisoners": a nationality the dictionary
			// gives no code of, before the head
		case (t.Tag == "NN" || t.Tag == "NNS") && headNoun(t.Lower):
		default:
			return nil
		}
	}
	if head < 0 {
		return nil
	}
	mt := st.ments[head]
	if mt.Modifier || mt.Place || mt.Possessive || mt.End > j+1 || toks[mt.Start].Tag == "PRP" {
		return nil // (a pronoun takes no post-modifier: "He called on …")
	}
	switch mt.Kind {
	case "coref", actors.KindAgent, actors.KindOrg:
	default:
		return nil
	}
	p := mt.End
	if p == j+1 && of {
		return c.group(st, head) // "The first contingent of Burundian peacekeepers landed"
	}
	if p > j || isPossTok(toks[p]) {
		return nil
	}
	// the post-modifier's opening word
	w := toks[p].Lower
	participle, relative := false, false
	switch {
	case w == "of" && hasSector(mt, "MIL", "COP") && st.words.missionForces[toks[j].Lower]:
		// "The first 190 Nigerian soldiers of a West African intervention
		// force landed": the force or mission they serve in ([mission
		// forces] of data/words.txt); the soldiers act
	case w == "whose" && p+2 <= j:
		relative = true // "Mothers whose sons vanished in the war began" (sources_postmod_whose.go)
	case placePostPrep(w):
		if w == "from" && hasSector(mt, "GOV") {
			return nil // "Top officials from 50 countries": the countries' own
		}
	case p+1 <= j && st.words.guiseParticiples[w] && (toks[p+1].Tag == "IN" || toks[p+1].Lower == "as") && toks[p+1].Lower != "of":
		if (w == "dressed" || w == "clad") && toks[p+1].Lower != "as" {
			return nil // clothes, not a guise: "women dressed in black marched"
		}
		participle = true // "dressed as", "stranded at", "posing as"
	default:
		return nil
	}
	if j-p > 10 {
		return nil
	}
	for k := p; k <= j; k++ {
		t := toks[k]
		if participle && k == p || relative && k == p {
			continue
		}
		if relative && whoseVerb(toks, p, k) {
			relative = isAux(t) // the relative clause's own verb, once ("were flooded": the auxiliary and its participle)
			continue
		}
		if t.Text == "," || t.Tag == "CC" || t.Tag == "MD" || t.Tag == "VB" || t.Tag == "PRP" || subjectStop(t) || isQuote(t.Text) || st.isDate[k] {
			return nil // (a clause of its own: "… to show they oppose")
		}
		if st.at[k] < 0 && (t.Tag == "VBG" || t.Tag == "VBN") && (toks[k-1].Tag == "IN" || toks[k-1].Tag == "DT") && k < j {
			continue // a participle before its noun: "angry over soaring food prices"
		}
		if st.at[k] < 0 && (finite(t.Tag) || t.Tag == "VBG" || t.Tag == "VBN") {
			return nil // a clause of its own: "Police in Kenya fired tear gas at protesters marching …"
		}
	}
	if w == "from" && p+1 <= j {
		if q := pastThe(toks, p+1); q <= j && st.at[q] < 0 && toks[q].Tag == "NNP" && startsUpperASCII(toks[q].Text) && !communityAfter(st, q, j) {
			return nil // "bombers from the National Thowheeth Jama'ath": a group the dictionary does not know
		}
		// "Islamist suicide bombers from the National Thowheeth Jama'ath
		// struck": the group they come from acts; a state or place they
		// come from is no actor here
		for k := p + 1; k <= j; k++ {
			if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
				if st.ments[m].Kind == actors.KindOrg && !st.ments[m].Place {
					return c.group(st, m)
				}
				break
			}
		}
	}
	return c.group(st, head)
}

// placePostPrep reports prepositions that open a place or origin phrase
// after a subject's head: "prisoners in", "helicopters from", "soldiers on
// patrol". Not "at": "Workers at Volkswagen's plants", "staff at the
// embassy" name a workplace, whose owner is often the act's target, not a
// place the actor stands in.
func placePostPrep(w string) bool {
	switch w {
	case "in", "from", "on", "near", "across", "outside", "inside", "aboard", "along":
		return true
	}
	return false
}
