package events

// Targets that are the holder or the own state of people released,
// recalled, expelled, apologised to, arrested or criticised: the state
// they are held in, recalled or expelled from, or their own.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// expelledFrom returns the state a passive expulsion or release names
// after "from" when no by-agent does ("two Iranian diplomats expelled
// from Germany": Germany expels them; "four Britons freed from US
// custody": the US frees them), nil otherwise.
func (c *Coder) expelledFrom(st *sentence, h *verbHit) []actors.Mention {
	k := h.head + 1
	if k+1 >= len(st.toks) || st.toks[k].Lower != "from" {
		return nil
	}
	if l := st.toks[h.head].Lemma; (l == "free" || l == "release") && cameo.Root(h.code) == "08" {
		// "Britons freed from US custody": the state that held them frees them
		if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].End < len(st.toks) {
			if st.words.custodyNouns[st.toks[st.ments[m].End].Lower] {
				g := st.ments[m]
				g.Place, g.Modifier = false, false
				return []actors.Mention{g}
			}
		}
		return nil
	}
	if h.code != "174" && h.code != "161" || st.toks[h.head].Lemma != "expel" {
		return nil
	}
	if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && len(st.ments[m].Sectors) == 0 {
		g := st.ments[m]
		g.Place = false
		if t := h.source; len(t) > 0 && t[0].End <= len(st.toks) && t[0].End > 0 {
			if st.words.diplomatNouns[st.toks[t[0].End-1].Lower] {
				h.code = "161" // expelling diplomats (CODING.md)
			}
		}
		return []actors.Mention{g}
	}
	return nil
}

// releaseHolder aims a demand or appeal that people be released (1053,
// 0253 … with no state named) at the state holding them: the country they
// are held "in" ("the release of political prisoners in Azerbaijan was
// demanded" AZE; "jailed journalists in Belarus" BLR) or, for jailed
// opposition figures, their own country ("demanded that jailed Georgian
// opposition leaders be released" GEO), as the gold sets code demands of
// release (the jailer is the target).
func (c *Coder) releaseHolder(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "10" || len(h.source) == 0 || !releaseWords(st.toks) {
		return
	}
	toks := st.toks
	if len(h.target) == 1 {
		t := h.target[0]
		if t.Country == "" || len(t.Sectors) == 0 || !hasSector(t, "OPP", "MED", "CVL", "HRI", "REL", "EDU", "LAB") || t.Person {
			return
		}
		if !(hasSector(t, "OPP") && st.words.heldWord(toks, t.Start)) && !placeIn(toks, st, t) {
			return
		}
		h.code = releaseCode(h.code)
		h.target = []actors.Mention{c.jailerOf(h, t.Country)}
		return
	}
	if len(h.target) == 0 && !h.passive && domesticNonState(h.source[0]) && st.words.releaseOfHeld(toks, h.head+1) {
		// "the opposition United Democratic Party demanded the release
		// of its leader and dozens of supporters held since a protest":
		// its own state's government holds them
		h.code = releaseCode(h.code)
		h.target = []actors.Mention{c.jailerOf(h, h.source[0].Country)}
		return
	}
	if len(h.target) != 0 || !h.passive {
		return
	}
	// "The release of political prisoners in Azerbaijan was demanded by …":
	// the state named as the place in the passive subject
	for k := 0; k+1 < h.head; k++ {
		if toks[k].Lower != "in" {
			continue
		}
		if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != h.source[0].Country && placeIn(toks, st, st.ments[m]) {
			h.code = releaseCode(h.code)
			h.target = []actors.Mention{c.implicitTarget(h, st.ments[m].Country)}
			return
		}
	}
}

// jailerOf is the state holding people of country whose release h
// demands: the state's government when h's source is a group or people of
// that same state who are no state body ("Protesters in Dhaka demanded
// the release of detained opposition leaders" BGDGOV; gold dev10-wire
// W10079, dev13-wire W13023, W13053, W13105, dev25-wire W25027), else the
// bare state ("the EU demanded that jailed Georgian opposition leaders be
// released" GEO).
func (c *Coder) jailerOf(h *verbHit, country string) actors.Mention {
	m := c.implicitTarget(h, country)
	if s := h.source[0]; s.Country == country && domesticNonState(s) {
		m.Code, m.Sectors, m.Kind = country+"GOV", []string{"GOV"}, actors.KindAgent
	}
	return m
}

// domesticNonState reports a source of a state that is none of its
// bodies: its civilians, opposition, parties, students, workers, clergy,
// journalists or rebels (one such sector, a country named).
func domesticNonState(s actors.Mention) bool {
	if s.Country == "" || len(s.Sectors) != 1 || s.Person {
		return false
	}
	switch s.Sectors[0] {
	case "CVL", "OPP", "PTY", "EDU", "LAB", "REL", "MED", "REB":
		return true
	}
	return false
}

