package events

// Finding an event's source and target: subjects, passives and attribution
// (the target side is in roles_object.go, coordinated lists in roles_group.go).

import (
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// subjectStop reports tokens that end a leftward subject search.
func subjectStop(t dyad.Token) bool {
	switch t.Text {
	case ";", ":", "(", ")":
		return true
	}
	switch t.Lower {
	case "that", "which", "who", "because", "if", "when", "while", "but", "although", "though", "whereas", "unless":
		return true
	}
	return false
}

// subject finds the source group of the verb at i: the noun phrase right
// before it (past adverbs, auxiliaries and date expressions). When that
// phrase is not an actor ("a joint statement said") there is no source.
// Coordinated verbs share their subject ("suspended a deal and resumed
// drills"), and so do participle clauses (", calling …").
func (c *Coder) subject(st *sentence, i int) []actors.Mention {
	if j := verbLeft(st, i); j > 0 && st.toks[j].Text == "," && activeFinite(st, i) {
		if a := asideStart(st, j); a > 0 && speakerAside(st.toks, a+1, j) {
			// "The rebels, he told Turkish reporters, have dug trenches":
			// the phrase before the speaker's aside (sources_asides.go)
			if g := c.headBefore(st, a); len(g) > 0 {
				return envoyTitle(st, g, i)
			}
		}
	}
	g := c.subjectDepth(st, i, 0)
	if len(g) == 0 && progressive(st, i) {
		g = c.headedSubject(st, i) // "A U.N. commission of inquiry is looking into" (sources.go)
	}
	if len(g) == 0 {
		g = c.separatedSubject(st, i) // "Amnesty International, in a report released on Thursday, accused" (sources_asides.go)
	} else if len(g) == 1 {
		g = headlinePair(st, g) // "Pakistan, Afghanistan agree to ceasefire" (sources_asides.go)
	}
	return envoyTitle(st, g, i) // "The US envoy to the coalition against ISIS said" (envoys.go)
}

func (c *Coder) subjectDepth(st *sentence, i, depth int) []actors.Mention {
	toks := st.toks
	if depth > 3 {
		return nil
	}
	if i >= 1 {
		if k := callPurpose(st, i-1); k >= 0 {
			return c.subjectDepth(st, k, depth+1) // "telephoned Vajpayee to offer condolences": the caller offers (call_purpose.go)
		}
	}
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || toks[j].Lower == "to" && j > 0 && isAux(toks[j-1]) ||
		isQuote(toks[j].Text) && j > 0 && toks[j-1].Tag != "," && toks[j-1].Text != ",") { // `it "firmly opposes"`
		j--
	}
	if k := sentPeopleVerb(st, j); k >= 0 {
		// "had sent researchers to Guinea to look into": the sender
		// (before the participle aside below takes "sent researchers to
		// Guinea" for one; sources_sent_people.go)
		return c.subjectDepth(st, k, depth+1)
	}
	if j = pastAbbreviation(toks, pastDashAside(toks, pastRoleAside(st, pastPartAside(toks, j)))); j < 0 || relativeEnd(st, i, j) {
		return nil // (sources_asides.go)
	}
	j = pastWeaponWith(st, j) // "A Russian missile with a cluster warhead struck" (sources_weapon_with.go)
	if pair := c.twoParties(st, i, j); pair != nil {
		return pair // "… and the two leaders signed" (sources_structure.go)
	}
	if a := documentAuthor(st, i, j); a != nil {
		return a // "a UN report criticising its restrictions" (sources_documents.go)
	}
	if k := actorBeforePP(st, j); k >= 0 && toks[i].Tag != "VBG" && toks[i].Tag != "VBN" {
		j = k // "The ministry in a statement condemned …": the actor before the phrase
	}
	if depth == 0 && toks[i].Tag == "VBG" && byPhraseAt(toks, i+1) {
		// "air strikes and shelling by forces loyal to Assad": an act
		// named by its agent, whatever subject a verb before has ("at
		// the hands of" too: agenthands.go)
		if by := c.byAgent(st, i+1); len(by) > 0 {
			return by
		}
	}
	if toks[i].Tag == "VBG" && toks[j].Lower == "by" {
		// "defied the warrant by hosting Netanyahu": a means gerund takes
		// the subject of the verb it modifies
		for k := j - 1; k >= 0 && k >= j-15; k-- {
			if subjectStop(toks[k]) || toks[k].Text == ";" {
				break
			}
			if st.at[k] < 0 && (toks[k].Tag == "VBD" || toks[k].Tag == "VBZ") {
				return c.subjectDepth(st, k, depth+1)
			}
		}
	}
	if k := controlVerbBefore(st, j); k >= 0 {
		if raisedObjectVerb(st, k) {
			return nil // "allies which it considers to have failed to offer support" (sources_raised_object.go)
		}
		// "held talks in Doha and agreed to resume trade": an infinitive
		// after a verb takes that verb's subject, not the noun before it
		return c.subjectDepth(st, k, depth+1)
	}
	if k := aspectVerbBefore(st, i, j); k >= 0 {
		// "closed two crossings on Monday and began deporting
		// migrants": the gerund's subject is its aspect verb's
		return c.subjectDepth(st, k, depth+1) // (sources_aspect.go)
	}
	if k := firstToVerb(st, j); k >= 0 {
		return c.subjectDepth(st, k, depth+1) // "became the first country to recognise" (wording.go)
	}
	if k := setUpBodyVerb(st, j); k >= 0 {
		return c.subjectDepth(st, k, depth+1) // "set up a panel on Monday to investigate" (sources_setup_body.go)
	}
	if g, rel := c.relativeAntecedent(st, j); g != nil || rel {
		return g // "North Korea, which has conducted six tests, fired …"
	}
	// relative clause: "a declaration … that condemned X": the antecedent
	if w := toks[j].Lower; w == "that" || w == "which" || w == "who" {
		if j > 0 && c.isSpeechOrCognition(toks[j-1]) {
			return nil // "said that" + verb: no subject
		}
		// the antecedent is the noun phrase right before: an actor, or an
		// actor modifying its head ("a NATO summit that …"); else none
		// ("the crash that killed …")
		k := j - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		if w == "who" {
			k = pastDateAndPlace(st, k) // "arrested dozens of teachers in Sulaimaniyah on Thursday who were protesting" (sources_relative.go)
		}
		if k >= 0 {
			if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
				if w == "which" && placeObject(st, st.ments[m]) {
					return nil // "an attack in Nice, France, which killed …": the attack, no actor (prec3)
				}
				return c.group(st, m)
			}
			if k >= 1 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
				if m := st.at[k-1]; m >= 0 && !st.ments[m].Modifier {
					return c.group(st, m)
				}
			}
		}
		return nil
	}
	if k := listedVerb(st, i); k >= 0 {
		return c.subjectDepth(st, k, depth+1) // "Britain praised Erdoğan, sold him arms": Britain sold (sources_structure.go)
	}
	if k := seriesVerb(st, i); k >= 0 {
		return c.subjectDepth(st, k, depth+1) // "Troops surrounded the town on Monday, shelled its outskirts": the troops shelled (sources_verb_series.go)
	}
	// coordinated verb or participle clause: share the previous verb's subject
	if toks[j].Lower == "and" && j >= 2 && toks[i].Tag == "VBD" && st.at[j-1] < 0 && toks[j-1].Tag == "NN" && strings.HasSuffix(toks[j-1].Lower, "ed") && st.at[j-2] >= 0 {
		// "Sudan's military ousted and arrested President Bashir": a past
		// form the tagger read as a noun, right after the subject, is the
		// first of two verbs
		return c.subjectDepth(st, j-1, depth+1)
	}
	if toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Text == "," && toks[i].Tag == "VBG" || c.butVerb(st, i, j) {
		for k, lim := j-1, j-15; k >= 0 && k >= lim; k-- {
			if subjectStop(toks[k]) || toks[k].Text == ";" {
				break
			}
			if c := timeAsideBefore(st, k, j); c >= 0 {
				// "broke off relations on Thursday, hours after Maduro was
				// sworn in, and praised …": the aside's verb has its own
				// subject; the search goes on before it (sources_time_aside.go)
				lim -= k - c
				k = c
				continue
			}
			if st.at[k] < 0 && (toks[k].Tag == "VBD" || toks[k].Tag == "VBN") && reducedRelative(st, k) {
				continue // "take back its fighters captured by US-backed forces and put them on trial": the captives' verb is no clause's
			}
			if toks[j].Lower == "and" && toks[i].Tag == "VBG" && st.at[k] < 0 && toks[k].Tag == "VBG" && k > 0 && toks[k-1].Text == "," && st.words.tollVerbs[toks[k].Lemma] && st.words.tollVerbs[toks[i].Lemma] {
				return c.subjectDepth(st, k, depth+1) // "…, killing a woman and wounding four children": the toll's two participles share the first's subject (targets_toll_dwellers.go)
			}
			if depth == 0 && st.at[k] < 0 && (toks[i].Tag == "VB" || toks[i].Tag == "VBP") && toks[k].Tag == "VB" && k > 0 && toks[k-1].Lower == "to" {
				// "required member states to inspect and impound ships":
				// coordinated infinitives share the first one's subject,
				// the controller's object when there is one (none here),
				// never the clause's subject ("agreed to inspect and
				// impound": the clause's, through the control verb); only
				// for the act's own verb: a later finite verb's search
				// passes the pair ("gave the junta a week to restore order
				// or face force, and imposed sanctions": the leaders')
				return c.subjectDepth(st, k, depth+1)
			}
			if st.at[k] < 0 && (k > 0 && toks[k-1].Lower == "to" || k > 1 && isQuote(toks[k-1].Text) && toks[k-2].Lower == "to") && (toks[i].Tag == "VBD" || toks[i].Tag == "VBZ") {
				// "urged North Korea to (“)do more(”) and added that …": a
				// past or present verb shares no infinitive's subject;
				// the search goes on to the verb that governs it
				continue
			}
			if st.at[k] < 0 && (finite(toks[k].Tag) || toks[k].Tag == "VBN" && k > 0 && isAux(toks[k-1])) {
				if passiveToll(st, i, j, k) {
					return nil // "A convoy carrying U.N. aid was hit …, killing 20 civilians": the victim, no doer (sources_passive_toll.go)
				}
				if r := c.relativeSpeaker(st, k); r >= 0 && toks[i].Tag == "VBG" {
					// "The man who police said sowed terror …, setting off
					// bombs": the relative clause's subject, not its speaker
					// (sources_relative_speaker.go)
					return c.subjectDepth(st, r+1, depth+1)
				}
				if g := c.subjectDepth(st, k, depth+1); g != nil {
					return g
				}
				if finite(toks[k].Tag) {
					if g := c.headedSubject(st, k); len(g) > 0 {
						return g // "Prosecutors in the port of Bari seized a ship on Monday and placed" (sources.go)
					}
				}
				return c.pastModifierClause(st, j, depth) // "a plot organised from Ivory Coast and arrested" (sources_structure.go)
			}
		}
		if g := c.pastModifierClause(st, j, depth); g != nil {
			return g // "a jet that crashed in Kazakhstan, and demanded" (sources_structure.go)
		}
	}
	if toks[i].Tag == "VBG" && depth == 0 && !progressive(st, i) {
		// "signed treaties on Friday annexing …": the participle's subject is
		// the clause's, when no actor stands right before it
		if k := j; k >= 0 && st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
			for v := k - 1; v >= 0 && v >= k-12; v-- {
				if subjectStop(toks[v]) || toks[v].Text == ";" {
					break
				}
				if st.at[v] < 0 && (toks[v].Tag == "VBD" || toks[v].Tag == "VBZ") {
					if toks[v].Lemma == "sign" || enactedDocument(toks, v, k) {
						return c.subjectDepth(st, v, depth+1) // "signed treaties annexing …"
					}
					break
				}
			}
			return nil // "a resolution demanding a ceasefire": the noun acts, no actor
		}
		if v := accordPartnerGerund(st, j); v >= 0 {
			return c.subjectDepth(st, v, depth+1) // "broke a ceasefire with rebels bombing their positions" (accord_partner.go)
		}
		if v := addressedWriter(st, j); v >= 0 {
			return c.subjectDepth(st, v, depth+1) // "wrote to Starmer on Monday demanding an inquiry" (wording.go)
		}
	}
	for k := j; k >= 0; k-- {
		t := toks[k]
		if k == j {
			if p := c.placeNounPeople(st, k); p >= 0 {
				k = p + 1 // "Residents of a Nairobi slum set fire": the people before the place phrase (residents_of.go)
				continue
			}
		}
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if kg := c.kinHead(st, k); kg != nil {
				return kg // "Family members of the detained journalists urged" (actors_people.go)
			}
			if sp := supportersOf(st, mt); sp != nil && (sp.End == mt.End || sp.End == j+1) {
				return []actors.Mention{*sp} // "Supporters of Jair Bolsonaro stormed" (supporters.go)
			}
			if p := postModifiedObject(st, mt.Start); p >= 0 {
				k = p // "FARC rebels disguised as soldiers kidnapped": the phrase's object is no subject (sources_postmodifier.go)
				continue
			}
			if mt.Modifier {
				return nil // "Russian gas supplies fell"
			}
			if gg := c.theyGroup(st, m); gg != nil {
				return gg // "Iran and Iraq said they would hold talks"
			}
			g := c.group(st, m)
			k = g[0].Start // the whole list: "in Britain and the US"
			before := k - 1
			if before >= 0 && toks[before].Lower == "the" {
				before--
			}
			for before >= 1 && mt.Place && !startsUpperASCII(toks[before].Text) && (strings.HasSuffix(toks[before].Lower, "ern") || toks[before].Lower == "central") {
				before-- // "separatists in eastern Ukraine shelled": a place too
			}
			if before >= 1 && (toks[before].Lower == "of" || toks[before].Lower == "from" || toks[before].Lower == "for" && agentsFor(toks[before-1].Lower)) && roleNoun(toks[before-1].Lower) &&
				!(before >= 2 && isPreposition(toks[before-2].Lower)) {
				// "the leaders of Brazil, Colombia and Peru met", "envoys
				// from …": their governments act
				out := make([]actors.Mention, len(g))
				for x := range g {
					out[x] = g[x]
					if len(out[x].Sectors) == 0 && out[x].Country != "" {
						out[x].Code, out[x].Sectors = out[x].Country+"GOV", []string{"GOV"}
					}
				}
				return out
			}
			for before > 0 && toks[before].Tag == "NNP" && st.at[before] < 0 && !st.isDate[before] && mt.Kind != "coref" {
				before-- // "of Istanbul mayor Ekrem Imamoglu": a name's place word
			}
			if mt.Place && before >= 2 && toks[before].Lower == "capital" && isPossTok(toks[before-1]) && st.at[before-2] >= 0 {
				// "Police in Kyrgyzstan's capital Bishkek broke up": the
				// capital is where the located agent is (coref_places.go)
				if o := st.ments[st.at[before-2]]; o.Kind == actors.KindAgent && locatedAgent(toks, o) {
					return []actors.Mention{o}
				}
				continue
			}
			if b := pastWorkplaceAdjectives(st, before); b != before && !(mt.End < len(toks) && toks[mt.End].Tag == "VBG") {
				continue // "Kenyan doctors at public hospitals went on strike": the workplace is no subject
			}
			if c.orgStaff(st, before, mt) {
				return g // "Prosecutors at the International Criminal Court opened" (sources_org_staff.go)
			}
			if before >= 1 && toks[before].Lower == "to" {
				if o := c.believedMember(st, before-1); o != nil {
					return []actors.Mention{*o} // "Gunmen believed to belong to Abu Sayyaf kidnapped" (sources_believed_member.go)
				}
			}
			if p := prepObjectBefore(st, before); p >= 0 && isPreposition(toks[p].Lower) && !quantityOf(toks, p) &&
				!(mt.End < len(toks) && toks[mt.End].Tag == "VBG") {
				continue // object of a preposition: "in Geneva", "to Moscow", "to former president X" (bygone_titles.go)
			}
			if backerModified(st, before) {
				continue // "Somali forces backed by local clan militias recaptured": the backers (sources_backers.go)
			}
			if before >= 1 && participleAfterNoun(st, before) {
				// object of a participle phrase after a noun: "families of
				// men killed fighting Islamic State have condemned",
				// "Russian troops backing Syrian forces attacked": the head
				// noun before the phrase is the subject
				continue
			}
			return g
		}
		if t.Text == "," && k == j {
			// an appositive or aside between commas: "Viktor Orban, on a
			// self-styled peace mission, met …"
			end := k
			for c2 := k - 1; c2 > 0 && c2 >= k-12; c2-- {
				if subjectStop(toks[c2]) || finite(toks[c2].Tag) && !passiveParticiple(toks, c2) {
					break
				}
				if toks[c2].Text != "," {
					continue
				}
				if placeTail(st, c2+1, end) {
					end = c2 // "speaking from Sunamganj district, north-east Bangladesh,": the place's state, inside the aside (actors_people.go)
					continue
				}
				if m := st.at[c2-1]; m >= 0 && !st.ments[m].Modifier && !st.ments[m].Place {
					g := c.group(st, m)
					if b := g[0].Start - 1; b < 0 || !isPreposition(toks[b].Lower) {
						if o := namedApposition(st, m, c2+1, k); o != nil {
							return []actors.Mention{*o} // "The Kurdish militia, the YPG, withdrew"
						}
						return g
					}
				} else if m < 0 && nameWord(toks[c2-1]) {
					if o := appositionOrg(st, c2+1, k); o != nil {
						return []actors.Mention{*o} // "Mohammed al-Bukhaiti, a member of the Houthis' political bureau, warned"
					}
					if g := c.ofNameHead(st, c2-1); g != nil {
						return g // "The parents of Jack Letts, a Briton held in Syria, have accused" (actors_people.go)
					}
				}
				break
			}
		}
		if st.isDate[k] || t.Text == "," || t.Tag == "RB" {
			continue
		}
		if subjectStop(t) {
			return nil
		}
		switch {
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "PRP" || t.Tag == "CD":
			if sp := c.speakerCountry(st, k, depth); sp != nil {
				return []actors.Mention{*sp} // "Ethiopia's foreign ministry said the country was ready to host" (sources.go)
			}
			// "the RSF and allied Arab militias killed …", "Brazil, Peru
			// and five other nations met": an unnamed collective joined to
			// named actors leaves the named ones
			b := k
			for b >= 0 && st.at[b] < 0 && (toks[b].Tag == "NN" || toks[b].Tag == "NNS" || toks[b].Tag == "NNP" || toks[b].Tag == "JJ" || toks[b].Tag == "CD" || toks[b].Tag == "DT" || toks[b].Tag == "PRP$") {
				b--
			}
			extra := false // "five other nations", "allied militias", "its allies", "foreign fighters": more of the same kind
			for x := b + 1; x <= k; x++ {
				switch toks[x].Lower {
				case "other", "allied", "several", "some", "many", "various", "its", "their", "foreign", "international":
					extra = true
				}
				extra = extra || toks[x].Tag == "CD"
			}
			if !extra && k == j && finite(toks[i].Tag) && c.words.collectiveHeads[toks[k].Lower] && toks[b+1].Tag != "DT" && toks[b+1].Tag != "PRP$" {
				extra = true // "Iran and world powers held talks" (data/words.txt, unnamed collective heads); not "his allies"
			}
			if u := unitOwnerEnd(st, k); (t.Tag == "NN" || t.Tag == "NNS") && st.words.unitNouns[t.Lower] && u >= 0 && st.at[u] >= 0 && !st.ments[st.at[u]].Place {
				// "German and Dutch air defence crews deployed …", "Kosovo
				// police special units took": the people of the forces
				// named before them act (sources_unit_adjective.go)
				g := c.group(st, st.at[u])
				if b := g[0].Start - 1; b < 0 || !isPreposition(toks[b].Lower) {
					return g
				}
			}
			// "Russia's FSB security service detained …", "a UN fact-finding
			// team began …": an organisation named before its own common noun
			if t.Tag == "NN" || t.Tag == "NNS" {
				o := k
				for o >= 0 && o > k-4 && st.at[o] < 0 && (toks[o].Tag == "NN" || toks[o].Tag == "NNS" || toks[o].Tag == "JJ" || toks[o].Tag == "VBN" && o < k) && !startsUpperASCII(toks[o].Text) {
					o--
				}
				poss := false // "Ukraine's prosecutor general's office", "NATO's chief", "Putin's spokesman"
				if o >= 1 && o < k && isPossTok(toks[o]) && st.at[o-1] >= 0 {
					o, poss = o-1, true
				}
				if a, ok := possessedAssociate(st, o+1, k); poss && ok {
					if b := a.Start - 1; b < 0 || !isPreposition(toks[b].Lower) {
						return []actors.Mention{a} // "the president's former aide", "the premier's son" (associates.go)
					}
				}
				if o >= 0 && o < k && st.at[o] >= 0 && st.ments[st.at[o]].End == o+1 && possessedUnit(st, st.ments[st.at[o]], poss, t.Lower) {
					return []actors.Mention{st.ments[st.at[o]]} // "The Chinese navy's hospital ship provided", "Russia's Black Sea Fleet's flagship fired" (sources.go)
				}
				if o >= 0 && o < k && st.at[o] >= 0 {
					// (a state's body right before a noun for its people or
					// its head acts through them: "Iran's judiciary chief
					// warned", "Guinean special forces officers detained";
					// not "German police union chief", another body's)
					if mt := st.ments[st.at[o]]; (!poss || st.words.bodyNoun(t.Lower)) && (mt.Kind == actors.KindOrg || mt.Kind == actors.KindAgent && (len(mt.Country) != 3 || mt.OfGroup) ||
						mt.Kind == actors.KindAgent && o == k-1 && st.words.bodyNoun(t.Lower) ||
						poss && (mt.Kind == actors.KindAgent || mt.Kind == actors.KindPerson || mt.Kind == "title" || mt.Person)) && !mt.Modifier && mt.End == o+1 && !mt.Place {
						b := mt.Start - 1
						if b > 0 && (toks[b].Lower == "the" || toks[b].Lower == "a" || toks[b].Lower == "an") {
							b-- // "troops serving with the SADC mission attacked": past the article to the preposition
						}
						if b < 0 || !isPreposition(toks[b].Lower) {
							return []actors.Mention{mt}
						}
						if g := c.participleSubject(st, b-1); g != nil {
							return g // "South African troops serving with the SADC mission attacked"
						}
					}
				}
			}
			if extra && t.Tag != "PRP" && b >= 1 && (toks[b].Lower == "and" || toks[b].Lower == "or" || toks[b].Lower == "nor") && st.at[b-1] >= 0 && !st.ments[st.at[b-1]].Modifier && !st.ments[st.at[b-1]].Place {
				// the named items before the "and": "Brazil, Colombia, Peru"
				last := st.at[b-1]
				first := last
				for first > 0 && !st.ments[first-1].Modifier && st.ments[first].Start-st.ments[first-1].End == 1 && toks[st.ments[first-1].End].Text == "," {
					first--
				}
				g := append([]actors.Mention(nil), st.ments[first:last+1]...)
				if p := g[0].Start - 1; p < 0 || !isPreposition(toks[p].Lower) || toks[p].Lower == "of" {
					return g
				}
			}
			if g := c.participleSubject(st, b); g != nil {
				return g // "Chinese coast guard personnel wielding knives boarded …"
			}
			if q := placePhraseStart(st, k); q >= 0 {
				k = q // "A court in the Russian city of Yekaterinburg sentenced": the head before the place (actors_groups.go)
				continue
			}
			if q := subjectPP(st, b); q >= 0 {
				k = q // "Palestinian prisoners in Israeli jails launched …": the head before the place
				continue
			}
			if g := c.includedMembers(st, k, i); g != nil {
				return g // "Several Western donors, including the United States and Germany, paused" (sources_structure.go)
			}
			if g := c.kinHead(st, k); g != nil {
				return g // "The father of a jailed blogger urged" (actors_people.go)
			}
			return nil // the subject is not an actor
		case strings.HasPrefix(t.Tag, "VB") && c.isSpeechOrCognition(t):
			return nil // "X said Seoul will …" — a speech verb ends the clause
		}
		if k < i-25 {
			return nil
		}
	}
	return nil
}

