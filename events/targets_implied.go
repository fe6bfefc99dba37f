package events

// Targets the sentence implies without naming them as objects: the host of
// a trip "for talks with" a leader, the other party of a mutual verb
// behind modifiers, the state whose forces must withdraw or whose hostages
// are threatened, the owner of "its" proposal, bid or position, a ship's
// flag state, the state of a blockaded place or of "the country's
// airspace", the victims who are fighters, the government a protest for a
// change of leadership aims at, the author of condemned violence, the
// debtor whose bills aid pays, and the civilians of a banned gathering.

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// proposalOwner gives a rejection (root 12) of "its" or "their" call,
// offer, proposal, plan, demand or request the owner of that proposal as
// target when the scan found none: the nearest actor before the verb
// that is not its source, else the first actor of the sentence before
// when it is another state or organisation ("The UN is demanding an immediate ceasefire. Russia
// has dismissed its call": RUS 120 IGOUNO; one rejects another's call,
// never one's own).
func (c *Coder) proposalOwner(st *sentence, h *verbHit) {
	if len(h.target) > 0 || len(h.source) == 0 || cameo.Root(h.code) != "12" {
		return
	}
	toks := st.toks
	k := -1
	for j := h.head + 1; j+1 < len(toks) && j <= h.end+1; j++ {
		if w := toks[j].Lower; (w == "its" || w == "their") && st.words.proposalNoun(toks[j+1].Lower) {
			k = j
			break
		}
	}
	if k < 0 {
		return
	}
	if r := referentBefore(st, h, k, func(actors.Mention) bool { return true }); len(r) > 0 {
		h.target = r
		return
	}
	if p := &st.prevFirst; p.Code != "" && !p.Person && p.Code != h.source[0].Code && (p.Country == "" || p.Country != h.source[0].Country) {
		h.target = []actors.Mention{referent(*p, st, k, k+2)}
	}
}

// proposalNoun reports nouns of what one party puts to another and the
// other may reject: "its call", "their offer" ([proposal nouns] of
// data/words.txt).
func (v *vocab) proposalNoun(w string) bool {
	return v.proposalNouns[w]
}

// ownerObject finds the target of an attack (roots 18–20) whose object is
// a possessive pronoun's noun phrase: "soldiers were killed when an
// Israeli drone struck their position" targets the soldiers. The owner is
// the nearest actor before the verb that is neither the attacker nor a
// modifier or place; nil when the object is no "their"/"its" phrase.
func (c *Coder) ownerObject(st *sentence, h *verbHit) []actors.Mention {
	if r := cameo.Root(h.code); r != "18" && r != "19" && r != "20" {
		return nil
	}
	k := h.end
	if h.p.Noun && k+2 < len(st.toks) && (st.toks[k].Lower == "on" || st.toks[k].Lower == "against") {
		k++ // "a Russian drone strike on their vehicle"
	}
	if k+1 >= len(st.toks) || st.toks[k].Lower != "their" && st.toks[k].Lower != "its" {
		return nil
	}
	if t := st.toks[k+1].Tag; t != "NN" && t != "NNS" && t != "JJ" {
		return nil
	}
	sub := false // the attack sits in a time clause after its victims
	for j := h.head - 1; j >= 0; j-- {
		switch st.toks[j].Lower {
		case "when", "as", "after":
			sub = true
		case "in", "by":
			// "soldiers were killed in a Russian drone strike on their
			// vehicle": the attack that killed the passive's subject
			sub = sub || j > 0 && tollVerb(st.toks[j-1])
		case "that", "who", "which", ",", ";":
			if !sub {
				return nil // "that Turkey would not attack its allies": its own
			}
		}
		m := st.at[j]
		if m < 0 || !sub {
			continue
		}
		mt := st.ments[m]
		own := false
		for _, s := range h.source {
			own = own || s.Start == mt.Start || s.Code == mt.Code
		}
		if !own && !mt.Modifier && !mt.Place {
			return []actors.Mention{referent(mt, st, k, k+1)}
		}
		j = mt.Start
	}
	return nil
}

