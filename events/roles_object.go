package events

// The target side: object finds the target group of a hit (the first actor
// phrase after it), with the pronoun, sanction, warrant, venue and co-actor
// cases it reads.

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

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

// toldByPhone reports the party told in a "told X by telephone" hit (the
// pattern "tell by phone"), the mention at k sitting between "told" and
// "by": the other side of the call, as after "spoke with".
func toldByPhone(toks []dyad.Token, h *verbHit, k int) bool {
	return toks[h.head].Lemma == "tell" && k > h.head && k < h.end && phoneEnd(toks, h)
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
		if (h.code == "064" || h.p.Code == "064") && st.toks[h.head].Lemma != "pass" {
			prep = "with" // (material passed goes "to": "passed the records of … to prosecutors in Rabat")
		}
		lim := h.end + 12
		for k := h.head + 1; k < len(toks)-1 && k < lim; k++ {
			if toks[k].Text == "," {
				if e := asideBeforePrep(toks, k, prep); e > k {
					lim += e - k + 1
					k = e
					continue // "handed over the group's chairman, Arabinda Rajkhowa, to Indian security forces"
				}
			}
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
		if on := imposedOnAt(toks, h, k); on > 0 {
			k = on
			continue // "lift the sanctions they had imposed on Mali": past the clause's subject (sanctions_imposed_on.go)
		}
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			if e := st.ments[m].End; st.ments[m].Person && e+2 < len(toks) && isPossTok(toks[e]) && st.words.kinWords[toks[e+1].Lower] && st.at[e+2] >= 0 {
				k = e + 1
				continue // "executed Kim Jong Un's uncle Jang Song Thaek": the relative named, not the leader (associates.go)
			}
			if sp := supportersOf(st, st.ments[m]); sp != nil && sp.Start > h.head && (sp.Start < st.ments[m].Start || sp.End > st.ments[m].End) {
				return []actors.Mention{*sp} // "fired tear gas at supporters of President X": the crowd, not the leader (supporters.go)
			}
			if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || r == "20") && claimHedge(toks, st.ments[m]) {
				k = hedgeNamed(st, st.ments[m].End) - 1
				continue // targets.go: "at what it said were militant bases": the speaker of a hedge
			}
			if appealContent(st, h, k) {
				return nil // targets.go: "called on all parties in Syria to protect civilians": whom the appeal is for, not whom it is made to
			}
			if inquiryPlaceOwner(st, h, st.ments[m]) {
				k = st.ments[m].End - 1
				continue // "into crimes committed by both sides during Ivory Coast's post-election conflict": a place, no one investigated (targets_inquiry_place.go)
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
				if strings.HasPrefix(h.code, "081") && toks[k-1].Lower == "by" && k >= 2 && politicalGathering(toks[k-2].Lower) {
					return c.group(st, m) // "lifted a ban on political rallies by opposition parties": whose rallies are freed
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
			if owner, ok := c.placedVictimsOwner(st, h, st.ments[m]); ok && cameo.Root(h.code) == "09" {
				if owner != nil {
					return owner // "an inquiry into abuses against civilians in Syria's coastal region": the region's state (targets_inquiry_place.go)
				}
				k = st.ments[m].End - 1
				continue
			}
			if cameo.Root(h.code) == "09" && ofBefore(toks, p) {
				if by := c.ofBy(st, m); by != nil {
					return by // "investigation into the execution of prisoners by Russian troops"
				}
			}
			if of := st.words.victimOf(toks, p); cameo.Root(h.code) == "09" && of >= 0 && !conductOf(toks, of) {
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
			if h.p.has(flagMutual) && !((k == h.head+1 || k == h.head+2 && (toks[h.head+1].Tag == "DT" || toks[h.head+1].Tag == "PRP$")) && toks[h.head].Lemma == "meet" || directParty(toks, h.head, k) || toldByPhone(toks, h, k) || namesListed(st, h, k) || titledMet(st, h, k)) && !(p >= 0 && (toks[p].Lower == "with" || toks[p].Lower == "between" || toks[p].Lower == "from" && h.code == "041" ||
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
			if p >= 0 && st.ments[m].Kind == "coref" && (toks[p].Lower == "its" && !pluralSourceIts(st, h, m) || toks[p].Lower == "their" || toks[p].Lower == "his" || toks[p].Lower == "her") && !othersOwn(st, h, m) && !otherCounterpart(st, h, m) {
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
			if place := (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) && h.code != "042" && !(h.code == "036" && h.p.Code == "042"); place && (p >= 0 && (toks[p].Lower == "in" || toks[p].Lower == "at" && strings.HasPrefix(h.code, "04") || toks[p].Lower == "near" && !show || toks[p].Lower == "outside" || toks[p].Lower == "inside") ||
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
			andSubjectAt(st, k) || // "shelled Kharkiv and Turkey condemned the attack": Turkey's own clause (and_clause_subject.go)
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

// pluralSourceIts reports an "its" mention m that cannot be h's source's
// own: the source is a plural common noun and "its" has no owner among
// the actors before m ("Unknown attackers set fire to a mosque … and beat
// its imam": the mosque's imam, a target; the attackers' own would be
// "their"), coref_owners.go pluralCommon.
func pluralSourceIts(st *sentence, h *verbHit, m int) bool {
	if len(h.source) == 0 {
		return false
	}
	s := h.source[0]
	if s.End <= s.Start || s.End > st.ments[m].Start || !pluralCommon(st.toks, s) {
		return false
	}
	return possessor(st.toks, st.ments[:m], st.ments[m]) == nil
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
		// (a state or its capital is no "him" or "her": "ordered a U.S.
		// diplomat out of Quito, accusing him of spying")
		person := st.toks[k].Lower == "him" || st.toks[k].Lower == "her"
		return !(it && (mt.Person || mt.Plural || venue(st.toks, mt.Start) || courtTakenTo(st.toks, mt))) && !(person && (mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital))
	})
}

// courtTakenTo reports a court a party was taken or referred "to" ("took
// the United Arab Emirates to the International Court of Justice,
// accusing it of …"): the forum, not the one accused, who is the party
// taken there. A court is a mention whose last word is "court" or
// "tribunal", or whose code is the ICJ's or the ICC's.
func courtTakenTo(toks []dyad.Token, mt actors.Mention) bool {
	i := mt.Start
	if i >= 1 && toks[i-1].Lower == "the" {
		i--
	}
	if i < 1 || toks[i-1].Lower != "to" || mt.End < 1 || mt.End > len(toks) {
		return false
	}
	switch w := toks[mt.End-1].Lower; {
	case w == "court", w == "tribunal", w == "justice":
		return true
	}
	return strings.HasSuffix(mt.Code, "ICJ") || strings.HasSuffix(mt.Code, "ICC")
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

// warrantFor reports "a warrant (on Thursday) for" or "a red notice
// for": the "for" at k names whom the warrant is for.
func warrantFor(st *sentence, k int) bool {
	j := k - 1
	for j >= 0 && st.isDate[j] {
		j--
	}
	return j >= 0 && (strings.HasPrefix(st.toks[j].Lower, "warrant") || j > 0 && strings.HasPrefix(st.toks[j].Lower, "notice") && st.toks[j-1].Lower == "red")
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

// rejectedProposal reports a rejection or an acceptance whose object is
// a proposal the party named before it made ("rejected an African Union
// offer to mediate", "accepted a European Union proposal"): the proposer
// is the target. An accepted proposal is 019 (testdata/gold/README.md,
// "Conventions fixed here": "Accepted a proposal/offer": 019), its nouns
// the accepted-proposal line of data/verbs.txt.
func rejectedProposal(st *sentence, h *verbHit) bool {
	if h.p.Noun {
		return false
	}
	w := st.toks[h.end-1].Lower
	switch {
	case cameo.Root(h.code) == "12":
		switch w {
		case "offer", "offers", "proposal", "proposals", "plan":
			return true
		}
	case h.code == "019":
		switch w {
		case "proposal", "proposals", "recommendation", "recommendations", "compromise", "suggestion", "suggestions", "blueprint", "roadmap", "initiative":
			return true
		}
	}
	return false
}

// politicalGathering reports a political gathering a ban may bar and its
// lifting free: "rallies", "protests", "demonstrations", "marches",
// "gatherings", "meetings".
func politicalGathering(w string) bool {
	switch w {
	case "rallies", "rally", "protests", "demonstrations", "marches", "gatherings", "meetings", "campaigning":
		return true
	}
	return false
}
