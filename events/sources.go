package events

// The source of an act (who did it) when the plain leftward subject search
// stops short: a subject noun phrase with post-modifiers ("Police in the
// southern city of Karachi arrested", "Members of the Wagner group
// killed", "The attack, claimed by the Islamic State group, killed"), a
// force's possessed vessel or unit ("The Chinese navy's hospital ship"),
// people or things "from" a state ("Rescue teams from Turkey"), a located
// body, "the country" of a speaker, forces "loyal to" an actor, and a
// weapon noun heading the subject ("Ukrainian drones hit a refinery").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// weaponSubject matches a weapon noun that heads an actor phrase as the
// subject-instrument of a strike verb ("Ukrainian drones hit a refinery",
// "Israeli warplanes pounded Gaza": the noun patterns of verbs.txt whose
// slots run past the phrase into the verb). The token at i must be the
// phrase's last word and the next one a verb; a phrase that merely
// contains a weapon word ("missile forces") matches nothing.
func (c *Coder) weaponSubject(st *sentence, i int) (verbHit, bool) {
	m := st.at[i]
	if m < 0 || st.ments[m].End != i+1 || i+1 >= len(st.toks) {
		return verbHit{}, false
	}
	if !pastVerb(st.toks[i+1]) && !(st.toks[i+1].Text == "," && c.agentVerbAfter(st, i)) {
		return verbHit{}, false // (a compound noun is no subject: "South Korean military drills"; "Two drones, launched by the Houthis, hit": weapon_agent.go)
	}
	h, ok := c.matchNoun(st, i)
	if !ok || len(h.p.Slots) < 2 || h.end <= i+1 {
		return verbHit{}, false
	}
	return h, true
}

// pastVerb reports a token that is a verb, or a past form the tagger may
// have read as a noun after a plural ("drones targeted").
func pastVerb(t dyad.Token) bool {
	return strings.HasPrefix(t.Tag, "VB") || strings.HasSuffix(t.Lower, "ed") || t.Lower == "hit" || t.Lower == "hits" || t.Lower == "struck"
}

// subjectPP reports whether the non-actor noun phrase ending before b+1
// (its first token after b) is a place phrase inside a longer subject:
// "Palestinian prisoners [in Israeli jails] launched …", "Kenyan
// fishermen [in coastal villages] blocked …". It returns the index of
// the preposition, or -1. The preposition must follow a noun or an actor,
// so that the head noun phrase before it can be the subject.
func subjectPP(st *sentence, b int) int {
	toks := st.toks
	q := b
	for q >= 0 {
		if m := st.at[q]; m >= 0 {
			if !st.ments[m].Modifier && !placeNameInPhrase(st, st.ments[m]) {
				return -1 // (a state named in the place: sources_place_possessor.go)
			}
			q--
			continue
		}
		if npTag(toks[q].Tag) || placeOfBetween(st, q) {
			q--
			continue
		}
		break
	}
	if q < 1 || q == b && st.at[b] < 0 && toks[b].Tag != "IN" {
		return -1
	}
	switch toks[q].Lower {
	case "in", "at", "inside", "near", "across", "outside":
		// not "from": "bombers from the National Thowheeth Jama'ath" names
		// the group they act for
	default:
		return -1
	}
	p := toks[q-1]
	if st.at[q-1] < 0 && !(p.Tag == "NN" || p.Tag == "NNS" || p.Tag == "NNP") || st.isDate[q-1] {
		return -1
	}
	// the head noun phrase must open its clause: "freed 90 Palestinian
	// prisoners from the Ofer jail" is an object, whatever the tagger
	// makes of "jail"
	h := q - 1
	for h >= 0 && !st.isDate[h] && (st.at[h] >= 0 || npTag(toks[h].Tag)) {
		h--
	}
	if h == 0 && toks[h].Tag == "VBG" {
		h-- // "Striking miners at Chile's Escondida mine": a participle opening the sentence
	}
	if h >= 0 && toks[h].Text != "," && !subjectStop(toks[h]) && !st.isDate[h] && !(subordinator(toks[h].Lower) || toks[h].Lower == "as") {
		// (a subordinate clause's subject opens it: "as protesters angry at budget cuts blocked roads")
		return -1
	}
	return q
}