// beForm reports a form of "be" before a passive participle.
func beForm(w string) bool {
	switch w {
	case "be", "been", "being", "is", "are", "was", "were":
		return true
	}
	return false
}

// loyalForces returns the armed men named at token j as loyal to an actor
// ("forces loyal to Syria's Bashar al-Assad", "militiamen loyal to the
// government"): the actor's own forces, MIL for a state or its leader,
// REB for an opposition or rebel leader or when the men are rebels,
// militants, insurgents or guerrillas ("rebels loyal to Riek Machar"),
// an organisation's own code;
// nil when no such phrase starts at j.
func (c *Coder) loyalForces(st *sentence, j int) *actors.Mention {
	toks := st.toks
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j+3 >= len(toks) || toks[j+1].Lower != "loyal" || toks[j+2].Lower != "to" {
		return nil
	}
	rebels := false
	switch toks[j].Lower {
	case "forces", "troops", "fighters", "militias", "militiamen", "soldiers", "gunmen", "units", "militia", "groups", "tribesmen", "paramilitaries":
	case "rebels", "militants", "insurgents", "guerrillas":
		// armed men against a state whoever leads them: REB; "former
		// rebels" are no longer ("Former rebels loyal to President Salva
		// Kiir"), and men loyal to a sitting head of state or government
		// fight on its side (sittingLeader below)
		rebels = !(j > 0 && (toks[j-1].Lower == "former" || toks[j-1].Lower == "ex"))
	default:
		return nil
	}
	for k := j + 3; k < len(toks) && k <= j+6; k++ {
		m := st.at[k]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		if mt.Possessive && m+1 < len(st.ments) && st.ments[m+1].Start <= mt.End+2 {
			mt = st.ments[m+1] // "Syria's Bashar al-Assad": the person
		}
		if mt.Modifier || mt.Place {
			return nil
		}
		r := mt
		aff := c.loyalAffiliate(st, mt) // "militants loyal to Islamic State … near Beni" (actors_affiliates.go)
		switch {
		case aff != "":
			r.Code, r.Country, r.Sectors = aff+"REB", aff, []string{"REB"}
		case mt.Kind == actors.KindOrg && mt.Country == "":
		case mt.Country == "":
			return nil
		case rebels && !sittingLeader(toks, j+3, mt) || hasSector(mt, "REB", "OPP", "UAF"):
			r.Code, r.Sectors = mt.Country+"REB", []string{"REB"}
		case mt.Person && !sittingLeader(toks, j+3, mt) && c.unaffiliatedHead(toks[j].Lower):
			// "Militiamen loyal to former president Denis Sassou
			// Nguesso": a person's militia, out of office (bygone_titles.go)
			r.Code, r.Sectors = mt.Country+"UAF", []string{"UAF"}
		default:
			r.Code, r.Sectors = mt.Country+"MIL", []string{"MIL"}
		}
		r.Start, r.End = j, mt.End
		r.Text = st.s.Text[toks[j].Start:toks[mt.End-1].End]
		r.Span = [2]int{toks[j].Start, toks[mt.End-1].End}
		r.Person, r.Possessive, r.Kind = false, false, "coref"
		return &r
	}
	return nil
}