// candidateOwner returns, for an act on "its"/"their" accession,
// membership, bid or application the verb's words name ("ratify
// {accession}" with its pronoun) or right after them ("Sweden moved
// closer to joining NATO after the Turkish parliament ratified its
// accession protocol"), the state named before the verb that is not the
// act's source: one does not ratify or approve one's own accession; nil
// when there is none.
func candidateOwner(st *sentence, h *verbHit) []actors.Mention {
	k := h.head + 1 // "ratified its accession": the pronoun inside the pattern's words or right after them
	for k <= h.end && k < len(st.toks) && st.toks[k].Lower != "its" && st.toks[k].Lower != "their" {
		k++
	}
	if k > h.end || k+1 >= len(st.toks) {
		return nil
	}
	found := false
	for j := k + 1; j < len(st.toks) && j <= k+3; j++ {
		if st.words.candidacyNouns[st.toks[j].Lower] {
			found = true
		}
	}
	if !found {
		return nil
	}
	return referentBefore(st, h, k, func(mt actors.Mention) bool {
		// a state, not the source's own
		return !mt.Unresolved && mt.Country != "" && (mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital) &&
			!slices.ContainsFunc(h.source, func(s actors.Mention) bool { return s.Country == mt.Country })
	})
}

// ownForcesWithdrawn reports a withdrawal (0874, or its intent 0356) whose
// target is the source's own armed forces named as the verb's object:
// "withdraw all US troops from Syria", "was withdrawing American forces",
// "commanders were withdrawing the fighters", and forces named by no state
// of their own, which the context or the place they leave gave one
// ("Russia withdrew troops from Syria": not SYRMIL). The forces withdrawn are
// no target; the place they leave may be (withdrawnFrom).
func ownForcesWithdrawn(st *sentence, h *verbHit) bool {
	if h.code != "0874" && h.code != "0356" || len(h.target) != 1 || len(h.source) == 0 {
		return false
	}
	t, s := h.target[0], h.source[0]
	if !hasSector(t, "MIL", "REB", "UAF") || t.Start <= h.head || t.Country != s.Country && t.Kind != "coref" && fromInside(st, t) < 0 {
		return false // (forces named by no state of their own took one from the context or the place they leave: the source's own)
	}
	for k := h.head + 1; k < t.Start; k++ {
		if tg := st.toks[k].Tag; tg == "IN" || tg == "TO" {
			return false // "surrendered to Kurdish forces": whom to
		}
	}
	return true
}

// fromInside returns the token of "from" inside the force mention t when
// the mention took its state from the place after it ("troops from
// Syria" read as one mention, SYRMIL), -1 when none.
func fromInside(st *sentence, t actors.Mention) int {
	for k := t.Start + 1; k+1 < t.End && k < len(st.toks); k++ {
		if st.toks[k].Lower == "from" {
			return k
		}
	}
	return -1
}