// npTag reports the part-of-speech tags of words inside a noun phrase.
func npTag(tag string) bool {
	switch tag {
	case "DT", "JJ", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "POS":
		return true
	}
	return false
}

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
// nil when the clause opens otherwise. The shapes of sources.go
// (fromSubject, loyalSubject, stationedSubject, placedSubject) come after,
// then the broader postModifiedSubject (sources_postmod.go).
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
	if g := c.placedSubject(st, i); len(g) > 0 {
		return g
	}
	return c.postModifiedSubject(st, i) // "Workers at Volkswagen's plants staged" (sources_postmod.go)
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
		case t.Tag == "NNP" && ethnic(t.Text) && k > lo:
			// a people's name before the head: "Thousands of Druze
			// residents of Sweida … marched" (coref_people.go)
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
	b := mt.Start - 1
	for b > lo && toks[b].Tag == "NNP" && ethnic(toks[b].Text) {
		b-- // "thousands of Druze residents"
	}
	of := b >= lo && b < mt.Start-1 && toks[b].Lower == "of" || mt.Start > lo && toks[mt.Start-1].Lower == "of" || mt.Start > lo+1 && toks[mt.Start-1].Tag == "DT" && toks[mt.Start-2].Lower == "of"
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
		// body's name and what it deals with
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
// of", "one of", "a faction of", "a battalion of").
func headNoun(w string) bool {
	switch w {
	case "hundreds", "thousands", "dozens", "scores", "tens", "members", "member", "head", "chief", "director", "director-general", "leader",
		"unit", "units", "team", "teams", "commission", "panel", "mission", "delegation", "envoy", "envoys", "spokesman", "spokeswoman", "commander", "commanders", "supporters",
		"faction", "factions", "elements", "contingent", "contingents", "battalion", "battalions", "brigade", "brigades", "squad", "squads", "detachment", "detachments": // "a faction of Turkey's military attempted a coup"
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

// possessedUnit reports whether mention mt, right before the common noun
// w that heads the subject, owns w as one of its vessels, aircraft or
// units: "The Chinese navy's hospital ship", "Russia's Black Sea Fleet's
// flagship", "The Pakistani army's media wing". The owner is a force,
// police or an organisation and is joined by a possessive (poss, or an
// "'s" inside the mention); a state's name alone is not enough ("Russia's
// gas").
func possessedUnit(st *sentence, mt actors.Mention, poss bool, w string) bool {
	if mt.Place || !st.words.vehicleNouns[w] && !st.words.unitNouns[w] && w != "wing" {
		return false
	}
	if !poss {
		for k := mt.Start; k < mt.End-1 && !poss; k++ {
			poss = isPossTok(st.toks[k])
		}
	}
	if !poss {
		// "a Syrian air force helicopter dropped": a force's own craft
		return st.words.vehicleNouns[w] && hasSector(mt, "MIL", "COP") && !mt.Modifier
	}
	return mt.Kind == actors.KindOrg && len(mt.Sectors) > 0 || hasSector(mt, "MIL", "COP", "SPY")
}

// verbLeft returns the token before the finite verb at i past adverbs,
// auxiliaries, modals, date expressions and a partitive appositive of a
// role noun (pastRoleAside): the end of its subject.
func verbLeft(st *sentence, i int) int {
	j := i - 1
	for j >= 0 && (st.isDate[j] || st.toks[j].Tag == "RB" || st.toks[j].Tag == "MD" || isAux(st.toks[j])) {
		j--
	}
	return pastRoleAside(st, j) // "Tea pickers in Assam, most of them women, blocked" (sources_partitive.go)
}

// clauseOpen reports whether a subject phrase starting at token a opens
// the sentence's first clause: the sentence's start, or a comma after a
// fronted phrase with no finite verb ("On Sunday, rescue teams …").
func clauseOpen(st *sentence, a int) bool {
	if a == 0 {
		return true
	}
	if st.toks[a-1].Text != "," {
		return false
	}
	for k := 0; k < a-1; k++ {
		if finite(st.toks[k].Tag) && st.at[k] < 0 {
			return false
		}
	}
	return true
}

// fromSubject reads a subject whose head is a common noun of people or
// things from a state or organisation, with the verb at i right after:
// "Rescue teams from Turkey arrived", "Firefighters from Spain and
// Portugal arrived", "Trucks from the Egyptian Red Crescent carried",
// "Aid convoys from Jordan delivered". The actor after "from" acts.
// Nil unless the head phrase (articles, adjectives, nouns, numbers) opens
// the clause and no actor stands in it.
func (c *Coder) fromSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 3 || !finite(toks[i].Tag) {
		return nil
	}
	j := verbLeft(st, i)
	if j < 2 || st.at[j] < 0 {
		return nil
	}
	m := st.at[j]
	if mt := st.ments[m]; mt.Modifier || mt.End != j+1 {
		return nil
	}
	g := c.group(st, m)
	p := g[0].Start - 1
	if p >= 1 && toks[p].Lower == "the" {
		p--
	}
	if p < 1 || toks[p].Lower != "from" {
		return nil
	}
	nouns := 0
	a := p - 1
	for ; a >= 0 && !(a > 0 && toks[a-1].Text == ","); a-- {
		t := toks[a]
		if st.at[a] >= 0 || st.isDate[a] {
			return nil
		}
		switch {
		case nounTag(t.Tag):
			nouns++
		case t.Tag == "VBZ" || t.Tag == "VBP":
			// a plural noun the tagger read as a verb at the sentence's
			// start: "Rescue teams from"
			if a != p-1 || a == 0 {
				return nil
			}
			nouns++
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD":
		default:
			return nil
		}
	}
	if a < 0 {
		a = 0
	}
	if nouns == 0 || !clauseOpen(st, a) {
		return nil
	}
	return g
}

// placedSubject reads a located body whose place names its country with
// a possessive and a place phrase, the verb at i right after: "Police in
// Pakistan's Punjab province arrested", "Authorities in India's Manipur
// state imposed", "Villagers in Peru's southern Puno region took",
// "Police in Kenya's coastal city of Mombasa arrested", "Striking nurses
// in Kenya's western county of Kisumu marched". The mention "Police in
// Pakistan" acts; so does people's own mention before "in" or "on" and a
// state named apart ("Dozens of fishermen on Kenya's coastal island of
// Lamu blocked": the fishermen). The place phrase is
// nouns, adjectives, "of", "the" and names that are no actor, with a
// place noun among them (placeTailStart); the body opens the clause,
// past a quantity ("Hundreds of", "Tens of thousands of").
func (c *Coder) placedSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 4 || !finite(toks[i].Tag) {
		return nil
	}
	j := verbLeft(st, i)
	if j < 3 {
		return nil
	}
	k, headed := placeTailStart(st, j)
	if k < 2 || k == j || !isPossTok(toks[k]) || st.at[k-1] < 0 {
		return nil
	}
	mt := st.ments[st.at[k-1]]
	if mt.End != k || mt.Modifier {
		return nil
	}
	if !headed {
		// "Rebels in Ivory Coast's west freed": names and one noun, for a
		// located body that opens the clause itself
		if mt.Kind == actors.KindAgent && !mt.Place && locatedAgent(toks, mt) && clauseOpen(st, mt.Start) {
			return []actors.Mention{mt}
		}
		return nil
	}
	if mt.Kind == actors.KindAgent && !mt.Place && locatedAgent(toks, mt) && quantityOpen(st, mt.Start) {
		return []actors.Mention{mt}
	}
	// "tea pickers on Sri Lanka's …": the state named apart, the people
	// before its preposition
	if mt.Kind != actors.KindCountry || mt.Start < 2 {
		return nil
	}
	switch toks[mt.Start-1].Lower {
	case "in", "on":
	default:
		return nil
	}
	a := st.at[mt.Start-2]
	if a < 0 {
		return nil
	}
	pm := st.ments[a]
	if pm.End != mt.Start-1 || pm.Modifier || pm.Place || pm.Person || pm.Kind != "coref" || !quantityOpen(st, pm.Start) || hasSector(pm, "GOV", "LEG", "JUD") {
		return nil
	}
	if pm.Country != "" && pm.Country != mt.Country {
		return nil
	}
	return []actors.Mention{pm}
}