// sittingLeader reports a government mention mt, named from token from
// on, that is a sitting head of state or government by its title ("the
// government", "President Salva Kiir", "Prime Minister Abiy Ahmed", "the
// king"): armed men loyal to it are its forces, whatever they are called.
// A leader out of office or of no state ("former", "ousted", "deposed",
// "exiled", "vice", "deputy") or named with no title ("Riek Machar") is
// not.
func sittingLeader(toks []dyad.Token, from int, mt actors.Mention) bool {
	if !hasSector(mt, "GOV") {
		return false
	}
	head := false
	for k := from; k < mt.End && k < len(toks); k++ {
		switch toks[k].Lower {
		case "former", "ex", "ousted", "deposed", "exiled", "late", "toppled", "self-declared", "self-proclaimed", "vice", "deputy", "acting":
			return false
		case "government", "president", "prime", "premier", "king", "emir", "sultan", "chancellor", "junta", "regime":
			head = true
		}
	}
	return head
}

// participleAfterNoun reports a participle at k opening a phrase that
// modifies the noun before it: "troops backing", "volunteers killed
// fighting" (the tagger often calls such -ing forms nouns).
func participleAfterNoun(st *sentence, k int) bool {
	toks := st.toks
	t := toks[k]
	noun := func(j int) bool {
		return j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "NNS" || toks[j].Tag == "NN" || toks[j].Lower == "who" || toks[j].Lower == "that")
	}
	if t.Tag == "VB" && k >= 3 && toks[k-1].Lower == "to" && (toks[k-2].Tag == "VBN" || toks[k-2].Tag == "VBD") && st.at[k-2] < 0 && noun(k-3) {
		return true // "Sunni tribesmen armed to fight Isis now refuse": the purpose's object is no subject
	}
	ing := (t.Tag == "VBG" || t.Tag == "NN") && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && !startsUpperASCII(t.Text)
	if st.at[k] >= 0 || !ing && t.Tag != "VBN" {
		return false
	}
	p := k - 1
	if noun(p) {
		return true
	}
	// "volunteers killed fighting", "who died fighting": a reduced or full
	// relative clause before the -ing form
	return ing && p >= 1 && (toks[p].Tag == "VBD" || toks[p].Tag == "VBN") && noun(p-1)
}