// withdrawnFrom returns the state a withdrawal of forces leaves, named
// right after them ("… troops from Syria", "… forces out of Iraq"), as
// the target; nil when none is named. Forces read as one mention with
// the place they leave ("troops from Syria") leave that place's state.
func withdrawnFrom(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if t := h.target[0]; fromInside(st, t) >= 0 && t.Country != "" && (len(h.source) == 0 || h.source[0].Country != t.Country) {
		k := fromInside(st, t)
		j := pastThe(toks, k+1)
		if j < t.End {
			p := t
			p.Start, p.Code, p.Sectors, p.Kind, p.Unresolved, p.Person, p.Plural = j, t.Country, nil, actors.KindCountry, false, false, false
			p.Span = [2]int{toks[j].Start, toks[t.End-1].End}
			p.Text = st.s.Text[toks[j].Start:toks[t.End-1].End]
			return []actors.Mention{p}
		}
	}
	e := h.target[0].End
	for k := e; k < len(toks) && k <= e+2; k++ {
		if toks[k].Lower != "from" && !(toks[k].Lower == "of" && k > 0 && toks[k-1].Lower == "out") {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j < len(toks) {
			if m := st.at[j]; m >= 0 && st.ments[m].Country != "" && (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) {
				return []actors.Mention{st.ments[m]}
			}
		}
		break
	}
	return nil
}

// insideState reports a state named right after "inside" at token k, as
// where an attack struck: "struck deep inside Russia", "drone attacks
// inside Russian territory" hit that state, which is not an actor there.
func insideState(st *sentence, k int) bool {
	m := st.ments[st.at[k]]
	if k == 0 || m.Start != k || st.toks[k-1].Lower != "inside" || m.Country == "" || m.Person || len(m.Sectors) > 0 {
		return false
	}
	return m.Code == m.Country
}

// impliedTargets recodes h's target (and source) by the implied-target
// rules of this file, after the other target families: talks hosts and
// venues, withdrawn forces, leaderships, accused subjects, personnel,
// denials, hostages, blockaded places, territory, debts, banned
// gatherings and mutual acts with a modified or grouped party.
func (c *Coder) impliedTargets(st *sentence, h *verbHit) {
	if h.code == "" {
		return
	}
	c.talksHost(st, h)
	c.talksVenue(st, h)
	withdrawnForces(st, h)
	c.leadershipTarget(st, h)
	accusedSubject(st, h)
	personnelOf(st, h)
	denialTail(st, h)
	hostageThreat(st, h)
	accuserState(h)
	c.blockadePlace(st, h)
	c.countrysTerritory(st, h)
	condemnedAgent(st, h)
	debtOwner(st, h)
	c.bannedGathering(st, h)
	c.mutualWithModified(st, h)
	visitingMet(st, h)       // visiting_guest.go
	c.mutualWithGroup(st, h) // actors_groups.go
}

// talksHost makes the office holder a planned trip is "for talks with"
// (or "to meet") its target when the trip's target is only that
// person's state or capital: "will travel to Moscow next month for talks
// with Vladimir Putin" is BRAGOV 036 RUSGOV. A trip made (042) keeps the
// state visited as its host, as the wire gold sets code it ("flew to
// Cairo for talks with President Abdel Fattah al-Sisi" SDNGOV 042 EGY,
// EGY 043 SDNGOV; dev7-wire w4-0123, dev8-wire D0203, dev10-wire W10351):
// the host official is the host only when named as such ("a state visit
// hosted by President Joe Biden"). Talks with another state's party
// leave the place: "travel to Istanbul for the peace talks with Ukraine"
// stays TUR.
func (c *Coder) talksHost(st *sentence, h *verbHit) {
	if h.code != "036" || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Kind != actors.KindCountry && t.Kind != actors.KindCapital || t.Code != t.Country || t.Country == "" {
		return
	}
	toks := st.toks
	for k := t.End; k+1 < len(toks) && k < t.End+8; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return
		}
		talks := toks[k].Lower == "with" && k >= 1 && (toks[k-1].Lower == "talks" || toks[k-1].Lower == "meeting" || toks[k-1].Lower == "summit") ||
			toks[k].Lower == "meet" && toks[k-1].Lower == "to"
		if !talks {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Tag == "DT" {
			j++
		}
		m := st.at[j]
		if m < 0 {
			return
		}
		x := st.ments[m]
		if x.Country == t.Country && hasSector(x, "GOV") && !x.Modifier {
			h.target = []actors.Mention{x}
		}
		return
	}
}

// mutualWithModified gives a mutual verb the party named after "with"
// when lower-case modifiers stand between the article and the name, which
// the object scan reads as the noun phrase's head: "clashed with the
// paramilitary Rapid Support Forces", "clashed with the Rwanda-backed M23
// rebels", "held talks with the visiting Iranian foreign minister".
func (c *Coder) mutualWithModified(st *sentence, h *verbHit) {
	if !h.p.has(flagMutual) || len(h.target) != 0 {
		return
	}
	toks := st.toks
	j, det := mutualWith(toks, h)
	if j < 0 || det == "all" {
		return // "with all concerned parties": an unnamed collective
	}
	n := 0
	for j < len(toks) && n < 3 {
		if m := st.at[j]; m >= 0 && st.ments[m].Modifier {
			j = st.ments[m].End // "the Rwanda-backed M23 rebels"
		} else if m < 0 && modifierTag(toks[j].Tag) && !startsUpperASCII(toks[j].Text) && !collectiveWord(toks[j].Lower) && toks[j].Lower != "concerned" {
			j++ // "the paramilitary Rapid Support Forces"
		} else {
			break
		}
		n++
	}
	if n == 0 || j >= len(toks) {
		return
	}
	m := st.at[j]
	if m < 0 || st.ments[m].Modifier || st.ments[m].Place || st.ments[m].Code == "" || st.ments[m].Kind == "coref" || st.ments[m].Start != j {
		return
	}
	h.target = c.group(st, m)
}