// placeTailStart returns the token before the place phrase that ends at
// j, right after a possessive: "coastal city of Mombasa", "southern Puno
// region", "Punjab province", "capital Dhaka" (nouns, adjectives,
// compass words, "of", "the", and names that name no actor or only a
// capital, with a place noun of data/words.txt or a capital among them,
// or names and one noun: "Ivory Coast's west"), and whether a place noun
// or a capital heads it; -1 when the words before j are no such phrase
// or it is longer than eight words.
func placeTailStart(st *sentence, j int) (int, bool) {
	toks := st.toks
	k := j
	for ; k >= 0 && j-k < 9; k-- {
		if m := st.at[k]; m >= 0 {
			if st.ments[m].Kind != actors.KindCapital {
				break
			}
			continue // "… of Kathmandu": a capital named as the place
		}
		t := toks[k]
		if t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "JJ" || t.Lower == "of" && k < j || t.Lower == "the" && k < j ||
			st.words.compassAdjectives[t.Lower] {
			continue
		}
		break
	}
	if k < 0 || j-k >= 9 {
		return -1, false
	}
	for x := k + 1; x <= j; x++ {
		if w := toks[x].Lower; st.words.placeNouns[w] || st.words.placeKinds[w] || st.words.regionHeads[w] || st.at[x] >= 0 {
			return k, true // a place noun heads it, or a capital stands in it
		}
	}
	names := true // names and one noun: "Ivory Coast's west", "Pakistan's Punjab province"
	for x := k + 1; x < j; x++ {
		names = names && toks[x].Tag == "NNP"
	}
	if names && st.at[j] < 0 && (toks[j].Tag == "NN" || toks[j].Tag == "NNP" || regionWord(toks, j)) {
		return k, false
	}
	return -1, false
}

