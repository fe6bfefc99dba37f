package events

// Finding an event's source and target: subjects, objects, coordinated
// lists, passives and attribution.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
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
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || toks[j].Lower == "to" && j > 0 && isAux(toks[j-1]) ||
		isQuote(toks[j].Text) && j > 0 && toks[j-1].Tag != "," && toks[j-1].Text != ",") { // `it "firmly opposes"`
		j--
	}
	if j = pastAbbreviation(toks, pastDashAside(toks, pastPartAside(toks, j))); j < 0 || relativeEnd(st, i, j) {
		return nil // (sources_asides.go)
	}
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
	// coordinated verb or participle clause: share the previous verb's subject
	if toks[j].Lower == "and" && j >= 2 && toks[i].Tag == "VBD" && st.at[j-1] < 0 && toks[j-1].Tag == "NN" && strings.HasSuffix(toks[j-1].Lower, "ed") && st.at[j-2] >= 0 {
		// "Sudan's military ousted and arrested President Bashir": a past
		// form the tagger read as a noun, right after the subject, is the
		// first of two verbs
		return c.subjectDepth(st, j-1, depth+1)
	}
	if toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Text == "," && toks[i].Tag == "VBG" || c.butVerb(st, i, j) {
		for k := j - 1; k >= 0 && k >= j-15; k-- {
			if subjectStop(toks[k]) || toks[k].Text == ";" {
				break
			}
			if st.at[k] < 0 && (toks[k].Tag == "VBD" || toks[k].Tag == "VBN") && reducedRelative(st, k) {
				continue // "take back its fighters captured by US-backed forces and put them on trial": the captives' verb is no clause's
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
			if st.at[k] < 0 && (finite(toks[k].Tag) || toks[k].Tag == "VBN" && k > 0 && isAux(toks[k-1])) {
				if g := c.subjectDepth(st, k, depth+1); g != nil {
					return g
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
		if v := addressedWriter(st, j); v >= 0 {
			return c.subjectDepth(st, v, depth+1) // "wrote to Starmer on Monday demanding an inquiry" (wording.go)
		}
	}
	for k := j; k >= 0; k-- {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if kg := c.kinHead(st, k); kg != nil {
				return kg // "Family members of the detained journalists urged" (actors_people.go)
			}
			if sp := supportersOf(st, mt); sp != nil && (sp.End == mt.End || sp.End == j+1) {
				return []actors.Mention{*sp} // "Supporters of Jair Bolsonaro stormed" (supporters.go)
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
			if before >= 1 && (toks[before].Lower == "of" || toks[before].Lower == "from") && roleNoun(toks[before-1].Lower) &&
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
			if before >= 0 && isPreposition(toks[before].Lower) && !quantityOf(toks, before) &&
				!(mt.End < len(toks) && toks[mt.End].Tag == "VBG") {
				continue // object of a preposition: "in Geneva", "to Moscow"
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
			if (t.Tag == "NN" || t.Tag == "NNS") && st.words.unitNouns[t.Lower] && k >= 1 && st.at[k-1] >= 0 && !st.ments[st.at[k-1]].Place {
				// "German and Dutch air defence crews deployed …": the
				// people of the forces named before them act
				g := c.group(st, st.at[k-1])
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
					if mt := st.ments[st.at[o]]; (!poss || st.words.bodyNoun(t.Lower)) && (mt.Kind == actors.KindOrg || mt.Kind == actors.KindAgent && len(mt.Country) != 3 ||
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
		switch {
		case mt.Kind == actors.KindOrg && mt.Country == "":
		case mt.Country == "":
			return nil
		case rebels && !sittingLeader(toks, j+3, mt) || hasSector(mt, "REB", "OPP", "UAF"):
			r.Code, r.Sectors = mt.Country+"REB", []string{"REB"}
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

// modifierAfterAnd reports a present-tense or base form tagged as a verb
// after "and" at k, directly before a plural noun, when the hit's head is
// a past form: coordinated predicates share their tense, so the word
// modifies a coordinated object ("police fired tear gas and live rounds at
// protesters": live is no second verb, and the target follows).
func modifierAfterAnd(toks []dyad.Token, head, k int) bool {
	if k+2 >= len(toks) || toks[head].Tag != "VBD" {
		return false
	}
	if t := toks[k+1].Tag; t != "VB" && t != "VBP" {
		return false
	}
	return toks[k+2].Tag == "NNS"
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

// group returns the mention m with the mentions coordinated with it
// ("Seoul and Washington", "A, B and C"). A list item may carry a
// premodifier the list does not count ("Israel and Iran-backed
// Hezbollah", "Syria's government and the Kurdish-led SDF", "Ethiopia's
// government and Tigrayan forces": sources_premodified.go).
func (c *Coder) group(st *sentence, m int) []actors.Mention {
	toks := st.toks
	first, last := m, m
	joins := func(a, b int) bool { // tokens [a,b) only join two list items
		if a > 0 && a < b && st.at[a-1] >= 0 && st.ments[st.at[a-1]].Kind == actors.KindAgent {
			// "freed Australian economist Sean Turnell, former British
			// ambassador Vicky Bowman and …": the name the dictionary does
			// not know after an item's title is the item's own
			for a < b && st.at[a] < 0 && toks[a].Tag == "NNP" && startsUpperASCII(toks[a].Text) {
				a++
			}
		}
		if b-a < 1 || b-a > 3 && !(b-a == 4 && listPremodifier(st, b-1, b)) {
			return false // (four words when the last names the item's people or region: "and the main Darfur rebel faction")
		}
		if b-a == 3 && toks[a].Lower == "as" && toks[a+1].Lower == "well" && toks[a+2].Lower == "as" {
			return true // "India as well as Pakistan"
		}
		conj := false
		for k := a; k < b; k++ {
			switch toks[k].Lower {
			case "and", ",", "or", "nor":
				conj = true
			case "the", "his", "her", "their", "its", "'s", "’s":
			case "a", "an":
				// "freed an Australian economist, a British diplomat and a
				// Japanese filmmaker": an object list's item after its comma
				// or "and" (not a subject list's: "gunmen and a suicide bomber
				// attacked" leaves the bomber to the bombing)
				if !conj || b >= len(toks) || st.at[b] < 0 || subjectOfNext(toks, st.ments[st.at[b]].End) {
					return false
				}
			default:
				if (toks[k].Tag == "JJ" || toks[k].Tag == "NN" && k == b-1) && !startsUpperASCII(toks[k].Text) && !collectiveWord(toks[k].Lower) && k > a {
					continue // "Sudan's army and the paramilitary Rapid Support Forces"
				}
				if k > a && conj && (listPremodifier(st, k, b) || k == b-2 && listPremodifier(st, b-1, b) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text)) {
					continue // "and the Kurdish-led Syrian Democratic Forces", "and Tigrayan forces", "and the main Darfur rebel faction"
				}
				return false
			}
		}
		return conj
	}
	for {
		j, gap := prevListItem(st, first)
		if j < 0 || st.ments[j].Modifier || st.ments[j].Place && !st.ments[first].Place || !joins(st.ments[j].End, gap) || attributed(toks, st.ments[j].Start) ||
			newClauseBetween(toks, st.ments[j].End, gap) || frontedPhraseComma(toks, st.ments[j].Start, st.ments[j].End, gap, st.ments[last].End) ||
			subjectOfNext(toks, st.ments[last].End) && objectPosition(toks, st.ments[j].Start) {
			// (not an earlier verb's object: "Russia attacked Ukraine and
			// Georgia criticised Moscow" — Georgia alone criticised)
			break
		}
		first = j
	}
	for {
		j, gap := nextListItem(st, last)
		if j < 0 || st.ments[j].Modifier || !joins(st.ments[last].End, gap) || newClauseBetween(toks, st.ments[last].End, gap) ||
			objectPosition(toks, st.ments[first].Start) && subjectOfNext(toks, st.ments[j].End) {
			// ("Russia attacked Ukraine and Georgia criticised Moscow": Georgia
			// opens the next clause, no second target)
			break
		}
		last = j
	}
	// a list ends with "and"/"or": "A, B and C"; a bare comma joins nothing
	// ("48 people, the interior ministry said")
	hasConj := func(a, b int) bool {
		for k := a; k < b; k++ {
			if toks[k].Lower == "and" || toks[k].Lower == "or" || toks[k].Lower == "nor" || toks[k].Lower == "well" && joins(a, b) {
				return true
			}
		}
		return false
	}
	for last > m {
		j, gap := prevListItem(st, last)
		if hasConj(st.ments[j].End, gap) {
			break
		}
		last = j
	}
	if j, gap := prevListItem(st, m); last == m && first < m && !hasConj(st.ments[j].End, gap) {
		first = m
	}
	out := make([]actors.Mention, 0, last-first+2)
	if a := st.ments[first].Start; a >= 2 && toks[a-1].Lower == "and" && !subjectOfNext(toks, st.ments[last].End) {
		// "bombed Gaza and Lebanon": a place the dictionary does not name
		// as an actor heads the list
		for n := 3; n >= 1; n-- {
			if j := a - 1 - n; j >= 0 && st.at[j] < 0 {
				if p, w, ok := c.placeAt(st, j, a-1, n); ok && w == n && p.Country != st.ments[first].Country && objectPosition(toks, j) {
					pm := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
					pm.Start, pm.End = j, j+n
					out = append(out, *pm)
					break
				}
			}
		}
	}
	for k := first; k <= last; k++ {
		if k == m || !st.ments[k].Modifier {
			out = append(out, st.ments[k]) // (not a premodifier the list passed over)
		}
	}
	sharedHead(out)
	return out
}

// objectPosition reports a finite verb in the few words before token i
// in its clause: a list starting at i is some verb's object ("attacked
// Ukraine and Georgia"), not a subject ("Egypt and Qatar mediated").
func objectPosition(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if finite(t.Tag) || t.Tag == "VBN" && k > 0 && (toks[k-1].Lemma == "have" || toks[k-1].Lemma == "be") {
			switch t.Lemma {
			case "say", "tell", "report", "add", "claim", "insist", "state", "believe", "think", "come":
				return false // "Jabawi said rebel … officials held", "came as U.S. and … forces conduct": a clause follows
			}
			return true
		}
		switch {
		case t.Tag == "DT" || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "RB":
		case t.Tag == "IN" && (t.Lower == "on" || t.Lower == "at" || t.Lower == "against" || t.Lower == "into" || t.Lower == "in"):
		case verbParticle(toks, k):
			// "handed over three Israeli hostages and Israel released …"
		default:
			return false // "as", "that", "between", a comma: another clause or phrase
		}
	}
	return false
}

// subjectOfNext reports a finite verb or modal right after a list item
// ending at token e: the item is the subject of a new clause.
func subjectOfNext(toks []dyad.Token, e int) bool {
	k := e
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k < len(toks) && (finite(toks[k].Tag) || toks[k].Tag == "MD")
}

// phoneEnd reports a pattern whose words end with the phone ("spoke on
// the telephone", "talked on the phone"): the party it was spoken to
// follows "to" right after them, as after "spoke to".
func phoneEnd(toks []dyad.Token, h *verbHit) bool {
	if h.end < 1 || h.end > len(toks) {
		return false
	}
	switch toks[h.end-1].Lower {
	case "phone", "telephone", "telephones", "phones":
		return true
	}
	return false
}

// object finds the target group of a hit: the first actor phrase after
// the verb within its clause.
func (c *Coder) object(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if pronounOf(toks, h.end) {
		return c.objectPronoun(st, h) // "accusing it of committing genocide against Palestinians": it, not the victims
	}
	if r, ok := c.releasedPossessor(st, h); ok {
		return r // "ruled that Imran Khan's arrest was illegal and ordered his release": Khan (released.go)
	}
	if transfer(h.code) || transfer(h.p.Code) || h.code == "064" || h.p.Code == "064" || strings.HasPrefix(h.code, "162") {
		// (an intent to transfer too: "agreed to extradite a cartel leader to the United States")
		// "handed over X to Iraqi authorities": the recipient follows "to";
		// "shared images of Russian positions with Ukraine": "with"
		prep := "to"
		if h.code == "064" || h.p.Code == "064" {
			prep = "with"
		}
		for k := h.head + 1; k < len(toks)-1 && k < h.end+12; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" {
				break
			}
			if toks[k].Lower != prep {
				continue
			}
			j := k + 1
			j = pastThe(toks, j)
			if m := st.at[j]; m >= 0 {
				return c.group(st, m)
			}
		}
	}
	start := h.head + 1
	if v, _ := c.agentClauseVerb(st, h.head); h.p.Noun && v > h.head && v < h.end {
		start = v + 1 // "Rockets fired by Hezbollah hit an army base": past the agent (weapon_agent.go)
	}
	limit := h.end + 10
	if cameo.Root(h.code) == "13" {
		limit += 4 // a threat's act comes first: "threatened on Tuesday to hit \"all the infrastructure\" of Israel"
	}
	for k := start; k < len(toks) && k < limit; k++ {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			if e := st.ments[m].End; st.ments[m].Person && e+2 < len(toks) && isPossTok(toks[e]) && st.words.kinWords[toks[e+1].Lower] && st.at[e+2] >= 0 {
				k = e + 1
				continue // "executed Kim Jong Un's uncle Jang Song Thaek": the relative named, not the leader (associates.go)
			}
			if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || r == "20") && claimHedge(toks, st.ments[m]) {
				k = hedgeNamed(st, st.ments[m].End) - 1
				continue // targets.go: "at what it said were militant bases": the speaker of a hedge
			}
			if appealContent(st, h, k) {
				return nil // targets.go: "called on all parties in Syria to protect civilians": whom the appeal is for, not whom it is made to
			}
			if cameo.Root(h.code) != "07" {
				if by := c.actOfBy(st, m); by != nil {
					return by // "condemned the killing of its soldiers by Taliban fighters": the killers
				}
			}
			if k > 0 && (toks[k-1].Lower == "by" || toks[k-1].Lower == "the" && k > 1 && toks[k-2].Lower == "by") && !h.passive {
				if cameo.Root(h.code) != "07" && c.byOfAct(st, m) {
					return c.group(st, m) // "welcomed the release of hostages by Hamas"
				}
				if b := st.ments[m].Start - 1; cameo.Root(h.code) == "09" && toks[b].Lower == "by" && b >= h.end && (toks[b-1].Tag == "NNS" || toks[b-1].Tag == "NN" || toks[b-1].Tag == "VBZ" && (toks[b-2].Tag == "JJ" || toks[b-2].Tag == "IN")) && !startsUpperASCII(toks[b-1].Text) {
					return c.group(st, m) // "an examination into alleged abuses by Venezuela's security forces": whose acts are investigated
				}
				if authoredBy(st, h, st.ments[m].Start) {
					return c.group(st, m) // "dismissed a report by Amnesty International": its author (targets_authored.go)
				}
				if toks[k-1].Lower == "by" && !(feelingHit(st, h) && onlyAdverbs(toks, h.end, st.ments[m].Start-1)) {
					return nil // (a feeling's by-phrase names its cause: "angered by Germany's decision", wording.go)
				}
			}
			p := k - 1
			if notTarget(st, h, st.ments[m]) {
				k = st.ments[m].End - 1
				continue // "blocked border crossings between Poland and Ukraine", "rejected calls to impose sanctions on Russia" (sources_asides.go)
			}
			if p >= 1 && toks[p].Lower == "to" && toks[p-1].Lower == "loyal" {
				k = st.ments[m].End - 1
				continue // "by forces loyal to Assad": whose forces act, not a target
			}
			if coActor(toks, st.ments[m].Start) {
				k = st.ments[m].End - 1
				continue // "hit Idlib in coordination with Turkey": a partner in the act, not its target
			}
			if st.ments[m].End == h.end-1 && h.end-1 > h.head && !h.p.Noun && !st.ments[m].Modifier && (toks[h.end-1].Tag == "NN" || toks[h.end-1].Tag == "NNS" || toks[h.end-1].Tag == "VBZ") && !st.words.sentPeople[toks[h.end-1].Lower] && !st.words.objectComplement(toks[h.end-1].Lower) && !repelledAttack(st, h) && !rejectedProposal(st, h) && h.code != "1712" {
				// (property destroyed is its owner's: "torched police
				// vehicles" IRNCOP, targets_property.go)
				k = st.ments[m].End - 1
				continue // "restored UN sanctions": the organisation names the sanctions
			}
			if mt := st.ments[m]; mt.End == mt.Start+1 && mt.Text == "military" && mt.End < len(toks) && (toks[mt.End].Tag == "NN" || toks[mt.End].Tag == "NNS") &&
				len(h.source) > 0 && mt.Country == h.source[0].Country && (len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "GOV", "MIL")) {
				continue // "struck military targets in Iran": a modifier, not the source's own army
			}
			if mt := st.ments[m]; mt.Modifier && mt.End == mt.Start+1 && controlModifier(toks[mt.Start].Lower) {
				continue // "strikes on Houthi-controlled ports in Yemen": the place, not the group
			}
			if p >= 1 && toks[p].Lower == "of" && (toks[p-1].Lower == "gulf" || toks[p-1].Lower == "sea" || toks[p-1].Lower == "strait" || toks[p-1].Lower == "bay") {
				k = st.ments[m].End - 1
				continue // "in the Gulf of Oman": a sea, not Oman
			}
			if cameo.Root(h.code) == "09" && ofBefore(toks, p) {
				if by := c.ofBy(st, m); by != nil {
					return by // "investigation into the execution of prisoners by Russian troops"
				}
			}
			if cameo.Root(h.code) == "09" && p >= 0 && toks[p].Lower == "of" && !conductOf(toks, p) {
				k = st.ments[m].End - 1
				continue // "investigate the deaths of protesters": the victims are no target
			}
			if st.ments[m].Kind == "coref" && aerial(st.ments[m].Text) || st.ments[m].Kind == "coref" && st.words.equipmentNouns[toks[st.ments[m].End-1].Lower] ||
				cameo.Root(h.code) == "15" && st.ments[m].Kind == "coref" && hasSector(st.ments[m], "MIL") {
				k = st.ments[m].End - 1
				continue // "delivered two armed drones to …": an instrument, not a target
			}
			if cp := c.counterpartsIn(st, h, m, p); cp != nil {
				return cp
			}
			if h.p.has(flagMutual) && !((k == h.head+1 || k == h.head+2 && (toks[h.head+1].Tag == "DT" || toks[h.head+1].Tag == "PRP$")) && toks[h.head].Lemma == "meet" || directParty(toks, h.head, k) || namesListed(st, h, k) || titledMet(st, h, k)) && !(p >= 0 && (toks[p].Lower == "with" || toks[p].Lower == "between" || toks[p].Lower == "from" && h.code == "041" ||
				toks[p].Lower == "to" && (p == h.end-1 || p == h.end && phoneEnd(toks, h)) && (toks[h.head].Lemma == "speak" || toks[h.head].Lemma == "talk") || // "spoke to Zelensky", "spoke on the telephone to Zelensky"
				(toks[p].Tag == "DT" || toks[p].Tag == "PRP$") && p > 0 && (toks[p-1].Lower == "with" || toks[p-1].Lower == "between"))) {
				if e := st.ments[m].End; e+1 < len(toks) && (toks[e].Text == "'s" || toks[e].Text == "’s") && !startsUpperASCII(toks[e+1].Text) && st.at[e+1] < 0 {
					k = e
					continue // "discussed North Korea's nuclear programme with …": the topic's owner, not a party
				}
				return nil // a mutual verb's other party follows "with"
			}
			if cameo.Root(h.code) == "17" && p >= 0 && (toks[p].Lower == "over" || toks[p].Lower == "for" && !warrantFor(st, p)) {
				k = st.ments[m].End - 1
				continue // the reason for an arrest, not its target: "over the killing of …"
			}
			for p >= 1 && (toks[p].Tag == "NN" || toks[p].Tag == "JJ" || toks[p].Tag == "DT") && !startsUpperASCII(toks[p].Text) && toks[p-1].Tag == "IN" {
				p-- // "through central London", "outside the Knesset"
			}
			if cameo.Root(h.code) == "14" && against(toks[h.head:k], 0) && (st.ments[m].Modifier || p >= 0 && toks[p].Lower == "of" && st.ments[m].End < len(toks) && (toks[st.ments[m].End].Tag == "NN" || toks[st.ments[m].End].Tag == "NNS")) {
				k = st.ments[m].End - 1
				continue // "against the suspension of EU accession talks": a topic
			}
			if cameo.Root(h.code) == "14" && p >= 0 && (toks[p].Lower == "outside" || toks[p].Lower == "near" || toks[p].Lower == "in" || toks[p].Lower == "at" && h.code != "145" || toks[p].Lower == "through" || toks[p].Lower == "around" || toks[p].Lower == "across") {
				k = st.ments[m].End - 1
				continue // where the protest was, not whom it was against
			}
			if p >= 0 && st.ments[m].Kind == "coref" && (toks[p].Lower == "its" || toks[p].Lower == "their" || toks[p].Lower == "his" || toks[p].Lower == "her") && !othersOwn(st, h, m) {
				k = st.ments[m].End - 1
				continue // "recalled its ambassador": the source's own
			}
			if ownEnvoyPosted(st, h, st.ments[m]) {
				k = st.ments[m].End - 1
				continue // "recalls ambassador to Israel": the source's own envoy, posted to the target (targets_posted.go)
			}
			if r := cameo.Root(h.code); p >= 0 && (r == "03" || r == "04" || r == "05" || r == "06") && !(sanctionWord(toks[h.head:k]) && toks[p].Lower == "on") &&
				!(r == "03" && cameo.Root(h.p.Code) == "08" && toks[p].Lower == "on") && // "will halt attacks on Israeli forces": a yielding act's "on" names whom it spares

				!(toks[p].Lower == "on" && p > 0 && bestowed(toks[p-1].Lower)) && (toks[p].Lower == "on" || toks[p].Lower == "about" || toks[p].Lower == "over" || toks[p].Lower == "regarding") {
				k = st.ments[m].End - 1
				continue // the topic of talks, not a party
			}
			if (strings.HasPrefix(h.code, "16") || h.code == "1312") && !(p >= 0 && (toks[p].Lower == "on" || toks[p].Lower == "against")) && c.laterOnTarget(st, k) {
				k = st.ments[m].End - 1
				continue // "restore UN sanctions on Iran": the target follows "on"
			}
			for p >= 1 && (toks[p].Tag == "NN" || toks[p].Tag == "JJ") && !startsUpperASCII(toks[p].Text) && (toks[p-1].Tag == "IN" || toks[p-1].Tag == "NN" || toks[p-1].Tag == "JJ") {
				p-- // "in northeastern Syria"
			}
			show := cameo.Root(h.code) == "15" // a show of force near a country is aimed at it
			if place := (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) && h.code != "042"; place && (p >= 0 && (toks[p].Lower == "in" || toks[p].Lower == "at" && strings.HasPrefix(h.code, "04") || toks[p].Lower == "near" && !show || toks[p].Lower == "outside" || toks[p].Lower == "inside") ||
				p >= 1 && toks[p].Lower == "the" && (toks[p-1].Lower == "in" || toks[p-1].Lower == "at")) {
				k = st.ments[m].End - 1
				continue // a place, not a target: "met in Brussels"
			}
			if mt := st.ments[m]; mt.Kind == actors.KindOrg && venue(toks, mt.Start) && (strings.Contains(mt.Text, "Court") || strings.Contains(mt.Text, "Tribunal")) {
				k = mt.End - 1
				continue // "accused Israel of genocide at the International Court of Justice": where, not whom
			}
			if st.ments[m].Place && st.ments[m].Start > 0 && placeList(toks, st.ments, st.ments[m].Start-1) {
				k = st.ments[m].End - 1
				continue // "rounding up thousands in Karachi and Islamabad": places
			}
			if adjectivePlace(st, m, p, show) || !show && offCoast(st, m) {
				k = st.ments[m].End - 1
				continue // "in the Syrian town of Douma": a place too
			}
			q := p // "the massacre of more than 100 villagers"
			for q >= 1 && (toks[q].Tag == "CD" || toks[q].Tag == "JJ" || toks[q].Lower == "more" || toks[q].Lower == "than" || toks[q].Lower == "least" || toks[q].Lower == "at" || toks[q].Lower == "some" || toks[q].Lower == "nearly" || toks[q].Lower == "about") {
				q--
			}
			if q >= 1 && toks[q].Lower == "of" && cameo.Root(h.code) != "07" {
				// "condemned the massacre of 100 villagers by RSF fighters":
				// whoever did the act named before "of"
				for j := st.ments[m].End; j+1 < len(toks) && j < st.ments[m].End+4; j++ {
					if toks[j].Lower == "by" {
						for x := j + 1; x < len(toks) && x <= j+3; x++ {
							if b := st.at[x]; b >= 0 {
								if c.nounEventAt(st, q-1) {
									return c.group(st, b)
								}
								break
							}
						}
						break
					}
				}
			}
			g := c.group(st, m)
			// keep only the mentions at or after k
			var out []actors.Mention
			for _, x := range g {
				if x.Start >= k || x.Kind == "place" && x.Start > h.head {
					out = append(out, x) // (the place heading the list: "bombed Gaza and Lebanon")
				}
			}
			return out
		}
		if k >= h.end && (t.Text == "," || t.Text == ";" || t.Text == "." || t.Lower == "that" || t.Lower == "which" ||
			t.Lower == "who" || t.Lower == "and" && isVerbTag(toks, k+1) && !modifierAfterAnd(toks, h.head, k) && !sanctionNounAt(toks, k+1) || t.Lower == "but" ||
			t.Lower == "after" || t.Lower == "because" || t.Lower == "while" || t.Lower == "as" || timePhrase(toks, k) ||
			(t.Lower == "if" || t.Lower == "unless") && forceRoot(h.code) && !(len(h.source) > 0 && civil(h.source[0]))) {
			// (a condition names whom a threatened use of force is held
			// over, not its object: targets.go; a threat's or a planned
			// labour strike's condition may, "unions will strike unless the
			// government …")
			return nil
		}
		if k >= h.end && finite(t.Tag) && !hedgeAdjective(toks, k) && !(toks[k-1].Lower == "and" && modifierAfterAnd(toks, h.head, k-1)) && !sanctionNounAt(toks, k) &&
			!accordParticiple(toks, k) { // "a peace declaration signed with Cambodia" (accord_partner.go)
			return nil
		}
		if k >= h.end && h.p.Noun && (t.Lower == "and" || t.Lower == "or") {
			return nil // "denied the attack and a delegation … arrived": a new phrase
		}
		if k > h.end && t.Tag == "VBG" && cameo.Root(h.code) == "12" && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") {
			return nil // "vetoed a bill extending benefits for Ukrainian refugees": inside the bill
		}
		if r := cameo.Root(h.code); k >= h.end && (r == "13" || r == "15") && t.Lower == "to" && k+1 < len(toks) && toks[k+1].Tag == "VB" && !onlyDates(st, h.end, k) {
			return nil // a purpose clause: "threatened to use nuclear weapons to defend …"
		}

		if cameo.Root(h.code) == "17" && k >= h.end && (t.Lower == "over" || t.Lower == "for" && !warrantFor(st, k)) {
			return nil // the reason for an arrest: "arrested three suspects over the killing of …"
		}
	}
	return nil
}

// bestowed reports a noun whose "on X" names who receives it: "heaped
// praise on Donald Trump", "conferred an honour on".
func bestowed(w string) bool {
	switch w {
	case "praise", "honour", "honor", "honours", "honors", "award", "medal", "accolades", "plaudits":
		return true
	}
	return false
}

// othersOwn reports a "his/her/its" mention m (a coreferent agent) owned
// by a person other than h's source or by another state: "the opposition
// …, accusing his government" is the prime minister's government, a
// target, where "recalled its ambassador" is the source's own.
func othersOwn(st *sentence, h *verbHit, m int) bool {
	if len(h.source) == 0 {
		return false
	}
	if r := personPossessor(st.toks, st.ments[:m], st.ments[m]); r != nil {
		return r.Code != h.source[0].Code
	}
	// "Russian forces had used grenades … against its troops" (Ukraine's
	// military's): another state's own
	r := possessor(st.toks, st.ments[:m], st.ments[m])
	return r != nil && r.Country != "" && st.ments[m].Country == r.Country && r.Country != h.source[0].Country
}

// laterOnTarget reports an "on/against ACTOR" phrase after token k.
func (c *Coder) laterOnTarget(st *sentence, k int) bool {
	for j := k + 1; j < len(st.toks)-1 && j < k+6; j++ {
		if (st.toks[j].Lower == "on" || st.toks[j].Lower == "against") && (st.at[j+1] >= 0 || j+2 < len(st.toks) && st.at[j+2] >= 0) {
			return true
		}
	}
	return false
}

// objectPronoun resolves "him", "her", "them" right after the verb to the
// nearest actor before the verb that is not its source: "expelled a
// British diplomat, accusing him of spying"; also the object slot inside
// a pattern's words ("arrested the activist Narges Mohammadi and barred
// her from leaving": the pattern is "bar … from").
func (c *Coder) objectPronoun(st *sentence, h *verbHit) []actors.Mention {
	k := h.end
	if j := h.head + 1; j < h.end && j < len(st.toks) {
		switch st.toks[j].Lower {
		case "him", "her", "them":
			k = j
		}
	}
	if k >= len(st.toks) {
		return nil
	}
	it := false
	if w := st.toks[k].Lower; (w == "at" || w == "against") && k+1 < len(st.toks) && st.toks[k+1].Lower == "it" {
		k++ // "fired missiles at it"
	}
	if st.toks[k].Lower == "it" && k > 0 && (st.toks[k-1].Lower == "at" || st.toks[k-1].Lower == "against") &&
		(k+1 == len(st.toks) || isPunct(st.toks[k+1]) || st.toks[k+1].Tag == "IN") {
		it = true // no expletive after a preposition
	}
	switch st.toks[k].Lower {
	case "him", "her", "them":
	case "it":
		// "accusing it of genocide": only before "of", where "it" is
		// no expletive ("made it clear")
		if !it {
			if it = k+1 < len(st.toks) && st.toks[k+1].Lower == "of"; !it {
				return nil
			}
		}
	default:
		return nil
	}
	return referentBefore(st, h, k, func(mt actors.Mention) bool {
		// (a place named "in Kabul" is no "them": "women protested in
		// Kabul before fighters dispersed them")
		return !(it && (mt.Person || mt.Plural || venue(st.toks, mt.Start)))
	})
}

// referentBefore returns, as the referent of the pronoun at token k, the
// nearest actor mention before h's verb that is none of h's sources, no
// modifier and no place, and that ok accepts; nil when there is none.
func referentBefore(st *sentence, h *verbHit, k int, ok func(actors.Mention) bool) []actors.Mention {
	for j := h.head - 1; j >= 0; j-- {
		m := st.at[j]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		own := slices.ContainsFunc(h.source, func(s actors.Mention) bool { return s.Start == mt.Start })
		if !own && !mt.Modifier && !mt.Place && ok(mt) {
			return []actors.Mention{referent(mt, st, k, k+1)}
		}
		j = mt.Start
	}
	return nil
}

// transfer reports codes whose target is a recipient: extradition,
// handing over, aid, asylum.
func transfer(code string) bool {
	return code == "063" || code == "0842" || code == "075" || strings.HasPrefix(code, "07")
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

// attributed reports a mention starting at token i as the one named by
// "according to" ("According to officials, Egypt and Qatar …"): the
// attribution, never the first item of the list after its comma.
func attributed(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Lower == "to" {
			return toks[k-1].Lower == "according"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "PRP$" && t != "NNP" && t != "NN" {
			return false
		}
	}
	return false
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

// sanctionWord reports "sanctions" or an embargo among toks: what follows
// "on" is then the sanctioned party, not a topic ("lift sanctions on Syria").
func sanctionWord(toks []dyad.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "sanctions", "sanction", "embargo", "embargoes", "tariffs", "restrictions":
			return true
		}
	}
	return false
}

// sanctionNounAt reports a sanction noun at token k (sanctionWord) that
// the tagger may read as a verb ("sanctions" VBZ) as the second of two
// coordinated objects: right after "and", or after "and" and one
// modifier ("lifted an arms embargo and other sanctions on Libya" names
// its target after the second noun, not after a new finite verb).
func sanctionNounAt(toks []dyad.Token, k int) bool {
	if k < 2 || k >= len(toks) || !sanctionWord(toks[k:k+1]) {
		return false
	}
	if toks[k-1].Lower == "and" {
		return true
	}
	return toks[k-2].Lower == "and" && (toks[k-1].Tag == "JJ" || toks[k-1].Tag == "NN") && !startsUpperASCII(toks[k-1].Text)
}

// onlyDates reports that tokens [a, b) are all date words or adverbs:
// "threatened on Thursday to close …" keeps its infinitive complement.
func onlyDates(st *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if !st.isDate[k] && st.toks[k].Tag != "RB" {
			return false
		}
	}
	return true
}

// roleNoun reports nouns for people who act for a state: "the leaders of
// Brazil", "representatives of the government", "envoys from Russia".
func roleNoun(w string) bool {
	switch w {
	case "leaders", "leader", "representatives", "delegations", "delegation", "delegates", "envoys",
		"negotiators", "officials", "ministers", "diplomats", "heads":
		return true
	}
	return false
}

// warrantFor reports "a warrant (on Thursday) for" or "a red notice
// for": the "for" at k names whom the warrant is for.
func warrantFor(st *sentence, k int) bool {
	j := k - 1
	for j >= 0 && st.isDate[j] {
		j--
	}
	return j >= 0 && (strings.HasPrefix(st.toks[j].Lower, "warrant") || j > 0 && strings.HasPrefix(st.toks[j].Lower, "notice") && st.toks[j-1].Lower == "red")
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

// nounEventAt reports a noun event pattern ending at token k ("the
// massacre" in "the massacre of 100 villagers by RSF fighters").
func (c *Coder) nounEventAt(st *sentence, k int) bool {
	for _, g := range st.hits {
		if g.p.Noun && g.end-1 == k {
			return true
		}
	}
	return false
}

// counterpartsIn reads "its counterparts in Germany and Poland": mention m
// is a country (or capital) after "counterpart(s) in" at p, and the other
// party is that state's holder of the source's own office, so each
// country of the list takes the source's sectors (GCHQ GBRSPY → DEUSPY,
// POLSPY), or GOV when the source has none. Nil when m is not so placed.
func (c *Coder) counterpartsIn(st *sentence, h *verbHit, m, p int) []actors.Mention {
	toks := st.toks
	if p < 1 || toks[p].Lower != "in" || toks[p-1].Lower != "counterpart" && toks[p-1].Lower != "counterparts" {
		return nil
	}
	if k := st.ments[m].Kind; k != actors.KindCountry && k != actors.KindCapital {
		return nil
	}
	sectors := []string{"GOV"}
	if len(h.source) > 0 && h.source[0].Country != "" && len(h.source[0].Sectors) > 0 {
		sectors = h.source[0].Sectors
	}
	var out []actors.Mention
	for _, x := range c.group(st, m) {
		if x.Country == "" || x.Kind != actors.KindCountry && x.Kind != actors.KindCapital {
			continue
		}
		x.Sectors = append([]string(nil), sectors...)
		x.Code = x.Country + strings.Join(sectors, "")
		x.Place = false
		out = append(out, x)
	}
	return out
}

// venue reports a mention starting at i that follows "at", "in" or
// "before" (with "the"): a court or a forum where something happened
// ("filed a case against Israel at the International Court of Justice").
func venue(toks []dyad.Token, i int) bool {
	if i >= 1 && toks[i-1].Lower == "the" {
		i--
	}
	if i < 1 {
		return false
	}
	switch toks[i-1].Lower {
	case "at", "in", "before":
		return true
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

// coActor reports a mention starting at i that a phrase names as a
// partner in the act: "in coordination/cooperation with", "together/along
// with", "alongside", "with the help/support of", "backed/supported by".
func coActor(toks []dyad.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "the" {
		i--
	}
	w := func(k int) string {
		if k < 0 {
			return ""
		}
		return toks[k].Lower
	}
	switch w(i - 1) {
	case "alongside":
		return true
	case "with":
		switch w(i - 2) {
		case "together", "along":
			return true
		case "coordination", "cooperation", "conjunction", "tandem":
			return w(i-3) == "in" // (not "suspend cooperation with the US")
		}
	case "by":
		return w(i-2) == "backed" || w(i-2) == "supported" || w(i-2) == "assisted" || w(i-2) == "aided"
	case "of":
		return (w(i-2) == "help" || w(i-2) == "support" || w(i-2) == "assistance") && w(i-3) == "the" && w(i-4) == "with"
	}
	return false
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

// repelledAttack reports a force pattern whose object is the attack it
// answers ("repelled a Ukrainian attack", "repelled a Russian assault"):
// the state named before the attack noun is the attacker, the target of
// the repelling (while in "restored UN sanctions" the organisation only
// names the sanctions).
func repelledAttack(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "19" || h.p.Noun {
		return false
	}
	switch st.toks[h.head].Lemma {
	case "repel", "repulse":
	default:
		return false
	}
	switch st.toks[h.end-1].Lower {
	case "attack", "attacks", "assault", "offensive", "incursion":
		return true
	}
	return false
}

// rejectedProposal reports a rejection whose object is a proposal the
// party named before it made ("rejected an African Union offer to
// mediate"): the proposer is the target.
func rejectedProposal(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "12" || h.p.Noun {
		return false
	}
	switch st.toks[h.end-1].Lower {
	case "offer", "offers", "proposal", "proposals", "plan":
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