// mutualWith finds the "with" of a mutual verb's other party within six
// tokens after h's words, in h's clause, and returns the token after it
// and its determiner or possessive (j, and det: "the", "all", "" for
// none); j is -1 when there is none.
func mutualWith(toks []dyad.Token, h *verbHit) (j int, det string) {
	for k := h.head + 1; k+2 < len(toks) && k < h.end+6; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return -1, ""
		}
		if toks[k].Lower != "with" {
			continue
		}
		j = k + 1
		if toks[j].Tag == "DT" || toks[j].Tag == "PRP$" {
			det = toks[j].Lower
			j++
		}
		return j, det
	}
	return -1, ""
}

// modifierTag reports a part-of-speech tag a pre-modifier of a name may
// carry: adjectives, participles and nouns used as adjectives
// ("paramilitary", "separatist", "visiting").
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "NN", "VBN", "VBG":
		return true
	}
	return false
}

// talksVenue keeps a trip's destination as its host when the object scan
// passed over it to the other party of the talks the trip is for:
// "did not travel to Istanbul on Thursday for the peace talks with
// Ukraine" is a (negated) visit to TUR; Ukraine hosts nothing.
func (c *Coder) talksVenue(st *sentence, h *verbHit) {
	if h.code != "036" && h.code != "042" || len(h.target) == 0 {
		return
	}
	toks := st.toks
	t := h.target[0]
	w := t.Start - 1
	if w >= 0 && toks[w].Tag == "DT" {
		w--
	}
	if w < 1 || toks[w].Lower != "with" || toks[w-1].Lower != "talks" && toks[w-1].Lower != "negotiations" && toks[w-1].Lower != "meeting" {
		return
	}
	for k := h.head + 1; k+1 < w && k < h.head+4; k++ {
		if toks[k].Lower != "to" {
			continue
		}
		p, ok := c.namedPlace(st, k+1, w)
		if !ok || p.Country == "" || p.Country == t.Country || len(h.source) > 0 && p.Country == h.source[0].Country {
			return
		}
		h.target = c.placeAfterCountry(st, k+1, p.Country)
		return
	}
}

// withdrawnForces makes the target of a demand for withdrawal the
// forces of the state asked to pull "its troops" out, as the demand
// "that Israel withdraw its troops" is coded (LBNGOV 1056 ISRMIL,
// "Conventions fixed here"), whatever verb carries the demand ("insisted
// that Israel pull its troops out of …"); the object phrase is read by
// withdrawnObject (withdrawn_object.go).
func withdrawnForces(st *sentence, h *verbHit) {
	if h.code != "1056" || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Code != t.Country || len(t.Country) != 3 {
		return
	}
	toks := st.toks
	k := t.End
	if k < len(toks) && (toks[k].Lower == "to" || toks[k].Lower == "should" || toks[k].Lower == "must") {
		k++
	}
	if k+3 >= len(toks) {
		return
	}
	if !st.words.withdrawalVerbs[toks[k].Lemma] {
		return
	}
	if !st.words.withdrawnObject(toks, k+1) {
		return
	}
	t.Code, t.Sectors = t.Country+"MIL", []string{"MIL"}
	h.target = []actors.Mention{t}
}

// attackPlacePhrase reports tokens [a, b) between a nominal attack and
// the verb of its toll as the attack's own place phrase: "An Israeli
// airstrike on a car in southern Lebanon killed …", "A Russian missile
// strike on a hotel in Kramatorsk killed …" (no verb, comma or relative
// word inside; at most nine words).
func attackPlacePhrase(st *sentence, a, b int) bool {
	if b-a < 2 || b-a > 9 {
		return false
	}
	switch st.toks[a].Lower {
	case "on", "against", "in", "at", "near", "targeting":
	default:
		return false
	}
	for k := a + 1; k < b; k++ {
		t := st.toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "WDT" || t.Tag == "WP" || t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "and" {
			return false
		}
	}
	return true
}