// quantityOpen reports a phrase starting at token a that opens its
// clause (clauseOpen), past a quantity, a determiner or a participle
// before it, or a noun of its own compound: "Hundreds of", "Tens of
// thousands of", "Some 200", "Striking", "mine (workers)". A noun of the
// compound that opens the sentence is capitalised there and may be
// tagged a name: "Cocoa farmers in Ivory Coast's western Soubre region
// kept" (coder69b, gold dev50-wire W50036 CIVAGR); only right before the
// body, so that a name of its own ("Reuters", a place) is not read past.
func quantityOpen(st *sentence, a int) bool {
	b := a
	for b > 0 {
		t := st.toks[b-1]
		if b-1 == 0 && b == a && st.at[0] < 0 && t.Tag == "NNP" && len(st.toks) > 1 && !startsUpperASCII(st.toks[1].Text) {
			b--
			continue
		}
		if st.at[b-1] >= 0 || !(t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "VBG" || t.Tag == "NN" || t.Lower == "of" || (t.Tag == "NNS" || t.Tag == "NN") && headNoun(t.Lower)) {
			break
		}
		b--
	}
	return clauseOpen(st, b)
}

// progressive reports a present participle at i that is the finite
// clause's verb after a form of "be": "is looking into", "were
// examining". Its subject is found like a finite verb's, not like a
// participle phrase's ("a resolution demanding a ceasefire").
func progressive(st *sentence, i int) bool {
	if st.toks[i].Tag != "VBG" {
		return false
	}
	j := i - 1
	for j >= 0 && (st.toks[j].Tag == "RB" || st.isDate[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	switch st.toks[j].Lower {
	case "is", "are", "was", "were", "been":
		return true
	}
	return false
}

// speakerCountry reads "the country" or "his country" at k, the subject
// of a clause reported by a speech verb, as the speaker's state ("his
// office" as the speaker, "his government" as the speaker's state's
// government):
// "Ethiopia's foreign ministry said on Saturday that the country was
// ready to host talks" (ETH), "Timor-Leste's president said his country
// had forgiven Indonesia" (TLS). The state alone acts (CODING.md: a
// country named as the subject is its code alone). Nil when the speaker
// has no country (an international body) or no speech verb comes right
// before.
func (c *Coder) speakerCountry(st *sentence, k, depth int) *actors.Mention {
	toks := st.toks
	if k < 2 {
		return nil
	}
	switch toks[k].Lower {
	case "country", "office", "government":
	default:
		return nil
	}
	switch toks[k-1].Lower {
	case "the", "his", "her", "its", "their":
	default:
		return nil
	}
	if toks[k].Lower != "country" && toks[k-1].Lower == "the" {
		return nil // "the government": another's, for all the text says
	}
	v := k - 2
	if toks[v].Lower == "that" {
		v--
	}
	for v >= 0 && (st.isDate[v] || toks[v].Tag == "RB") {
		v--
	}
	if v < 1 || st.at[v] >= 0 || !strings.HasPrefix(toks[v].Tag, "VB") || !c.isSpeechOrCognition(toks[v]) {
		return nil
	}
	g := c.subjectDepth(st, v, depth+1)
	if len(g) != 1 {
		return nil
	}
	m := g[0]
	switch toks[k].Lower {
	case "office":
		// "The prosecutor of the International Criminal Court said his
		// office was investigating": the speaker's own office
	case "government":
		if len(m.Country) != 3 {
			return nil
		}
		m.Code, m.Sectors = m.Country+"GOV", []string{"GOV"} // "Hungary's prime minister said his government would veto"
	default:
		if len(m.Country) != 3 {
			return nil
		}
		m.Code, m.Sectors = m.Country, nil
	}
	m.Start, m.End, m.Text = k-1, k+1, toks[k-1].Text+" "+toks[k].Text
	m.Modifier, m.Place, m.Possessive = false, false, false
	return &m
}

// reliefArrival reports an arrival (h, coded as a visit) whose stated
// purpose is relief work: "Rescue teams from Turkey arrived in Myanmar
// on Sunday to help search for survivors", "Firefighters from Spain
// arrived in Greece to help battle wildfires", "doctors arrived in
// Liberia to join the fight against Ebola", "medical teams landed in
// Freetown to contain a cholera outbreak", "rescuers flew to Turkey to
// help dig survivors out". Such a team brings aid (073) to the place it
// reached; an official's trip "to help broker a ceasefire" stays a
// visit. The purpose ("to", "to help", "to assist", "to join") must
// follow in the same clause, with a word of [relief work] within four
// words after it.
func (c *Coder) reliefArrival(st *sentence, h *verbHit) bool {
	toks := st.toks
	switch toks[h.head].Lemma {
	case "arrive", "land", "reach", "fly", "dock":
	default:
		return false
	}
	if hasSector(h.source[0], "GOV", "LEG", "JUD") {
		return false
	}
	if c.reliefCargo(st, h) {
		return true // "docked in Colombo with tents and rice" (relief_cargo.go)
	}
	for k := h.end; k+2 < len(toks) && k < h.end+12; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag) {
			return false
		}
		if toks[k].Lower != "to" || st.at[k+1] >= 0 || startsUpperASCII(toks[k+1].Text) {
			continue
		}
		x := k + 1
		switch toks[x].Lower {
		case "help", "assist", "join":
			x++
		}
		for ; x < len(toks) && x < k+6; x++ {
			if st.words.reliefWork[toks[x].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// placesReached returns the places an arrival reached, from the one
// right after h.end on through a coordinated list ("arrived in Liberia
// and Guinea": both receive the aid), each of a state other than the
// source's; nil when the first is none.
func (c *Coder) placesReached(st *sentence, h *verbHit) []actors.Mention {
	t := c.placeAfter(st, h.end)
	if t == nil || t[0].Country == h.source[0].Country {
		return nil
	}
	for k := t[len(t)-1].End; k+1 < len(st.toks) && (st.toks[k].Lower == "and" || st.toks[k].Text == ","); k = t[len(t)-1].End {
		n := c.placeAfter(st, k+1)
		if n == nil || n[0].Country == h.source[0].Country || n[0].End <= k {
			break
		}
		t = append(t, n[0])
	}
	return t
}

// aidInto returns the state of the place aid is carried "into" after the
// aid verb of h, when no actor comes between: "Trucks from the Egyptian
// Red Crescent carried food and water into Gaza" (PSE). Nil otherwise, or
// when the place is the giver's own.
func (c *Coder) aidInto(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.head+10; k++ {
		if st.at[k] >= 0 || toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag) {
			return nil
		}
		if toks[k].Lower != "into" {
			continue
		}
		t := c.placeAfter(st, k+1)
		if t == nil || t[0].Country == h.source[0].Country {
			return nil
		}
		return t
	}
	return nil
}

// pastDateBack returns the token at or before k past date expressions
// and adverbs ("moved on Tuesday to", "moved quickly to"); k itself when
// none, or when st is nil.
func pastDateBack(st *sentence, k int) int {
	g := k
	for g > 0 && st != nil && (st.isDate[g] || st.toks[g].Tag == "RB") && st.at[g] < 0 {
		g--
	}
	return g
}

// realisedGov reports verbs whose infinitive complement says the act
// happened ("moved to expel", "began shelling", "continued to pound").
func realisedGov(lemma string) bool {
	switch lemma {
	case "continue", "begin", "start", "resume", "manage", "keep", "proceed", "move":
		return true
	}
	return false
}

// loyalSubject reads armed men loyal to an actor opening the clause of
// the finite verb at i: "Forces loyal to Khalifa Haftar attacked
// Tripoli", "Troops loyal to Sudan's army chief attacked" (loyalForces
// gives their code).
func (c *Coder) loyalSubject(st *sentence, i int) []actors.Mention {
	if !finite(st.toks[i].Tag) {
		return nil
	}
	j := verbLeft(st, i)
	for a := 0; a < j && a < i-3; a++ {
		if a > 0 && st.toks[a-1].Text != "," || !clauseOpen(st, a) {
			continue
		}
		// the head noun may carry words of its own before it: "Islamist
		// militants loyal to", "Armed groups loyal to", "Heavily armed
		// fighters loyal to" (adjectives, adverbs, participles, a faith
		// or nationality read as a modifier; not a named actor)
		for h := a; h < j && h <= a+3; h++ {
			f := c.loyalForces(st, h)
			if f != nil && f.End == j+1 {
				if h > a {
					g := *f
					g.Start = a
					g.Text = st.s.Text[st.toks[a].Start:st.toks[f.End-1].End]
					g.Span = [2]int{st.toks[a].Start, st.toks[f.End-1].End}
					f = &g
				}
				return []actors.Mention{*f}
			}
			if !loyalPremodifier(st, h) {
				break
			}
		}
	}
	return nil
}

// loyalPremodifier reports a word at k that may stand before the head
// noun of armed men loyal to an actor: an adjective, adverb or participle
// ("Islamist", "armed", "heavily", "renegade"), or a modifier mention (a
// faith or nationality word) that names no actor of its own.
func loyalPremodifier(st *sentence, k int) bool {
	if m := st.at[k]; m >= 0 {
		return st.ments[m].Modifier
	}
	switch st.toks[k].Tag {
	case "JJ", "RB", "VBN", "NNP":
		return true
	}
	return st.toks[k].Lower == "armed" // (the tagger's past tense in "Heavily armed fighters")
}

// stationedSubject reads a subject placed by a participle and a place
// phrase the plain search does not cross (a possessive place): "North
// Korean soldiers deployed in Russia's Kursk region attacked", "Iranian
// forces stationed near Iraq's border shelled". The actor before the
// participle acts.
func (c *Coder) stationedSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if !finite(toks[i].Tag) {
		return nil
	}
	k := verbLeft(st, i)
	lo := k - 8
	for k > 0 && k > lo {
		if m := st.at[k]; m >= 0 {
			if !st.ments[m].Place && !st.ments[m].Possessive && !(k+1 < len(toks) && isPossTok(toks[k+1])) {
				return nil
			}
			k = st.ments[m].Start - 1
			continue
		}
		t := toks[k]
		if t.Tag == "NNP" || t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "DT" || isPossTok(t) || regionWord(toks, k) {
			k--
			continue
		}
		break
	}
	if k < 2 || k <= lo {
		return nil
	}
	switch toks[k].Lower {
	case "in", "near", "along", "at", "across", "inside", "to", "on":
	default:
		return nil
	}
	v := k - 1
	if toks[v].Tag != "VBN" || st.at[v] >= 0 {
		return nil
	}
	switch toks[v].Lower {
	case "deployed", "stationed", "based", "positioned", "sent", "dispatched", "massed", "posted", "operating", "fighting":
	default:
		return nil
	}
	m := st.at[v-1]
	if m < 0 || st.ments[m].Modifier || st.ments[m].Place || !clauseOpen(st, st.ments[m].Start) {
		return nil
	}
	return c.group(st, m)
}
