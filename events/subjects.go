package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// headedSubject finds the subject of the finite verb at i when the noun
// phrase before it carries post-modifiers the plain subject search stops
// at: "Police in the southern city of Karachi arrested", "Gunmen on
// motorcycles killed", "Members of the Wagner group killed", "Protesters
// angry over fuel prices clashed", "Soldiers loyal to the junta
// arrested", "An armed group linked to Islamic State abducted", "The
// head of Ukraine's military intelligence accused", "The attack, claimed
// by the Islamic State group, killed". It takes the clause's first actor
// when only a quantity or role noun ("hundreds of", "members of", "the
// head of") comes before it and no finite verb lies between it and i;
// an act named first gives its claimant ("claimed by", "carried out by").
// nil when the clause opens otherwise. The shapes of subjects6.go
// (fromSubject, loyalSubject, stationedSubject, placedSubject) come after.
func (c *Coder) headedSubject(st *sentence, i int) []actors.Mention {
	if g := c.postModSubject(st, i); len(g) > 0 {
		return g
	}
	if g := c.fromSubject(st, i); len(g) > 0 {
		return g
	}
	if g := c.loyalSubject(st, i); len(g) > 0 {
		return g
	}
	if g := c.stationedSubject(st, i); len(g) > 0 {
		return g
	}
	return c.placedSubject(st, i)
}

// postModSubject is headedSubject's reading of quantities, role nouns
// and reduced relatives before the actor.
func (c *Coder) postModSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 1 || !finite(toks[i].Tag) && toks[i].Tag != "VBN" && !progressive(st, i) {
		return nil
	}
	lo := 0
	for k := i - 1; k >= 0; k-- {
		if subjectStop(toks[k]) || toks[k].Text == ";" || toks[k].Text == ":" || toks[k].Text == "\u2014" || toks[k].Text == "--" {
			lo = k + 1
			break
		}
	}
	// the head: the first mention, past only quantities and role nouns
	head := -1
	for k := lo; k < i; k++ {
		if m := st.at[k]; m >= 0 {
			head = m
			break
		}
		t := toks[k]
		switch {
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Lower == "of" || t.Lower == "both":
		case (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" && k == lo) && headNoun(t.Lower):
		case (t.Tag == "NN" || t.Tag == "NNS") && claimedAct(t.Lower):
			return c.claimant(st, k+1, i) // "The attack, claimed by the Islamic State group, killed"
		default:
			return nil
		}
	}
	if head < 0 {
		return nil
	}
	mt := st.ments[head]
	if mt.Modifier || mt.Place || mt.Start > 0 && isPreposition(toks[mt.Start-1].Lower) && toks[mt.Start-1].Lower != "of" {
		return nil
	}
	// a phrase the plain search does not read: a head after "X of" or a
	// post-modifier between the head and the verb
	of := mt.Start > lo && toks[mt.Start-1].Lower == "of" || mt.Start > lo+1 && toks[mt.Start-1].Tag == "DT" && toks[mt.Start-2].Lower == "of"
	// a reduced relative right after the head, with no comma before the
	// verb ("An armed group linked to Islamic State abducted", "Armed men
	// believed to be members of al-Shabaab stormed"); a plain
	// prepositional phrase is left to the plain search (in the corpora
	// "Top officials from 50 countries", "a spokesman for UKIP" mislead)
	post := mt.End < i && reducedParticiple(toks[mt.End].Lower)
	if mt.Kind == actors.KindOrg && mt.End+2 < i && headNoun(toks[mt.End].Lower) && toks[mt.End+1].Lower == "of" {
		// "A U.N. commission of inquiry is looking into": the body's
		// own noun and what it is of
		post = true
		for k := mt.End + 2; k < i && post; k++ {
			post = st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || isAux(toks[k]) || toks[k].Tag == "RB")
		}
	}
	if mt.End < i && mt.Kind == "coref" && hasSector(mt, "COP", "MIL", "REB", "UAF", "CVL") && !hasSector(mt, "GOV") {
		// police, troops, gunmen and crowds placed or equipped by a
		// phrase: "Police in the southern city of Karachi arrested",
		// "Gunmen on motorcycles killed" (not officials "from 50
		// countries" nor "a spokesman for UKIP")
		switch toks[mt.End].Lower {
		case "in", "on", "near", "across", "outside", "inside":
			post = true
		}
		if toks[mt.End].Tag == "VBG" && mt.End+1 < i && !strings.HasPrefix(toks[mt.End+1].Tag, "VB") {
			post = true // "Police officers wearing riot gear detained", "Demonstrators carrying Palestinian flags marched"
		}
	}
	if mt.End < i && toks[mt.End].Lower == "on" && (topicBody(toks[mt.End-1].Lower) || committeeCountry(st, st.ments, mt) != "") {
		// "The Senate Committee on Foreign Relations condemned",
		// "Lawmakers on the House Select Committee on China said": the
		// body's name and what it deals with (coder10.go)
		post = true
	}
	for k := mt.End; k < i && post; k++ {
		post = toks[k].Text != ","
	}
	if !of && !post {
		return nil
	}
	// between the head and the verb: post-modifiers only, no finite verb
	for k := mt.End; k < i; k++ {
		if st.at[k] >= 0 {
			continue
		}
		t := toks[k]
		if isAux(t) && verbLeft(st, i) < k {
			break // the verb's own auxiliary: "is looking into"
		}
		if t.Tag == "MD" || finite(t.Tag) && !reducedParticiple(t.Lower) || t.Text == "\"" {
			return nil
		}
	}
	return c.group(st, head)
}

// headNoun reports nouns that head a phrase whose actor follows "of":
// quantities, parts and roles ("hundreds of", "members of", "the head
// of", "one of").
func headNoun(w string) bool {
	switch w {
	case "hundreds", "thousands", "dozens", "scores", "tens", "members", "member", "head", "chief", "leader",
		"unit", "units", "team", "teams", "commission", "panel", "mission", "delegation", "envoy", "envoys", "spokesman", "spokeswoman", "commander", "commanders", "supporters":
		return true
	}
	return false
}

// claimedAct reports nouns of acts whose claimant a "claimed by" phrase
// names.
func claimedAct(w string) bool {
	switch w {
	case "attack", "attacks", "bombing", "bombings", "assault", "raid", "ambush", "blast", "explosion", "strike", "kidnapping", "abduction":
		return true
	}
	return false
}

// claimant returns the actor of a "claimed by X" or "carried out by X"
// phrase between from and i (byAgent reads the "by" phrase).
func (c *Coder) claimant(st *sentence, from, i int) []actors.Mention {
	toks := st.toks
	for k := from + 1; k+1 < i; k++ {
		if toks[k].Lower != "by" {
			continue
		}
		switch toks[k-1].Lower {
		case "claimed", "out", "perpetrated", "conducted", "staged", "mounted":
			return c.byAgent(st, k)
		}
	}
	return nil
}

// reducedParticiple reports past forms that open a reduced relative after
// a noun ("armed men believed to be", "a group linked to"), not a verb of
// the clause.
func reducedParticiple(w string) bool {
	switch w {
	case "believed", "linked", "backed", "armed", "based", "allied", "affiliated", "aligned", "known", "thought",
		"suspected", "accused", "claimed", "allegedly", "reportedly", "led", "funded", "supported", "trained":
		return true
	}
	return strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-led")
}
