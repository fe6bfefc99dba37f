package events

// Subject shapes the plain leftward search misses: a force's possessed
// vessel or unit ("The Chinese navy's hospital ship"), people or
// vehicles "from" a state ("Rescue teams from Turkey arrived"), a
// located body whose place carries a possessive ("Police in Pakistan's
// Punjab province arrested"), and "the country" of a speaker ("Ethiopia's
// foreign ministry said the country was ready to host").

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// possessedUnit reports whether mention mt, right before the common noun
// w that heads the subject, owns w as one of its vessels, aircraft or
// units: "The Chinese navy's hospital ship", "Russia's Black Sea Fleet's
// flagship", "The Pakistani army's media wing". The owner is a force,
// police or an organisation and is joined by a possessive (poss, or an
// "'s" inside the mention); a state's name alone is not enough ("Russia's
// gas").
func possessedUnit(st *sentence, mt actors.Mention, poss bool, w string) bool {
	if mt.Place || !vehicleNoun(w) && !unitNoun(w) && w != "wing" {
		return false
	}
	if !poss {
		for k := mt.Start; k < mt.End-1 && !poss; k++ {
			poss = isPossTok(st.toks[k])
		}
	}
	if !poss {
		// "a Syrian air force helicopter dropped": a force's own craft
		return vehicleNoun(w) && hasSector(mt, "MIL", "COP") && !mt.Modifier
	}
	return mt.Kind == actors.KindOrg && len(mt.Sectors) > 0 || hasSector(mt, "MIL", "COP", "SPY")
}

// vehicleNoun reports nouns of ships, aircraft and armour that act for the
// force that owns them.
func vehicleNoun(w string) bool {
	switch w {
	case "ship", "ships", "vessel", "vessels", "warship", "warships", "frigate", "frigates", "destroyer", "destroyers",
		"carrier", "carriers", "submarine", "submarines", "flagship", "corvette", "corvettes", "cutter", "cutters",
		"aircraft", "jet", "jets", "plane", "planes", "helicopter", "helicopters", "drone", "drones", "bomber", "bombers",
		"fighter", "fighters", "tank", "tanks", "artillery", "boat", "boats", "patrol", "convoy", "convoys":
		return true
	}
	return false
}

// verbLeft returns the token before the finite verb at i past adverbs,
// auxiliaries, modals and date expressions: the end of its subject.
func verbLeft(st *sentence, i int) int {
	j := i - 1
	for j >= 0 && (st.isDate[j] || st.toks[j].Tag == "RB" || st.toks[j].Tag == "MD" || isAux(st.toks[j])) {
		j--
	}
	return j
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
		switch t.Tag {
		case "NN", "NNS", "NNP", "NNPS":
			nouns++
		case "VBZ", "VBP":
			// a plural noun the tagger read as a verb at the sentence's
			// start: "Rescue teams from"
			if a != p-1 || a == 0 {
				return nil
			}
			nouns++
		case "DT", "JJ", "CD":
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
// a possessive and a region, the verb at i right after: "Police in
// Pakistan's Punjab province arrested", "Authorities in India's Manipur
// state imposed". The mention "Police in Pakistan" acts.
func (c *Coder) placedSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 4 || !finite(toks[i].Tag) {
		return nil
	}
	j := verbLeft(st, i)
	if j < 3 || st.at[j] >= 0 || toks[j].Tag != "NN" && toks[j].Tag != "NNP" && !regionWord(toks, j) && toks[j].Lower != "region" {
		return nil // (the tagger may read "state" as a verb)
	}
	k := j
	for k >= 0 && st.at[k] < 0 && (toks[k].Tag == "NNP" || k == j) {
		k--
	}
	if k < 2 || k == j || !isPossTok(toks[k]) || st.at[k-1] < 0 {
		return nil
	}
	mt := st.ments[st.at[k-1]]
	if mt.End != k || mt.Kind != actors.KindAgent || mt.Modifier || mt.Place || !clauseOpen(st, mt.Start) {
		return nil
	}
	in := false
	for x := mt.Start; x < mt.End; x++ {
		in = in || toks[x].Lower == "in"
	}
	if !in {
		return nil
	}
	return []actors.Mention{mt}
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
// arrived in Greece to help battle wildfires". Such a team brings aid
// (073) to the place it reached; an official's trip "to help broker a
// ceasefire" stays a visit. The purpose "to help" (or "to assist") must
// follow in the same clause, with a relief verb or noun after it.
func (c *Coder) reliefArrival(st *sentence, h *verbHit) bool {
	toks := st.toks
	switch toks[h.head].Lemma {
	case "arrive", "land", "reach":
	default:
		return false
	}
	if hasSector(h.source[0], "GOV", "LEG", "JUD") {
		return false
	}
	for k := h.end; k+2 < len(toks) && k < h.end+12; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag) {
			return false
		}
		if toks[k].Lower != "to" || toks[k+1].Lower != "help" && toks[k+1].Lower != "assist" {
			continue
		}
		for x := k + 2; x < len(toks) && x < k+6; x++ {
			switch toks[x].Lower {
			case "search", "rescue", "fight", "battle", "treat", "evacuate", "distribute", "rebuild", "clear",
				"survivors", "victims", "wounded", "injured", "relief", "recovery", "wildfires", "fires", "flood", "floods", "earthquake":
				return true
			}
		}
		return false
	}
	return false
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
		if f := c.loyalForces(st, a); f != nil && f.End == j+1 {
			return []actors.Mention{*f}
		}
	}
	return nil
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