// releaseOfHeld reports "the release of" within the six words from
// token i, with a held participle ([held participles]: "held",
// "detained", "jailed" …) after it: a release of people held, no release
// of a report or of funds.
func (v *vocab) releaseOfHeld(toks []dyad.Token, i int) bool {
	for k := i; k+1 < len(toks) && k < i+6; k++ {
		if toks[k].Lower == "release" && toks[k+1].Lower == "of" {
			for j := k + 2; j < len(toks); j++ {
				if v.heldParticiples[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// releaseWords reports "release", "released", "freed" or "free" in toks.
func releaseWords(toks []dyad.Token) bool {
	return words(toks, "release", "released", "freed", "free", "freeing", "releasing")
}

// releaseCode is the demand of a release (1053) for a bare demand (100).
func releaseCode(code string) string {
	if code == "100" || code == "105" {
		return "1053"
	}
	return code
}

// heldWord reports "jailed", "detained", "imprisoned" or "held" within
// the three words before token i ([held participles] of data/words.txt).
func (v *vocab) heldWord(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if v.heldParticiples[toks[k].Lower] {
			return true
		}
	}
	return false
}

// placeIn reports a mention t whose country the place phrase "in X"
// inside or right after it gives ("journalists in Belarus").
func placeIn(toks []dyad.Token, st *sentence, t actors.Mention) bool {
	for k := t.Start - 1; k+1 < len(toks) && k <= t.End; k++ {
		if k < 0 {
			continue
		}
		if toks[k].Lower == "in" {
			if m := st.at[k+1]; m >= 0 && st.ments[m].Country == t.Country {
				return true
			}
		}
	}
	return false
}

// ownPeople gives a state's release, apology or restriction (0841, 0353,
// 055, 172) of people no dictionary names and no country qualifies the
// state's own people: "apologised to victims of forced sterilisation"
// (gold: JPNGOV 055 JPNCVL), "vowed to free more political prisoners"
// (VENGOV 0353 VENCVL), "stripped 1,500 NGOs of their legal status"
// (NICGOV 172 NICNGO), as ownPersonTarget does for arrests.
func (c *Coder) ownPeople(st *sentence, h *verbHit) {
	switch h.code {
	case "0841", "0353", "055", "172":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) != 1 || h.passive {
		return
	}
	src := h.source[0]
	if len(src.Country) != 3 || !(len(src.Sectors) == 0 || hasSector(src, "GOV", "MIL", "COP", "JUD")) {
		return
	}
	toks := st.toks
	k := h.head + 1
	for k < len(toks) && k < h.end+5 && (k < h.end || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "JJR" || toks[k].Tag == "CD" || toks[k].Lower == "to" || st.isDate[k] || st.words.heldParticiples[toks[k].Lower]) {
		if st.at[k] >= 0 && !stateless(st, k) {
			return
		}
		if k >= h.end || st.words.ownPeopleNoun(toks[k].Lower, toks, k, toks[h.head].Lemma) == "" {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || st.at[k] >= 0 && !stateless(st, k) {
		return
	}
	sector := st.words.ownPeopleNoun(toks[k].Lower, toks, k, toks[h.head].Lemma)
	if sector == "" {
		return
	}
	// "victims of Russian shelling", "prisoners from Ukraine": another's
	if k+2 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "from" || toks[k+1].Lower == "in") && (st.at[k+2] >= 0 || k+3 < len(toks) && st.at[k+3] >= 0) {
		return
	}
	t := actors.Mention{Start: k, End: k + 1}
	t.Code, t.Country, t.Sectors, t.Name = src.Country+sector, src.Country, []string{sector}, c.matcher.Dictionary().Name(src.Country)
	t.Text = st.s.Text[toks[k].Start:toks[k].End]
	t.Span = [2]int{toks[k].Start, toks[k].End}
	t.Kind = "coref"
	h.target = []actors.Mention{t}
}

// stateless reports a mention at token k whose words name no country
// (bare "soldiers", given one from the context or none): ownPeople may
// still give it the state's own.
func stateless(st *sentence, k int) bool {
	m := st.ments[st.at[k]]
	return len(m.Country) != 3 || m.Kind == "coref"
}

// ownPeopleNoun gives the sector of a noun for people a state holds or
// wrongs ("victims" CVL, "political prisoners" CVL, "NGOs" NGO), "" for
// other words. Bare "prisoners" may be another state's (an exchange).
// The nouns are [own civilians], [own prisoners] and [own charities] of
// data/words.txt; soldiers ([own jailed soldiers]) are the state's own
// (MIL) after a held participle or when the verb (lemma) is a pardon.
func (v *vocab) ownPeopleNoun(w string, toks []dyad.Token, k int, lemma string) string {
	switch {
	case v.ownJailedForces[w]:
		if lemma == "pardon" || k > 0 && v.heldParticiples[toks[k-1].Lower] {
			return "MIL"
		}
	case v.ownCivilians[w]:
		return "CVL"
	case v.ownPrisoners[w]:
		if k > 0 && toks[k-1].Lower == "political" {
			return "CVL"
		}
	case v.ownCharities[w]:
		return "NGO"
	}
	return ""
}

// recalledFrom gives a recall of envoys (161) the state of the capital or
// country they are recalled from: "recalled its own envoy from Tehran"
// (gold: PAK 161 IRN), where the object scan stops at the envoy, the
// source's own.
func (c *Coder) recalledFrom(st *sentence, h *verbHit) {
	if h.code != "161" || len(h.target) != 0 || len(h.source) == 0 || st.toks[h.head].Lemma != "recall" {
		return
	}
	k := clauseWord(st.toks, h.head+1, h.end+4, "from")
	if k < 0 || st.at[k+1] < 0 {
		return
	}
	mt := st.ments[st.at[k+1]]
	if (mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital) && mt.Country != h.source[0].Country {
		mt.Place, mt.Code, mt.Sectors = false, mt.Country, nil
		h.target = []actors.Mention{mt}
	}
}

// withdrawnDiplomats gives a recall or withdrawal of the source's own
// diplomats (161: "withdrew 41 diplomats from India", "recalled
// diplomats from Kabul") the state they leave, named right after them
// with "from", bare, as a recalled envoy's is (recalledFrom; gold W17058
// LTU 161 CHN): the diplomats are the source's, not the host state's
// government, which an expulsion's are ("expelled 41 Indian diplomats"
// INDGOV stays). The object scan had read the unowned "diplomats" as the
// host's, its country taken from "from India".
func withdrawnDiplomats(st *sentence, h *verbHit) {
	if h.code != "161" || len(h.target) != 1 || len(h.source) == 0 || h.p.Noun {
		return
	}
	switch st.toks[h.head].Lemma {
	case "recall", "withdraw", "pull":
	default:
		return
	}
	t, toks := h.target[0], st.toks
	if t.Kind != actors.KindAgent || !hasSector(t, "GOV") || t.Place || t.Country == "" || t.Country == h.source[0].Country {
		return
	}
	// the diplomats' noun, then "from": inside the mention ("diplomats
	// from India" is one agent phrase) or right after it
	k := t.Start
	for k < t.End && toks[k].Tag == "CD" {
		k++ // "41 diplomats"
	}
	if k+1 >= len(toks) {
		return
	}
	switch toks[k].Lower {
	case "diplomats", "diplomat", "envoys", "envoy", "ambassadors", "ambassador":
	default:
		return
	}
	if toks[k+1].Lower != "from" || k+2 >= len(toks) || k+2 >= t.End && st.at[k+2] < 0 {
		return
	}
	if k+2 >= t.End {
		mt := st.ments[st.at[k+2]]
		if mt.Kind != actors.KindCountry && mt.Kind != actors.KindCapital || mt.Country != t.Country {
			return
		}
	}
	t.Kind, t.Code, t.Sectors, t.Plural = actors.KindCountry, t.Country, nil, false
	h.target = []actors.Mention{t}
}

// ownGovernment gives a person outside the government who criticises,
// rejects or demands something of "the government" or "the
// administration" (roots 10–12) that person's government as target:
// "Former British prime minister Boris Johnson criticised the
// government's plan" (GBR 111 GBRGOV), which the rule against a state's
// own officials as targets drops.
func (c *Coder) ownGovernment(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "10", "11", "12":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) != 1 || h.passive {
		return
	}
	src := h.source[0]
	if !src.Person || src.Country == "" || hasSector(src, "GOV", "MIL", "COP", "JUD", "SPY") {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "the" {
		return
	}
	m := st.at[k+1]
	if m < 0 {
		m = st.at[k]
	}
	if m < 0 {
		return
	}
	mt := st.ments[m]
	if mt.Country != src.Country || !hasSector(mt, "GOV") || mt.Person {
		return
	}
	if !st.words.governmentHeads[toks[mt.End-1].Lower] {
		return
	}
	mt.Possessive = false
	h.target = []actors.Mention{mt}
}

// civilObject gives an arrest, detention or assault (roots 17, 18) the
// people named right after the verb when the matcher coded them by
// coreference with the state's country but left their sector out ("a
// prominent human rights lawyer" BLRHRI): the sector is read from the
// code, as the rule against a state's own officials as targets needs it.
func civilObject(st *sentence, h *verbHit) {
	if r := cameo.Root(h.code); r != "17" && r != "18" || len(h.target) != 0 || len(h.source) == 0 || h.passive {
		return
	}
	for k := h.end; k < len(st.toks) && k < h.end+4; k++ {
		m := st.at[k]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		if mt.Kind != "coref" || len(mt.Sectors) != 0 || len(mt.Code) != 6 || mt.Country == "" || mt.Code[:3] != mt.Country {
			return
		}
		switch sec := mt.Code[3:]; sec {
		case "CVL", "HRI", "MED", "OPP", "EDU", "LAB", "REL", "REF", "NGO", "HLH", "AGR", "BUS":
			mt.Sectors = []string{sec}
			h.target = []actors.Mention{mt}
		}
		return
	}
}