// armedVictims reports victims of an attack that are a state's or
// group's fighters (MIL, REB, UAF) of the same country as the attack's
// target when that target is only the country of the place struck: the
// fighters killed are whom the attack hit ("killed three Hezbollah
// fighters" LBNREB, not LBN). Civilians killed leave the place's state,
// which the gold sets have not settled.
func armedVictims(target, victims []actors.Mention) bool {
	if len(target) != 1 || len(victims) == 0 {
		return false
	}
	t := target[0]
	return t.Code == t.Country && t.Country != "" && victims[0].Country == t.Country && fighters(victims)
}

// fighters reports victims that are fighters (MIL, REB, UAF): the
// attack's target when its toll names them; civilians killed leave the
// target to the place struck.
func fighters(victims []actors.Mention) bool {
	return len(victims) > 0 && hasSector(victims[0], "MIL", "REB", "UAF")
}

// leadershipTarget gives a protest for a change of leadership (1411) its
// own state's government as target when the target found is another
// body of that state, the place marched on: "protesters who marched on
// parliament to demand the president's resignation" KENCVL 1411 KENGOV,
// as protests for a resignation are coded (gold README: protests against
// a state's policy take that government). A named foreign target stays.
func (c *Coder) leadershipTarget(st *sentence, h *verbHit) {
	if h.code != "1411" || len(h.target) != 1 || len(h.source) == 0 {
		return
	}
	src, t := h.source[0], h.target[0]
	if src.Country == "" || !civil(src) || t.Country != src.Country || hasSector(t, "GOV") {
		return
	}
	h.target = []actors.Mention{c.implicitGov(src, h)}
}

// accusedSubject gives the accusation a denial answers ("X denied Y's
// accusations that S …", coder.go) the "that" clause's subject as target
// when it is a named person of the denier's state, the one accused:
// "Venezuela denied US accusations that President Nicolas Maduro leads a
// drug cartel" is USA 112 VENGOV, not VEN. A state's forces or firms
// described by its adjective leave the accusation on the denying state
// ("denied Kyiv's claims that Russian artillery had shelled …" UKR 112
// RUS, as the gold sets code it).
func accusedSubject(st *sentence, h *verbHit) {
	if h.code != "112" || h.p != accusePattern || len(h.target) != 1 {
		return
	}
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k <= h.end+4; k++ {
		if !st.words.chargeNouns[toks[k].Lower] {
			continue
		}
		if toks[k+1].Lower != "that" {
			return
		}
		j := k + 2
		j = pastThe(toks, j)
		m := st.at[j]
		if m < 0 {
			return
		}
		x := st.ments[m]
		if x.Start != j || x.Modifier || x.Place || x.Kind == "coref" || x.End >= len(toks) || !finite(toks[x.End].Tag) && !isAux(toks[x.End]) {
			return
		}
		t := h.target[0]
		if (x.Person || x.Kind == actors.KindPerson) && x.Country == t.Country && t.Code == t.Country && len(x.Sectors) > 0 {
			h.target = []actors.Mention{x}
		}
		return
	}
}

// personnelOf gives an act whose pattern ends in a personnel noun
// ("train … crews") the actor named right before that noun as target:
// "Japan began training Philippine coast guard crews" is JPN 062 PHLMIL,
// the crews being the coast guard's; the object scan reads such a mention
// as a noun's modifier ("restored UN sanctions"). The personnel nouns
// are [personnel nouns] of data/words.txt.
func personnelOf(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.end < 2 || h.end-1 <= h.head || h.p.Noun {
		return
	}
	toks := st.toks
	if !st.words.personnelNouns[toks[h.end-1].Lower] {
		return
	}
	m := st.at[h.end-2]
	if m < 0 {
		return
	}
	x := st.ments[m]
	if x.End != h.end-1 || x.Modifier || x.Place || x.Country == "" || x.Country == h.source[0].Country || len(x.Sectors) == 0 {
		return
	}
	h.target = []actors.Mention{x}
}