func isAux(t dyad.Token) bool {
	return t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" || t.Lower == "not" || t.Lower == "n't"
}

// isPreposition lists the prepositions whose object is never a clause's
// subject (subordinators such as "if" and "after" are not among them).
func isPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "to", "from", "with", "against", "by", "for", "of", "over", "into", "onto", "near",
		"between", "among", "about", "across", "through", "toward", "towards", "under", "within", "without",
		"amid", "despite", "during", "via", "inside", "outside", "including", "around", "like", "than", "behind", "beyond":
		return true
	}
	return false
}

// quantityOf reports "thousands of", "dozens of": the "of" at i belongs to
// a quantity, so the phrase after it is the head.
func quantityOf(toks []dyad.Token, i int) bool {
	if toks[i].Lower != "of" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups", "number", "lot", "lots", "some", "many", "most", "all":
		return true
	}
	return toks[i-1].Tag == "CD"
}

func isVerbTag(toks []dyad.Token, i int) bool {
	return i < len(toks) && strings.HasPrefix(toks[i].Tag, "VB")
}

func (c *Coder) isSpeechOrCognition(t dyad.Token) bool {
	for _, p := range c.patterns.verbs[t.Lemma] {
		if p.has(flagSpeech) && len(p.Slots) == 1 {
			return true
		}
	}
	switch t.Lemma {
	case "believe", "think", "fear", "hope", "know", "suggest", "show", "indicate", "argue", "warn", "signal":
		return strings.HasPrefix(t.Tag, "VB")
	}
	return false
}