// denialTail gives a denial with no accuser found the author its
// participle tail names: "North Korea denied … , calling the reports a
// smear campaign by Washington" is PRK 016 USA. The tail must restate
// the accusation ("the reports", "the allegations"): "calling the
// incident a provocation staged by Warsaw" names whom the denier accuses,
// not an accuser (dv0010 has no target).
func denialTail(st *sentence, h *verbHit) {
	if !h.p.has(flagDeny) || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.end; k+3 < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Text == "." {
			return
		}
		if toks[k].Text != "," || toks[k+1].Tag != "VBG" {
			continue
		}
		if l := toks[k+1].Lemma; !st.words.namingVerbs[l] && !st.words.chargeRejecters[l] {
			continue // ("calling", "describing", "dismissing", "rejecting")
		}
		o := k + 2
		if toks[o].Tag == "DT" || toks[o].Tag == "PRP$" {
			o++
		}
		if !st.words.restatedReports[toks[o].Lower] && !st.words.chargeNouns[toks[o].Lower] {
			return // "calling the incident a provocation staged by Warsaw": the act's author, not an accuser
		}
		for j := k + 2; j+1 < len(toks) && j < k+12; j++ {
			if toks[j].Text == "," || toks[j].Text == ";" || toks[j].Text == "." {
				return
			}
			if toks[j].Lower != "by" {
				continue
			}
			if toks[j-1].Tag == "VBN" {
				return // "a provocation staged by": the one who acted
			}
			x := j + 1
			if toks[x].Lower == "the" && x+1 < len(toks) {
				x++
			}
			if m := st.at[x]; m >= 0 && !st.ments[m].Modifier && !st.ments[m].Place && st.ments[m].Code != "" && st.ments[m].Country != h.source[0].Country {
				h.target = []actors.Mention{st.ments[m]}
			}
			return
		}
		return
	}
}

// hostageThreat gives a threat (root 13) against hostages their state
// as target: the threat coerces the state, not the captives ("Hamas
// warned that it would execute an Israeli hostage for every strike" and
// "threatened to delay the next release of Israeli hostages" PSEREB 13x
// ISR, as the gold sets code them). Taking or freeing hostages keeps the
// civilians.
func hostageThreat(st *sentence, h *verbHit) {
	if len(h.code) < 2 || h.code[:2] != "13" || len(h.target) != 1 || len(h.source) == 0 {
		return
	}
	t := h.target[0]
	if !hasSector(t, "CVL") || len(t.Country) != 3 || t.Country == h.source[0].Country {
		return
	}
	toks := st.toks
	e := t.End
	if t.Kind == actors.KindAdjective && e < len(toks) {
		e++ // "an Israeli hostage": the noun after the adjective
	}
	hostage := false
	for k := t.Start; k < e && k < len(toks); k++ {
		if st.words.hostageNouns[toks[k].Lower] {
			hostage = true
		}
	}
	if !hostage {
		return
	}
	t.Code, t.Sectors = t.Country, nil
	h.target = []actors.Mention{t}
}

// accuserState makes an alleged act's target the accuser's state when
// the target is the accuser's own mention, taken because the text names
// no other: "an Israeli official said, accusing the group of breaching
// the truce" is PSEREB 196 ISR, as the gold sets code acts alleged by a
// state's officials, ministries and media against the state (RUSGOV's
// accusation of an attack gives RUS, KCNA's PRK). A target the text
// names, a pronoun included ("plotting to assassinate him"), stays.
func accuserState(h *verbHit) {
	if h.status != dyad.Alleged || len(h.target) != 1 || len(h.accuser) == 0 {
		return
	}
	t, a := h.target[0], h.accuser[0]
	if t.Code != a.Code || t.Start != a.Start || t.End != a.End || len(t.Country) != 3 || t.Code == t.Country || t.Kind == actors.KindOrg && t.Country == "" {
		return
	}
	if !hasSector(t, "GOV", "MED") {
		return
	}
	t.Code, t.Sectors, t.Person = t.Country, nil, false
	h.target = []actors.Mention{t}
}

// blockadePlace gives a blockade imposed or eased (191, 0872) on a place
// that place's state as target, as attacks and seizures of a place take
// it: "lifted their blockade of the main road into Taiz" YEMREB 0872 YEM
// (a rebel group's own country's town, as its seizure), "imposed a
// blockade on Gaza" PSE. A state's blockade of its own place keeps none.
func (c *Coder) blockadePlace(st *sentence, h *verbHit) {
	if h.code != "191" && h.code != "0872" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	src := h.source[0]
	if t := c.attackPlace(st, h); t != nil && t.Country != "" && (t.Country != src.Country || nonState(src)) {
		h.target = []actors.Mention{*t}
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+6; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) {
			return
		}
		if toks[k].Lower != "of" && toks[k].Lower != "on" && toks[k].Lower != "around" {
			continue
		}
		// "their blockade of Taiz", "the siege of Mariupol"
		if p, ok := c.namedPlace(st, k+1, len(toks)); ok && p.Country != "" && (p.Country != src.Country || nonState(src)) {
			h.target = c.placeAfterCountry(st, k+1, p.Country)
		}
		return
	}
}