// byAgent finds "by X" after a passive verb.
func (c *Coder) byAgent(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks) && k < from+4; k++ {
		if st.toks[k].Lower == "by" && k+1 < len(st.toks) {
			if f := c.loyalForces(st, k+1); f != nil {
				return []actors.Mention{*f} // "killed by forces loyal to Assad"
			}
			for j := k + 1; j < len(st.toks) && (j < k+4 || j < k+6 && nameWords(st, k+1, j)); j++ {
				if m := st.at[j]; m >= 0 {
					if mt := st.ments[m]; mt.Modifier && mt.End == mt.Start+1 && controlModifier(st.toks[mt.Start].Lower) {
						return nil // "killed by a US-led airstrike": no actor
					}
					if pair := modifierPair(st, m); pair != nil {
						return pair // "killed by Russian and Syrian bombs": each owner a source
					}
					return c.group(st, m)
				}
			}
		}
	}
	return nil
}

// modifierPair returns the list of modifier mentions coordinated with
// the modifier m, before or after it ("Russian and Syrian bombs",
// "Israeli or Egyptian shelling", "US, British and French strikes"):
// owners of one thing, each its own source; nil when m is no modifier or
// no other modifier stands beside it across "and", "or" or a comma.
func modifierPair(st *sentence, m int) []actors.Mention {
	if !st.ments[m].Modifier {
		return nil
	}
	for m > 0 { // back to the first of the list: "Russian and Syrian air strikes" from "Syrian"
		k := st.ments[m].Start - 1
		w := ""
		if k >= 1 {
			w = st.toks[k].Lower
		}
		if w != "and" && w != "or" && w != "," {
			break
		}
		p := st.at[k-1]
		if p < 0 || !st.ments[p].Modifier || st.ments[p].Place || st.ments[p].End != k {
			break
		}
		m = p
	}
	out := []actors.Mention{st.ments[m]}
	k := st.ments[m].End
	for k+1 < len(st.toks) {
		w := st.toks[k].Lower
		if w != "and" && w != "or" && w != "," {
			break
		}
		n := st.at[k+1]
		if n < 0 || !st.ments[n].Modifier || st.ments[n].Place || st.ments[n].Start != k+1 {
			break
		}
		out = append(out, st.ments[n])
		k = st.ments[n].End
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// accordingTo finds "according to X" attribution.
func (c *Coder) accordingTo(st *sentence) *actors.Mention {
	toks := st.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			for j := k + 2; j < len(toks) && j < k+6; j++ {
				if m := st.at[j]; m >= 0 {
					r := st.ments[m]
					return &r
				}
			}
		}
	}
	return nil
}

func (c *Coder) hasPronounSubject(st *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.toks[k].Lower {
		case "it", "they", "he", "she":
			return true
		}
	}
	return false
}

// roleNoun reports nouns for people who act for a state: "the leaders of
// Brazil", "representatives of the government", "envoys from Russia",
// "the mayors of Paris, London and Rome" (each city's country's
// government, as "the mayor of Kyiv" is UKRGOV).
func roleNoun(w string) bool {
	switch w {
	case "leaders", "leader", "representatives", "delegations", "delegation", "delegates", "envoys",
		"negotiators", "officials", "ministers", "diplomats", "heads", "mayors":
		return true
	}
	return false
}

// agentsFor reports nouns for people who act "for" a party, which
// roleNoun's people then are: "Negotiators for Colombia's government and
// the ELN held talks" (each party's).
func agentsFor(w string) bool {
	switch w {
	case "negotiators", "representatives", "delegates", "delegations":
		return true
	}
	return false
}

// controlModifier reports a one-word modifier of control or sponsorship
// ("Houthi-controlled", "rebel-held", "Iran-backed"): it describes the
// noun's owner, not a party to the event.
func controlModifier(w string) bool {
	for _, suf := range []string{"-controlled", "-held", "-backed", "-led", "-run", "-administered", "-occupied", "-allied", "-aligned"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// controlVerbBefore returns the verb whose infinitive complement opens at
// token j ("agreed to", "was asked on Monday to"), past dates and adverbs,
// or -1 when j is no "to" right after a verb.
func controlVerbBefore(st *sentence, j int) int {
	if j < 1 || st.toks[j].Lower != "to" {
		return -1
	}
	if u := usedMeans(st, j); u >= 0 {
		return u // "Russia used drones to attack": the user (sources_structure.go)
	}
	if first := coordinatedTo(st, j); first >= 0 {
		return controlVerbBefore(st, first) // "agreed to free prisoners and to accept monitors" (intent_coordinated.go)
	}
	k := j - 1
	for k >= 0 && (st.isDate[k] || st.toks[k].Tag == "RB") {
		k--
	}
	if k >= 0 && (st.at[k] < 0 && (st.toks[k].Tag == "NN" || st.toks[k].Tag == "NNS" || st.toks[k].Tag == "NNP") || st.at[k] >= 0 && st.ments[st.at[k]].Place) {
		if v := controlPastPP(st, k); v >= 0 {
			return v // "agreed in a lengthy phone call on Wednesday to begin negotiations", "agreed in Annapolis to negotiate" (a place no actor names)
		}
	}
	if k < 0 || st.at[k] >= 0 || !(strings.HasPrefix(st.toks[k].Tag, "VB") || sentences.PredicativeAdjective(st.toks, k)) || st.toks[k].Lemma == "be" || st.toks[k].Lemma == "have" {
		return -1 // (an adjective after "be" controls it too: "are due to meet", hits.go)
	}
	return k
}

// controlPastPP returns the control verb before prepositional phrases of
// the occasion ending at token k, between the verb and its infinitive:
// "agreed [in a lengthy phone call] to begin negotiations", "agreed [in
// talks in Brussels] to restore", "decided [at an emergency meeting] to
// expel". Only verbs of agreeing, deciding and pledging, and only phrases
// opened by "in", "at" or "during" right after the verb, holding
// determiners, adjectives, common nouns, places and dates (no actor): -1
// otherwise.
func controlPastPP(st *sentence, k int) int {
	toks := st.toks
	p := k
	for p >= 0 && k-p < 12 {
		if m := st.at[p]; m >= 0 {
			if !st.ments[m].Place {
				return -1
			}
			p = st.ments[m].Start - 1
			continue
		}
		if npTag(toks[p].Tag) || isQuote(toks[p].Text) || st.isDate[p] || toks[p].Tag == "IN" && (toks[p].Lower == "in" || toks[p].Lower == "at" || toks[p].Lower == "during" || toks[p].Lower == "on") {
			p--
			continue
		}
		break
	}
	if p < 0 || !strings.HasPrefix(toks[p].Tag, "VB") || st.at[p] >= 0 {
		return -1
	}
	q := p + 1
	for q < k && (st.isDate[q] || toks[q].Tag == "RB") {
		q++
	}
	switch toks[q].Lower {
	case "in", "at", "during":
	default:
		return -1
	}
	switch toks[p].Lemma {
	case "agree", "decide", "vote", "pledge", "promise", "vow", "resolve":
		return p
	}
	return -1
}

// namedApposition returns the one organisation an apposition [a, b) names
// after a role noun at mention m ("The Kurdish militia, the YPG,"): the
// name says more than the description; nil when m is no bare role noun or
// the apposition names no single organisation.
func namedApposition(st *sentence, m, a, b int) *actors.Mention {
	if r := st.ments[m]; r.Kind != actors.KindAgent && r.Kind != "coref" || r.Person {
		return nil
	}
	var found *actors.Mention
	for k := a; k < b; k++ {
		if x := st.at[k]; x >= 0 && (k == a || st.at[k-1] != x) {
			o := &st.ments[x]
			if o.Kind != actors.KindOrg || o.Modifier || o.Place || found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// appositionOrg returns the organisation an apposition of tokens [a, b)
// after an unknown name makes its bearer a member of ("a member of the
// Houthis' political bureau", "a senior figure in Hamas"): the apposition
// opens with an article and names one organisation, not as a place; nil
// otherwise.
func appositionOrg(st *sentence, a, b int) *actors.Mention {
	toks := st.toks
	if a >= b || (toks[a].Lower != "a" && toks[a].Lower != "an" && toks[a].Lower != "the") {
		return nil
	}
	h := a + 1
	for h < b && h < a+4 && st.at[h] < 0 && !st.words.memberNouns[toks[h].Lower] && !startsUpperASCII(toks[h].Text) && toks[h].Tag != "IN" {
		h++ // "a senior", "a longtime", "a most senior"
	}
	if h >= b || !st.words.memberNouns[toks[h].Lower] {
		return nil // "an analyst at …", "a resident of …": no member of the body
	}
	var found *actors.Mention
	for k := a; k < b; k++ {
		if m := st.at[k]; m >= 0 {
			mt := &st.ments[m]
			if mt.Place || mt.Kind != actors.KindOrg {
				return nil // "a resident of Gaza", "a former Egyptian minister"
			}
			if found != nil && found.Code != mt.Code {
				return nil
			}
			found = mt
			k = mt.End - 1
		}
	}
	return found
}

// nameWord reports a word of a person's name: capitalised ("Hamdan") or
// with a capital after a particle ("al-Bukhaiti", "bin-Salman").
func nameWord(t dyad.Token) bool {
	if startsUpperASCII(t.Text) {
		return t.Tag == "NNP"
	}
	return strings.IndexFunc(t.Text, unicode.IsUpper) > 0 && strings.ContainsRune(t.Text, '-')
}

// actorBeforePP returns the last token of an actor right before a short
// prepositional phrase of manner or medium that ends at token j, between a
// subject and its verb ("The ministry in a statement condemned", "Russia
// on Monday in a joint statement with China called", "the army at a news
// conference said"); -1 when j ends no such phrase.
func actorBeforePP(st *sentence, j int) int {
	toks := st.toks
	if st.at[j] >= 0 || toks[j].Tag != "NN" && toks[j].Tag != "NNS" || !startsLowerASCII(toks[j].Text) {
		return -1
	}
	k := j - 1
	for k >= 0 && j-k <= 6 && st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || j-k > 6 {
		return -1
	}
	switch toks[k].Lower {
	case "in", "at", "during", "via", "through":
	default:
		return -1
	}
	q := k - 1
	for q >= 0 && (st.isDate[q] || toks[q].Tag == "RB") {
		q-- // "on Monday in a statement"
	}
	if q < 0 || st.at[q] < 0 || st.ments[st.at[q]].Modifier || st.ments[st.at[q]].Place {
		return -1
	}
	return q
}

// placeObject reports a mention that names where something happened, as
// the object of a place preposition ("in Kabul", "at Rafah") or the
// country after its city ("in Nice, France"): a "which" after it means
// the thing placed there, not the state.
func placeObject(st *sentence, m actors.Mention) bool {
	toks := st.toks
	b := m.Start - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	if b >= 1 && toks[b].Text == "," && toks[b-1].Tag == "NNP" {
		// "in Nice, France": past the city to its preposition
		b -= 2
		for b >= 0 && b >= m.Start-6 && toks[b].Tag == "NNP" {
			b--
		}
	}
	if b < 0 {
		return false
	}
	switch toks[b].Lower {
	case "in", "at", "near", "outside", "inside":
		return true
	}
	return false
}

// pastPartAside steps back over an aside that counts part of a group
// named in the clause before it, ending at the comma j right before a
// verb: "a trip on which 21 people died, 14 of them Australians, has
// denied" is not the Australians' denial. It returns the token before the aside's opening comma, or j
// when there is no such aside.
func pastPartAside(toks []dyad.Token, j int) int {
	if j < 4 || toks[j].Text != "," {
		return j
	}
	for k := j - 1; k > 0 && k >= j-8; k-- {
		if toks[k].Text != "," {
			continue
		}
		if k+3 < j && (toks[k+1].Tag == "CD" || quantityWord(toks[k+1].Lower)) && toks[k+2].Lower == "of" &&
			(toks[k+3].Lower == "them" || toks[k+3].Lower == "whom") && (strings.HasPrefix(toks[k-1].Tag, "VB") || strings.HasSuffix(toks[k-1].Lower, "ing")) {
			return k - 1 // (after a noun the aside names the subject's people: "Thousands of migrants, most of them Syrians, protested")
		}
		return j
	}
	return j
}

// quantityWord lists the words that count part of a group ("most of
// them", "all of them").
func quantityWord(w string) bool {
	switch w {
	case "most", "many", "some", "all", "several", "one", "two", "three", "four", "five", "half", "none":
		return true
	}
	return false
}

// pastThe returns j+1 when token j is "the" and a token follows it, else
// j: the start of the noun phrase a preposition or verb at j-1 takes
// ("against the Kremlin" → "Kremlin").
func pastThe(toks []dyad.Token, j int) int {
	if toks[j].Lower == "the" && j+1 < len(toks) {
		return j + 1
	}
	return j
}

// beforeThe returns the index of the token before a noun phrase starting
// at token i, one step further back past a "the" there ("held by the
// Houthis": "by"); -1 when none is left.
func beforeThe(toks []dyad.Token, i int) int {
	j := i - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	return j
}