// countrysTerritory gives a show of force or an attack on "the country's
// airspace" (territory, waters, border) the state the sentence named
// before it, other than the source's: "Polish jets shot down several
// Russian drones that entered the country's airspace" is RUSMIL 150 POL.
func (c *Coder) countrysTerritory(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	switch cameo.Root(h.code) {
	case "15", "17", "18", "19":
	default:
		return
	}
	toks := st.toks
	for k := h.head + 1; k+3 < len(toks) && k < h.end+4; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) {
			return
		}
		if toks[k].Lower != "the" || toks[k+1].Lower != "country" || toks[k+2].Text != "'s" && toks[k+2].Text != "’s" {
			continue
		}
		if !st.words.stateTerritories[toks[k+3].Lower] {
			return
		}
		src := h.source[0].Country
		for j := k - 1; j >= 0; j-- {
			m := st.at[j]
			if m < 0 {
				continue
			}
			x := st.ments[m]
			if x.Country != "" && x.Country != src && len(x.Country) == 3 && !x.Place {
				t := c.implicitTarget(h, x.Country)
				t.Start, t.End = k, k+3
				h.target = []actors.Mention{t}
				return
			}
		}
		return
	}
}

// condemnedAgent gives a condemnation (root 11) of a nominal act whose
// participle names its author after "by" the author as target: "condemning
// the violence used against them by riot police" (GEOCOP), "condemned the
// attack carried out on Sunday by Houthi rebels".
func condemnedAgent(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "11" || len(h.target) != 0 || h.p.Noun {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && k < h.end+3 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k++
	}
	if k+2 >= len(toks) || !st.words.violentActs[toks[k].Lower] || toks[k+1].Tag != "VBN" && toks[k+1].Tag != "VBD" {
		return
	}
	// (a participle the tagger may read as a past tense: "the violence
	// used against them")
	for j := k + 2; j+1 < len(toks) && j < k+10; j++ {
		if toks[j].Text == "," || isClauseBreak(toks, j) || finite(toks[j].Tag) && toks[j].Tag != "VBN" {
			return
		}
		if toks[j].Lower != "by" {
			continue
		}
		x := j + 1
		if toks[x].Lower == "the" && x+1 < len(toks) {
			x++
		}
		if m := st.at[x]; m >= 0 && !st.ments[m].Modifier && !st.ments[m].Place && st.ments[m].Code != "" {
			h.target = []actors.Mention{st.ments[m]}
		}
		return
	}
}

// debtOwner gives aid that pays a state's debts or bills (root 07) that
// state as target, not the creditor it is paid to: "Qatar and Saudi
// Arabia paid off Syria's debts to the World Bank" is QAT 071 SYR.
func debtOwner(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "07" || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+6; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) {
			return
		}
		m := st.at[k]
		if m < 0 {
			continue
		}
		x := st.ments[m]
		e := x.End
		if e+1 >= len(toks) || toks[e].Text != "'s" && toks[e].Text != "’s" {
			return
		}
		if !st.words.debtNouns[toks[e+1].Lower] {
			return
		}
		if x.Country == "" || x.Country == h.source[0].Country || x.Place || x.Modifier {
			return
		}
		x.Code, x.Sectors, x.Possessive = x.Country, nil, false
		h.target = []actors.Mention{x}
		return
	}
}

// bannedGathering gives a ban on a vigil, march, rally or protest (172x)
// with no target named the state's own civilians, whose gathering it
// stops: "Hong Kong banned the annual vigil for the Tiananmen Square
// victims" HKG 1721 HKGCVL. Curfews and shutdowns keep no target.
func (c *Coder) bannedGathering(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "172") || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+4; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) || st.at[k] >= 0 {
			return
		}
		if st.words.gatheringNouns[toks[k].Lower] {
			v := c.implicitGov(h.source[0], h)
			v.Code, v.Sectors = h.source[0].Country+"CVL", []string{"CVL"}
			h.target = []actors.Mention{v}
			return
		}
	}
}
