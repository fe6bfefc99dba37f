package events

// Targets the object scan (roles.go) misses because the sentence names
// them obliquely. Each rule runs only when the hit has no target yet
// (except where it says), and each stands for a structure, not a phrasing:
//
//   - a treaty's other party: leaving, suspending or scrapping a
//     bilateral treaty reduces relations with the state on its other
//     side, named by the treaty ("New START", "the Indus Waters Treaty")
//     or by a two-country compound ("the inter-Korean military
//     agreement");
//   - the author of a nominal act that is rejected or condemned, named
//     in a "by"/"from" phrase after the act's noun ("stonewalled a
//     request by U.N. nuclear inspectors", "snubbed a delegation from
//     ECOWAS") or in the passive subject ("An offer of talks by
//     Azerbaijan was rejected"); the object of an act noun in a rejected
//     phrase ("opposed any unilateral sanctions on Iran");
//   - the object of a condemnation placed after its "as" complement
//     ("condemned as state terrorism an Israeli air strike");
//   - the accuser's own thing inside an alleged act ("accused China of a
//     cyber attack on its electoral commission": Britain's), and the
//     country of the facility an alleged act of force hit;
//   - the accuser as the target of force alleged by a "blamed X for"
//     whose act names no one ("Kyiv blamed Moscow for a missile strike
//     that killed 13 people");
//   - a demand for the release of people held in a country, aimed at
//     that country ("demanded that jailed Georgian opposition leaders be
//     released");
//   - a show of force in a sea named for a country ("drills in the
//     Taiwan Strait");
//   - a state's own unnamed people as the object of its release, apology
//     or restriction ("apologised to victims", "free political
//     prisoners");
//   - the state an envoy is recalled from ("recalled its own envoy from
//     Tehran"), and the state a passive expulsion or release names after
//     "from" ("two Iranian diplomats expelled from Germany");
//   - the place a possessive "the port's", "the city's" refers to, named
//     earlier in the sentence;
//   - the accuser as the target of force whose denial names no other
//     ("denied a Saudi accusation that it had launched the drone
//     attack");
//   - the reporting state as the target of force or a withdrawal at "the
//     border" it reports, and of a ceasefire violation it reports;
//   - the author of the act a relative or reduced clause comments on (",
//     an escalation that Caracas denounced", ", a charge Israel
//     rejected");
//   - a person's own government ("Former prime minister Boris Johnson
//     criticised the government's plan");
//   - the body whose act a veto blocks ("blocked an EU statement on Hong
//     Kong"), the state a complaint is "against";
//   - the government of the leader outside whose residence or office a
//     protest is held;
//   - the partner an intent to talk names in its condition ("ready to
//     resume talks … if Washington lifted sanctions"), the intruders
//     warning shots answer ("after North Korean soldiers crossed"), and
//     a state's own civilians named by a role the matcher leaves without
//     its sector ("a prominent human rights lawyer");
//   - the reporter's own thing hit by force it reports ("MSF said
//     Israeli forces had fired on one of its convoys"), the state whose
//     bid support is drummed up for ("among EU partners for Ukraine's
//     bid"), the country of the people aid is pledged for ("for victims
//     of the earthquake in Myanmar");
//   - the subject of the clause a passive participle in a time phrase
//     names ("adopted a tough stance after being urged by Trump");
//   - and no target where the obvious noun is none: the victim of a
//     killing or arrest condemned with no author named, a protest "in
//     solidarity with" a people, deportees sent "to the Libyan border".

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// sanctionObject reports a rejection's target that is the object of an
// act noun in the rejected phrase ("opposed any unilateral sanctions on
// North Korea", "rejected military action against Iran"): the act's
// target, not whom the rejection is aimed at (those who would impose
// it, unnamed). The act noun heads the object: refusing to impose
// sanctions, or their easing, is the refuser's own act on the state.
func sanctionObject(st *sentence, h *verbHit, m actors.Mention) bool {
	if cameo.Root(h.code) != "12" || m.Start <= h.end || m.Start-h.end > 6 {
		return false
	}
	toks := st.toks
	for k := h.end; k+1 < m.Start && k < len(toks)-1; k++ {
		if st.words.sanctionObjects[toks[k].Lower] {
			n := toks[k+1].Lower
			return n == "on" || n == "against" || n == "in"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "RB" && !(t == "NN" && startsLowerASCII(toks[k].Text) && toks[k+1].Tag == "NNS") {
			// (a lower-case NN right before the plural is an adjective the
			// tagger does not know: "balked at new sanctions on Russia")
			return false // "refused to impose sanctions on Russia", "rejected any easing of sanctions on Russia": the refuser's own act
		}
	}
	return false
}

// afterBeingTarget returns the target of a passive participle in a time
// phrase ("adopted a tough stance after being urged by Washington to
// isolate Iran", "was released after being held by rebels"): the subject
// of the clause the phrase modifies, the finite verb before
// after/before/since/until. Nil when there is no such phrase or subject.
func (c *Coder) afterBeingTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	b := h.head - 1
	for b >= 0 && toks[b].Tag == "RB" {
		b--
	}
	if b < 1 || toks[b].Lower != "being" {
		return nil
	}
	switch toks[b-1].Lower {
	case "after", "before", "since", "until", "despite":
	default:
		return nil
	}
	for v := b - 2; v >= 0 && v >= b-20; v-- {
		if toks[v].Text == ";" || toks[v].Text == ":" {
			return nil
		}
		if st.at[v] < 0 && finite(toks[v].Tag) && !isAux(toks[v]) {
			return c.subject(st, v)
		}
	}
	return nil
}

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

// allegedForce reports an act of force (roots 18–20) that an accusation
// alleges in a gerund ("Washington accused Iran of attacking two oil
// tankers"): the accusation makes it an event even when the text names no
// one it was aimed at (CODING.md: "X accused Y of Z" is X 112 Y plus Y Z,
// alleged; the gold sets code such an act with target null). Nouns and
// infinitives in the scope ("of planning a chemical weapons attack", "of
// sending troops to fight for Russia") are not the act alleged.
func allegedForce(st *sentence, h *verbHit) bool {
	if h.status != dyad.Alleged || len(h.accuser) == 0 || len(h.source) == 0 || h.p.Noun ||
		st.toks[h.head].Tag != "VBG" || !gerundOf(st.toks, h.head) {
		return false
	}
	switch cameo.Root(h.code) {
	case "18", "20":
		return true
	case "19":
		// (not a blockade or an occupation, whose object is named: "of
		// blocking progress" is figurative)
		return !strings.HasPrefix(h.code, "191") && !strings.HasPrefix(h.code, "192")
	}
	return false
}

// allegedFacility gives an alleged act of force with no target (see
// allegedForce) the country of the facility it hit: "Putin accused
// Ukraine of attacking the Kursk nuclear power plant" is UKR 190 RUS.
// (refine leaves facilities of alleged acts alone for the sides that
// accuse each other of shelling a plant; h.accuser is unset there.)
func (c *Coder) allegedFacility(st *sentence, h *verbHit) {
	if len(h.target) != 0 || !allegedForce(st, h) {
		return
	}
	if m := c.facilityPlace(st, h.end); m != nil && m.Country != h.source[0].Country {
		h.target = []actors.Mention{*m}
	}
}

// obliqueTargets runs the rules of this file on h, after targetFamilies'.
func (c *Coder) obliqueTargets(st *sentence, h *verbHit) {
	if h.code == "" {
		return
	}
	c.treatyParty(st, h)
	c.asComplementObject(st, h)
	c.nominalAuthor(st, h)
	c.accuserOwned(st, h)
	c.blamedForceTarget(st, h)
	c.releaseHolder(st, h)
	c.namedSea(st, h)
	c.ownPeople(st, h)
	c.recalledFrom(st, h)
	c.placePossessor(st, h)
	c.deniedForceTarget(st, h)
	c.reporterBorder(st, h)
	solidarity(st, h)
	borderDestination(st, h)
	c.importsFrom(st, h)
	c.antecedentAct(st, h)
	c.ownGovernment(st, h)
	vetoedBody(st, h)
	complaintAgainst(st, h)
	c.reporterCeasefire(st, h)
	victimNotCondemned(st, h)
	c.protestAtSeat(st, h)
	conditionPartner(st, h)
	warnedIntruder(st, h)
	civilObject(st, h)
	reporterOwned(st, h)
	supportedBid(st, h)
	c.aidForPeopleIn(st, h)
}

// implicitTarget is a state mention for country that no words of the
// sentence name as an actor: the empty span and text mark it implicit.
func (c *Coder) implicitTarget(h *verbHit, country string) actors.Mention {
	var m actors.Mention
	m.Code, m.Country, m.Kind = country, country, actors.KindCountry
	m.Name = c.matcher.Dictionary().Name(country)
	m.Start, m.End = h.head, h.head
	return m
}

// bilateralTreaties names treaties between two states by words of their
// names (lower case), with the two parties (ISO3). Facts: the treaties'
// signatories.
var bilateralTreaties = []struct {
	words string
	a, b  string
}{
	{"new start", "USA", "RUS"},
	{"intermediate-range nuclear forces", "USA", "RUS"},
	{"inf treaty", "USA", "RUS"},
	{"anti-ballistic missile", "USA", "RUS"},
	{"plutonium management", "USA", "RUS"},
	{"indus waters", "IND", "PAK"},
	{"simla agreement", "IND", "PAK"},
	{"oslo accords", "ISR", "PSE"},
	{"1994 peace treaty with jordan", "ISR", "JOR"},
	{"comprehensive military agreement", "PRK", "KOR"}, // the 2018 inter-Korean accord
}

// treatyNoun reports the nouns that name an agreement between states
// ([treaty nouns] of data/words.txt).
func (v *vocab) treatyNoun(w string) bool {
	return v.treatyNouns[w]
}

// treatyParty gives a reduction of relations (root 16) that leaves,
// suspends or scraps a bilateral treaty the treaty's other party as
// target (gold: "Russia suspended its participation in the New START
// treaty" RUS 160 USA). A multilateral treaty has no other party ("the
// Treaty on Conventional Armed Forces in Europe": target null).
func (c *Coder) treatyParty(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "16" || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	own := h.source[0].Country
	noun := -1
	for k := h.head + 1; k < len(toks) && k < h.end+10; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "after" || toks[k].Lower == "that" || toks[k].Lower == "which" || finite(toks[k].Tag)) {
			break
		}
		if st.words.treatyNoun(toks[k].Lower) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return
	}
	// the treaty's words: from the verb to a few words past its noun ("the
	// Treaty on …", "the Indus Waters Treaty")
	end := noun + 1
	for end < len(toks) && end < noun+4 && (startsUpperASCII(toks[end].Text) || toks[end].Lower == "on" || toks[end].Lower == "of") {
		end++
	}
	var words []string
	for k := h.head; k < end; k++ {
		words = append(words, toks[k].Lower)
	}
	text := strings.Join(words, " ")
	var parties []string
	for _, t := range bilateralTreaties {
		if strings.Contains(text, t.words) {
			parties = []string{t.a, t.b}
			break
		}
	}
	if parties == nil {
		for k := h.head + 1; k < noun; k++ {
			if p := c.pairCompound(toks[k].Lower); p != nil {
				parties = p
				break
			}
		}
	}
	if len(parties) != 2 {
		return
	}
	var other string
	switch own {
	case parties[0]:
		other = parties[1]
	case parties[1]:
		other = parties[0]
	default:
		return
	}
	h.target = []actors.Mention{c.implicitTarget(h, other)}
}

// pairCompound gives the two states of a hyphenated two-country adjective
// ("inter-Korean", "US-Russian", "Russia-Ukraine"), nil for other words.
func (c *Coder) pairCompound(w string) []string {
	if w == "inter-korean" {
		return []string{"PRK", "KOR"}
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return nil
	}
	ca, cb := c.countryWord(a), c.countryWord(b)
	if ca == "" || cb == "" || ca == cb {
		return nil
	}
	return []string{ca, cb}
}

// countryWord gives the country a lower-case word names as a country
// name, adjective or capital ("russian", "us", "china"), "" for none.
func (c *Coder) countryWord(w string) string {
	if w == "" {
		return ""
	}
	for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
		for _, e := range c.matcher.Dictionary().Lookup(form) {
			switch e.Kind {
			case actors.KindCountry, actors.KindAdjective:
				if len(e.Code) == 3 {
					return e.Code
				}
			}
		}
	}
	return ""
}

// asComplementObject finds the object of a condemnation or rejection
// (roots 11, 12) placed after its "as" complement: "condemned as \"state
// terrorism\" an Israeli air strike on Hamas leaders" condemns Israel
// (gold: QATGOV 111 ISR). The object scan stops at "as", which elsewhere
// opens a clause.
func (c *Coder) asComplementObject(st *sentence, h *verbHit) {
	if r := cameo.Root(h.code); r != "11" && r != "12" || len(h.target) != 0 || h.passive || h.p.Noun {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] {
		k++
	}
	if k >= len(toks) || toks[k].Lower != "as" {
		return
	}
	// past the complement: a quoted phrase or a few words, to the
	// object's determiner
	j := k + 1
	quoted := false
	for j < len(toks) && j <= k+8 {
		if w := toks[j].Lower; (w == "a" || w == "an" || w == "the") && j > k+1 && toks[j-1].Lower != "of" && !quoted {
			break
		}
		if isQuote(toks[j].Text) {
			quoted = !quoted
		} else if toks[j].Text == "," || toks[j].Text == ";" || toks[j].Text == "." || finite(toks[j].Tag) && !quoted {
			return
		}
		j++
	}
	if j >= len(toks) || j > k+8 || j < 2 || quoted {
		return
	}
	g := *h
	g.head, g.end = j-1, j
	if t := c.object(st, &g); len(t) > 0 {
		h.target = t
	}
}

// authorNoun reports nouns of acts and bodies whose author a following
// "by" or "from" names: "a request by U.N. inspectors", "a delegation
// from ECOWAS", "a raid by Israeli settlers" ([authored nouns] of
// data/words.txt, matched with a final "s" dropped).
func (v *vocab) authorNoun(w string) bool {
	return v.authoredNouns[strings.TrimSuffix(w, "s")]
}

// nominalAuthor gives a rejection or condemnation (roots 11, 12), a
// comment or a welcome (01, 05) of a
// nominal act the act's author as target when a "by"/"from" phrase right
// after the act's noun names it: "snubbed a visiting delegation from the
// West African bloc ECOWAS" (gold: NERGOV 125 IGOWAFECO), "stonewalled a
// request by U.N. nuclear inspectors" (IRN 1245 IGOUNOIAE), "condemned a
// raid by Israeli settlers"; in a passive, the author named in the
// subject ("An offer of talks by Azerbaijan's president was rejected by
// Armenia").
func (c *Coder) nominalAuthor(st *sentence, h *verbHit) {
	if r := cameo.Root(h.code); r != "11" && r != "12" && r != "01" && r != "05" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	from, to := h.head+1, h.end+10 // (inside the pattern too: "rejected a call by Egypt for a truce")
	if h.passive {
		from, to = 0, h.head
	}
	for k := from; k+1 < len(toks) && k < to; k++ {
		t := toks[k]
		if !h.passive && k >= h.end && (t.Text == "," || t.Text == ";" || t.Text == "." || t.Lower == "that" || t.Lower == "which" || t.Lower == "after" || finite(t.Tag)) {
			return
		}
		if !h.passive && k >= h.end && !st.isDate[k] && !npWord(t) && t.Tag != "VBG" && t.Tag != "VBN" && !isQuote(t.Text) && t.Lower != "by" && t.Lower != "from" && !(t.Lower == "of" && k+2 < len(toks) && toks[k+2].Lower == "by") && !(t.Lower == "as" && k == h.end) {
			return // only the object noun phrase's own "by"/"from": not "responsible for any delay in the arrival of a mission from …"
		}
		if t.Lower != "by" && t.Lower != "from" || k < 1 || !st.words.authorNoun(toks[k-1].Lower) && !(k >= 3 && toks[k-2].Lower == "of" && st.words.authorNoun(toks[k-3].Lower)) {
			continue // ("an offer of talks by …")
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			m := st.at[j]
			if m < 0 {
				if toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || startsUpperASCII(toks[j].Text) {
					continue // "from the West African bloc ECOWAS"
				}
				break
			}
			mt := st.ments[m]
			if mt.Place || mt.Code == h.source[0].Code || mt.Modifier && !(j+1 < len(toks) && (toks[mt.End].Tag == "NNS" || toks[mt.End].Tag == "NN")) {
				break
			}
			g := c.group(st, m)
			if mt.Modifier || mt.Possessive && mt.Country != "" && len(mt.Sectors) == 0 {
				// "by Israeli settlers", "by Azerbaijan's president": the
				// people the adjective or possessive qualifies
				if j2 := mt.End; j2 < len(toks) {
					if mt.Possessive {
						j2++
					}
					if n := st.at[min(j2, len(toks)-1)]; n >= 0 && n != m {
						g = c.group(st, n)
					} else if mt.Modifier {
						if s := c.subjectAt(st, mt); s != nil {
							g = []actors.Mention{*s}
						}
					}
				}
			}
			h.target = g
			return
		}
	}
}

// subjectAt gives the people a nationality adjective qualifies when the
// noun is a people noun the matcher leaves to the coder ("Israeli
// settlers" CVL), nil for other nouns.
func (c *Coder) subjectAt(st *sentence, m actors.Mention) *actors.Mention {
	if m.End >= len(st.toks) || m.Country == "" {
		return nil
	}
	sector := ""
	switch w := st.toks[m.End].Lower; {
	case st.words.civilianCrowds[w]:
		sector = "CVL"
	case st.words.forceNouns[w]:
		sector = "MIL"
	default:
		return nil
	}
	v := m
	v.Code, v.Sectors, v.Modifier = m.Country+sector, []string{sector}, false
	v.End = m.End + 1
	return &v
}

// accuserOwned gives force or coercion alleged by an accusation (roots
// 15, 17–20) whose object is "its"/"their" thing the accuser's thing as
// target: in "Britain accused China of a cyber attack on its electoral
// commission" the commission is Britain's (gold: CHN 176 GBRGOV), where
// the object scan reads "its" as the alleged actor's own.
func (c *Coder) accuserOwned(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.accuser) == 0 || len(h.source) == 0 || h.status != dyad.Alleged {
		return
	}
	switch cameo.Root(h.code) {
	case "15", "17", "18", "19", "20":
	default:
		return
	}
	acc, toks := h.accuser[0], st.toks
	if acc.Person && acc.Code != h.source[0].Code {
		for k := h.head + 1; k+1 < len(toks) && k < h.end; k++ {
			if (toks[k].Lower == "his" || toks[k].Lower == "her") && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") {
				// "accused the army chief of ordering his arrest": the accuser's
				a := acc
				a.Possessive = false
				h.target = []actors.Mention{a}
				return
			}
		}
	}
	if acc.Country != "" && acc.Country == h.source[0].Country {
		c.ownAccuserOwned(st, h)
		return
	}
	if acc.Country == "" {
		return
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.end+6; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) {
			return
		}
		if toks[k].Lower != "its" && toks[k].Lower != "their" {
			continue
		}
		if p := toks[k-1].Lower; p != "on" && p != "against" && p != "at" && k != h.end {
			return
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if m := st.at[j]; m >= 0 {
				v := st.ments[m]
				if len(v.Sectors) == 0 || v.Person {
					return
				}
				v.Country = acc.Country
				v.Code = acc.Country + strings.Join(v.Sectors, "")
				v.Name = c.matcher.Dictionary().Name(acc.Country)
				v.Unresolved = false
				h.target = []actors.Mention{v}
				return
			}
			if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
				break
			}
		}
		return
	}
}

// ownAccuserOwned gives force or coercion alleged by an accuser of the
// alleged actor's own country the accuser as target when the act's object
// is "its"/"their" thing and the accuser is no arm of the state (rebels,
// opposition, parties, refugees, civilians) while the actor is one (its
// army, police, government or the state): the thing is the accuser's, as
// a state's own force does not strike its own positions.
//
//	"The M23 accused Congolese forces of bombing its positions"          CODMIL 195 CODREB
//	"The opposition accused police of raiding its offices"               COP 17x OPP
//	"Displaced families accused the army of shelling their camps"        MIL 194 REF/CVL
//
// "Russia's army said its forces …" (a state's own body) and an accuser
// that is itself of the state ("Ukraine's military accused Russian
// forces …" is another country, accuserOwned) give nothing here.
func (c *Coder) ownAccuserOwned(st *sentence, h *verbHit) {
	acc, src, toks := h.accuser[0], h.source[0], st.toks
	if acc.Person || acc.Code == src.Code || !stateArm(src) || stateArm(acc) || len(acc.Sectors) == 0 {
		return
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.end+4; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) || st.at[k] >= 0 {
			return
		}
		if toks[k].Lower != "its" && toks[k].Lower != "their" {
			continue
		}
		if p := toks[k-1].Lower; p != "on" && p != "against" && p != "at" && k != h.end {
			return
		}
		if ownedByActor(toks, k+1) {
			return // "their own", "their weapons": what the accused use
		}
		a := acc
		a.Possessive = false
		h.target = []actors.Mention{a}
		return
	}
}

// stateArm reports a mention of a state or one of its arms: the state
// itself (no sector), its government, military, police, intelligence,
// judiciary or legislature.
func stateArm(m actors.Mention) bool {
	if m.Country == "" || nonState(m) {
		return false
	}
	return len(m.Sectors) == 0 && m.Code == m.Country || hasSector(m, "GOV", "MIL", "COP", "SPY", "JUD", "LEG")
}

// blamedForceTarget gives force alleged through "blamed X for" (an act
// the blame's noun names, status alleged) the accuser as target when the
// act names no one, as refine does for acts in an accusation's scope
// ("Kyiv blamed Moscow for a missile strike that killed 13 people in
// Zaporizhzhia": gold RUS 195 UKR).
func (c *Coder) blamedForceTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.accuser) != 0 || len(h.source) == 0 || h.status != dyad.Alleged || h.source[0].Country == "" {
		return
	}
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	for _, g := range st.hits {
		if g.head >= h.head || len(g.source) == 0 || len(g.target) == 0 || st.toks[g.head].Lemma != "blame" {
			continue
		}
		if g.target[0].Code != h.source[0].Code || g.source[0].Country == "" || g.source[0].Country == h.source[0].Country {
			continue
		}
		if t := c.attackPlace(st, h); t != nil && t.Country != h.source[0].Country {
			h.target = []actors.Mention{*t}
			return
		}
		// the accuser only when the act's clause names a place of its own
		// ("… that killed 13 people in Zaporizhzhia"), not a third
		// country's attack it blames ("blamed the Syrian government for
		// the attack")
		if c.placeOf(st, h.end, g.source[0].Country) {
			h.target = []actors.Mention{referent(g.source[0], st, h.head, h.end)}
		}
		return
	}
}

// placeOf reports a place of country named after token from within the
// sentence.
func (c *Coder) placeOf(st *sentence, from int, country string) bool {
	toks := st.toks
	for k := from; k < len(toks) && toks[k].Text != ";"; k++ {
		if m := st.at[k]; m >= 0 {
			if st.ments[m].Place && st.ments[m].Country == country {
				return true
			}
			k = st.ments[m].End - 1
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(toks), 2); ok {
			if p.Country == country {
				return true
			}
			k += n - 1
		}
	}
	return false
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
		h.target = []actors.Mention{c.implicitTarget(h, t.Country)}
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

// namedSea gives a show of force (root 15) in a sea or strait named for a
// country that is not the actor's ("drills in the Taiwan Strait": gold
// CHN 150 TWN) that country as target, as one near its coast is.
func (c *Coder) namedSea(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "15" || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && k >= h.end {
			return
		}
		if w := toks[k].Lower; w != "in" && w != "into" && w != "across" && w != "through" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		if j+1 >= len(toks) {
			return
		}
		switch toks[j+1].Lower {
		case "strait", "straits":
		default:
			continue
		}
		if cn := c.countryWord(toks[j].Lower); cn != "" && cn != h.source[0].Country {
			m := c.implicitTarget(h, cn)
			m.Start, m.End = j, j+1
			m.Text = st.s.Text[toks[j].Start:toks[j].End]
			m.Span = [2]int{toks[j].Start, toks[j].End}
			h.target = []actors.Mention{m}
			return
		}
	}
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
	for k < len(toks) && k < h.end+5 && (k < h.end || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "JJR" || toks[k].Tag == "CD" || toks[k].Lower == "to" || st.isDate[k]) {
		if st.at[k] >= 0 {
			return
		}
		if k >= h.end || st.words.ownPeopleNoun(toks[k].Lower, toks, k) == "" {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || st.at[k] >= 0 {
		return
	}
	sector := st.words.ownPeopleNoun(toks[k].Lower, toks, k)
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

// ownPeopleNoun gives the sector of a noun for people a state holds or
// wrongs ("victims" CVL, "political prisoners" CVL, "NGOs" NGO), "" for
// other words. Bare "prisoners" may be another state's (an exchange).
// The nouns are [own civilians], [own prisoners] and [own charities] of
// data/words.txt.
func (v *vocab) ownPeopleNoun(w string, toks []dyad.Token, k int) string {
	switch {
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

// clauseWord gives the first token w in [from, to) before any comma or
// semicolon, with a token after it, -1 for none.
func clauseWord(toks []dyad.Token, from, to int, w string) int {
	for k := from; k+1 < len(toks) && k < to; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return -1
		}
		if toks[k].Lower == w {
			return k
		}
	}
	return -1
}

// placePossessor gives force (roots 18–20) aimed at "the port's", "the
// city's" things the country of the place the sentence named before:
// "grain shipments from Odesa were suspended after Russian drones struck
// the port's storage terminals" (gold: RUSMIL 1952 UKR).
func (c *Coder) placePossessor(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	k := h.end
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k+1 >= len(toks) || !st.words.placeNoun(toks[k].Lower) || toks[k+1].Text != "'s" && toks[k+1].Text != "’s" {
		return
	}
	// the last place named before the verb
	country := ""
	for j := 0; j < h.head; j++ {
		if m := st.at[j]; m >= 0 {
			if mt := st.ments[m]; mt.Place && mt.Country != "" {
				country = mt.Country
			}
			j = st.ments[m].End - 1
			continue
		}
		if p, n, ok := c.placeAt(st, j, h.head, 2); ok && startsUpperASCII(toks[j].Text) {
			if p.Country != "" {
				country = p.Country
			}
			j += n - 1
		}
	}
	if country == "" || country == h.source[0].Country {
		return
	}
	m := c.implicitTarget(h, country)
	m.Start, m.End = k, k+2
	m.Text = st.s.Text[toks[k].Start:toks[k+1].End]
	m.Span = [2]int{toks[k].Start, toks[k+1].End}
	h.target = []actors.Mention{m}
}

// deniedForceTarget gives force whose denial names an accuser (status
// denied, roots 15, 18–20) the place attacked, else that accuser, as
// refine does for force alleged in an accusation's scope: "Tehran denied
// a Saudi accusation that it had launched the drone attack on the Abqaiq
// oil facility" (gold: IRN 195 SAU denied).
func (c *Coder) deniedForceTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.status != dyad.Denied || h.source[0].Country == "" {
		return
	}
	switch cameo.Root(h.code) {
	case "15", "18", "19", "20":
	default:
		return
	}
	for _, g := range st.hits {
		if g.head >= h.head || !g.p.has(flagDeny) || len(g.source) == 0 || len(g.target) == 0 {
			continue
		}
		acc := g.target[0]
		if g.source[0].Country != h.source[0].Country || acc.Country == "" || acc.Country == h.source[0].Country {
			continue
		}
		c.forceOnAccuser(st, h, acc)
		return
	}
	// the denial's target is set after the hits are read: the accuser
	// named as "a Saudi accusation" right after a denial verb
	for _, g := range st.hits {
		if g.head >= h.head || !g.p.has(flagDeny) || len(g.source) == 0 || g.source[0].Country != h.source[0].Country {
			continue
		}
		for j := g.end; j < h.head && j < g.end+3; j++ {
			m := st.at[j]
			if m < 0 {
				continue
			}
			mt := st.ments[m]
			if mt.Country != "" && mt.Country != h.source[0].Country && mt.End < len(st.toks) && strings.HasPrefix(st.toks[mt.End].Lower, "accusation") || mt.Possessive && mt.Country != "" && mt.Country != h.source[0].Country {
				mt.Possessive = false
				c.forceOnAccuser(st, h, mt)
			}
			return
		}
	}
}

// forceOnAccuser aims h at the place attacked when one is named (none if
// it is the source's own), else at the state of accuser a.
func (c *Coder) forceOnAccuser(st *sentence, h *verbHit, a actors.Mention) {
	if t := c.attackPlace(st, h); t != nil {
		if t.Country != h.source[0].Country {
			h.target = []actors.Mention{*t}
		}
		return
	}
	a.Code, a.Sectors, a.Modifier, a.Place = a.Country, nil, false, false
	h.target = []actors.Mention{a}
}

// reporterBorder gives a show of force or a withdrawal (roots 15, 087) at
// "the border" the state reporting it as target: "Armenia's defence
// ministry said Azerbaijani troops were massing near the border town of
// Jermuk" (gold: AZEMIL 154 ARM); the border named is the reporter's.
func (c *Coder) reporterBorder(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "15" && !strings.HasPrefix(h.code, "087") || len(h.target) != 0 || len(h.source) == 0 || st.reporter == nil {
		return
	}
	rep := *st.reporter
	if rep.Country == "" || rep.Country == h.source[0].Country || h.source[0].Country == "" || strings.HasPrefix(rep.Code, "IGO") {
		return
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+6; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) {
			return
		}
		if st.at[k] >= 0 {
			return // a named place or party decides
		}
		if (toks[k].Lower == "border" || toks[k].Lower == "frontier") && toks[k-1].Lower == "the" {
			h.target = []actors.Mention{c.implicitTarget(h, rep.Country)}
			return
		}
	}
}

// solidarity drops the target of a protest named after "in solidarity
// with" or "in support of": the people a march supports are no party it
// protests against ("marched … in solidarity with Palestinians in Gaza":
// gold target null).
func solidarity(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.target) == 0 {
		return
	}
	t, toks := h.target[0], st.toks
	if t.Start < 2 || t.Start > len(toks) {
		return
	}
	k := t.Start - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	if toks[k].Lower == "with" && toks[k-1].Lower == "solidarity" || toks[k].Lower == "of" && toks[k-1].Lower == "support" && k >= 2 && toks[k-2].Lower == "in" {
		h.target = nil
	}
}

// borderDestination drops the target of a deportation (174) that is only
// the adjective of the border the deportees were taken to: "deported
// dozens of migrants from sub-Saharan Africa to the Libyan border" names
// no deportees' country (gold: TUN 174 null).
func borderDestination(st *sentence, h *verbHit) {
	if h.code != "174" || len(h.target) != 1 {
		return
	}
	t, toks := h.target[0], st.toks
	if t.Kind != "coref" && !t.Modifier {
		return
	}
	// the deportees' country read from the border's adjective (an agent
	// "migrants" given it by coreference, or the adjective itself)
	for _, m := range st.ments {
		if m.Modifier && m.Country == t.Country && m.End < len(toks) && m.Start > 0 && (toks[m.End].Lower == "border" || toks[m.End].Lower == "frontier") &&
			(toks[m.Start-1].Lower == "the" || toks[m.Start-1].Lower == "to") {
			h.target = nil
			return
		}
	}
}

// importsFrom gives an investigation (root 09) into imports from a
// country that country as target, as tariffs on its goods take it: "an
// anti-dumping investigation … into steel imports from Vietnam" (gold:
// INDGOV 090 VNM).
func (c *Coder) importsFrom(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "09" || len(h.target) != 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+10; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && k >= h.end {
			return
		}
		if toks[k].Lower != "from" || toks[k-1].Lower != "imports" {
			continue
		}
		if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && (len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
			mt := st.ments[m]
			mt.Place, mt.Code, mt.Sectors = false, mt.Country, nil
			h.target = []actors.Mention{mt}
		}
		return
	}
}

// restatedAct reports nouns that restate an act a relative clause comments
// on: ", an escalation that Caracas denounced", ", an attack Qatar
// condemned", ", a charge Israel rejected" ([antecedent acts] and
// [charge nouns] of data/words.txt).
func (v *vocab) restatedAct(w string) bool {
	return v.antecedentActs[w] || v.chargeNouns[w]
}

// antecedentAct gives a comment, rejection or denial told in a clause on
// the main clause's act (", an escalation that Caracas denounced as …")
// the main clause's subject as target (gold: VEN 111 USAMIL), as
// farTarget does for ", a move Hamas condemned".
func (c *Coder) antecedentAct(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) != 1 || h.p.Noun || h.passive {
		return
	}
	if r := cameo.Root(h.code); r != "11" && r != "12" && !h.p.has(flagDeny) {
		return
	}
	toks := st.toks
	k := h.source[0].Start - 1
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	for k >= 2 && toks[k].Tag == "JJ" {
		k-- // "a fresh escalation"
	}
	if k < 2 || !st.words.restatedAct(toks[k].Lower) {
		return
	}
	j := k - 1
	for j >= 1 && toks[j].Tag == "JJ" {
		j--
	}
	if d := toks[j].Lower; d != "a" && d != "an" && d != "the" || j < 1 || toks[j-1].Text != "," {
		return
	}
	for v := 0; v < j-1; v++ {
		if finite(toks[v].Tag) && !isAux(toks[v]) && st.at[v] < 0 {
			if s := c.subject(st, v); len(s) > 0 && s[0].Code != h.source[0].Code && s[0].Country != "" {
				h.target = s[:1]
			}
			return
		}
	}
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

// vetoedBody gives a veto or block (129) of a body's act ("blocked an EU
// statement on Hong Kong", "blocking a new round of EU sanctions against
// Moscow") that body as target, not the topic or target of the act
// blocked (gold: HUN 129 IGOEUREEC).
func vetoedBody(st *sentence, h *verbHit) {
	if h.code != "129" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+6; k++ {
		if st.isDate[k] {
			continue
		}
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "on" || toks[k].Lower == "against" {
			return
		}
		m := st.at[k]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		if !strings.HasPrefix(mt.Code, "IGO") || mt.End >= len(toks) {
			return
		}
		if st.words.vetoedMeasures[strings.TrimSuffix(toks[mt.End].Lower, "s")] {
			if len(h.target) == 0 || h.target[0].Start > mt.Start {
				mt.Modifier, mt.Possessive = false, false
				h.target = []actors.Mention{mt}
			}
		}
		return
	}
}

// complaintAgainst gives an official complaint (114) filed with a body
// "against" a state the state as target, not the body it was filed with:
// "filed a complaint with the UN Security Council against Israel's
// violations of the ceasefire" (LBN 114 ISR).
func complaintAgainst(st *sentence, h *verbHit) {
	if h.code != "114" || len(h.target) != 1 || h.target[0].Start < 1 || st.toks[h.target[0].Start-1].Lower != "with" && !(h.target[0].Start >= 2 && st.toks[h.target[0].Start-2].Lower == "with") {
		return
	}
	toks := st.toks
	k := clauseWord(toks, h.target[0].End, h.target[0].End+5, "against")
	if k < 0 {
		return
	}
	j := k + 1
	for j < len(toks) && j < k+3 && st.at[j] < 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j++
	}
	if j >= len(toks) || st.at[j] < 0 {
		return
	}
	mt := st.ments[st.at[j]]
	if mt.Country != "" {
		mt.Possessive, mt.Modifier = false, false
		if mt.Code == mt.Country || len(mt.Sectors) == 0 {
			mt.Code = mt.Country
		}
		h.target = []actors.Mention{mt}
	}
}

// reporterCeasefire gives a ceasefire violation (196) with no target the
// state that reports it: "Pakistani troops violated the ceasefire along
// the Line of Control, the Indian army said" (PAKMIL 196 IND); the
// ceasefire's other side is the one telling of it.
func (c *Coder) reporterCeasefire(st *sentence, h *verbHit) {
	if h.code != "196" || len(h.target) != 0 || len(h.source) == 0 || st.reporter == nil {
		return
	}
	rep := *st.reporter
	if rep.Country == "" || rep.Country == h.source[0].Country || h.source[0].Country == "" || strings.HasPrefix(rep.Code, "IGO") || strings.HasPrefix(rep.Code, "NGO") {
		return
	}
	h.target = []actors.Mention{c.implicitTarget(h, rep.Country)}
}

// harmNoun reports nouns of acts done to people whose "of" phrase names
// the victims: "the killing of a Hamas leader", "the arrest of …"
// ([harm nouns] of data/words.txt).
func (v *vocab) harmNoun(w string) bool {
	return v.harmNouns[w]
}

// victimNotCondemned drops the target of a condemnation or criticism
// (root 11) that is only the victim of the act condemned, with no author
// named: "condemned the killing of a Hamas leader in Tehran" blames no
// one the sentence names (the Hamas leader is who died, not who is
// condemned); with a "by" phrase the object scan takes the author.
func victimNotCondemned(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "11" || len(h.target) == 0 || h.passive {
		return
	}
	t, toks := h.target[0], st.toks
	q := t.Start - 1
	for q > h.end && (toks[q].Tag == "DT" || toks[q].Tag == "JJ" || toks[q].Tag == "CD" || toks[q].Tag == "PRP$" || toks[q].Tag == "NNP" && st.at[q] < 0) {
		q--
	}
	if q < 2 || toks[q].Lower != "of" || !st.words.harmNoun(toks[q-1].Lower) || q-1 < h.end-1 {
		return
	}
	for k := t.End; k < len(toks) && k < t.End+6; k++ {
		if toks[k].Lower == "by" {
			// the author: "the killing of nine Hindu pilgrims by militants"
			j := k + 1
			if j < len(toks) && toks[j].Tag == "DT" {
				j++
			}
			if j < len(toks) && st.at[j] >= 0 {
				if a := st.ments[st.at[j]]; !a.Place && (a.Country != "" || strings.HasPrefix(a.Code, "IGO")) {
					a.Modifier, a.Possessive = false, false
					h.target = []actors.Mention{a}
				}
			}
			return
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
	}
	h.target = nil
}

// protestAtSeat gives a protest held outside or at a leader's residence
// or office ("rallied outside Prime Minister Benjamin Netanyahu's
// residence") that leader's government as target, as a march on the
// capital is aimed at the government there.
func (c *Coder) protestAtSeat(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.target) != 0 || len(h.source) == 0 || !civil(h.source[0]) {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+4; k++ {
		if w := toks[k].Lower; w != "outside" && w != "at" && w != "near" {
			continue
		}
		m := st.at[k+1]
		if m < 0 && k+2 < len(toks) && toks[k+1].Lower == "the" {
			m = st.at[k+2]
		}
		if m < 0 {
			return
		}
		mt := st.ments[m]
		if !mt.Possessive || !hasSector(mt, "GOV") || mt.Country != h.source[0].Country || mt.End+1 >= len(toks) {
			return
		}
		if st.words.seatNouns[toks[mt.End+1].Lower] {
			gov := mt
			gov.Code, gov.Sectors, gov.Possessive = mt.Country+"GOV", []string{"GOV"}, false
			h.target = []actors.Mention{gov}
		}
		return
	}
}

// conditionPartner gives an intent to negotiate or meet (036, 039, 030)
// with no partner named the state its "if" clause names: "ready to resume
// talks on the nuclear deal if Washington lifted sanctions" (gold: IRN
// 036 USA); the condition tells whom the talks are with.
func conditionPartner(st *sentence, h *verbHit) {
	switch h.code {
	case "036", "039", "030", "031", "032":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && toks[k+1].Lower != "if" {
			return
		}
		if toks[k].Lower != "if" {
			continue
		}
		if m := st.at[k+1]; m >= 0 {
			mt := st.ments[m]
			if mt.Country != "" && mt.Country != h.source[0].Country && !mt.Modifier && !mt.Place {
				mt.Code, mt.Sectors = mt.Country, nil // the state, as its capital stands for it
				h.target = []actors.Mention{mt}
			}
		}
		return
	}
}

// warnedIntruder gives warning shots (150) the forces whose crossing an
// "after" clause tells: "fired warning shots after North Korean soldiers
// crossed the demilitarised zone" (gold: KORMIL 150 PRKMIL).
func warnedIntruder(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.target) != 0 || len(h.source) == 0 || !words(st.toks[h.head:h.end], "warning") {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] {
		k++ // "fired warning shots on Tuesday after …"
	}
	if k+2 >= len(toks) || toks[k].Lower != "after" && toks[k].Lower != "when" && toks[k].Lower != "as" {
		return
	}
	j := countBefore(toks, k+1) // "after about 20 North Korean soldiers crossed" (targets_places.go)
	if j >= len(toks) {
		return // the sentence ends on the count ("… warning shots after about 20")
	}
	m := st.at[j]
	if m < 0 {
		return
	}
	mt := st.ments[m]
	if mt.Country == "" || mt.Country == h.source[0].Country || mt.End >= len(toks) {
		return
	}
	v := mt.End
	if v+1 < len(toks) && toks[v].Tag == "RB" {
		v++ // "soldiers briefly crossed"
	}
	if st.words.intrusionVerbs[toks[v].Lemma] {
		h.target = []actors.Mention{mt}
	}
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

// reporterOwned gives force a reporter tells of (roots 18–20) aimed "on"
// or "at" its own things the reporter as target: "Doctors Without Borders
// said … Israeli forces had fired on one of its convoys in Gaza" (gold:
// ISRMIL 190 NGOHLHMSF), not the place the convoy was in.
func reporterOwned(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	if st.reporter == nil || len(h.source) == 0 || len(h.target) > 1 {
		return
	}
	rep, toks := *st.reporter, st.toks
	if rep.Code == h.source[0].Code || rep.Country != "" && rep.Country == h.source[0].Country || rep.Start > h.head {
		return
	}
	if rep.Country == "" && !strings.HasPrefix(rep.Code, "NGO") && !strings.HasPrefix(rep.Code, "IGO") {
		return
	}
	k := h.end
	if k < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "at" || toks[k].Lower == "against") {
		k++
	}
	if k+2 < len(toks) && toks[k].Lower == "one" && toks[k+1].Lower == "of" {
		k += 2 // "one of its convoys"
	}
	if k+1 >= len(toks) || toks[k].Lower != "its" || k == h.end {
		return
	}
	if len(h.target) == 1 && h.target[0].Span[0] < toks[k].Start && h.target[0].Text != "" {
		return // a party named before "its": not the reporter's thing
	}
	r := rep
	r.Possessive, r.Place = false, false
	h.target = []actors.Mention{r}
}

// supportedBid gives support drummed up among an audience (05x) "for X's
// bid" X as target: "drummed up support among EU partners … for
// Ukraine's bid to open membership talks" (gold: POL 053 UKR), not the
// partners addressed.
func supportedBid(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "05" || len(h.target) != 1 || h.target[0].Start < 1 || st.toks[h.target[0].Start-1].Lower != "among" {
		return
	}
	k := clauseWord(st.toks, h.target[0].End, h.target[0].End+6, "for")
	if k < 0 {
		return
	}
	if m := st.at[k+1]; m >= 0 && st.ments[m].Possessive && st.ments[m].Country != "" {
		mt := st.ments[m]
		mt.Possessive = false
		h.target = []actors.Mention{mt}
	}
}

// aidForPeopleIn gives aid given or pledged (07x, 033x) "for" people "in"
// a country that country as target, as aid sent to it: "pledged $10
// million in emergency aid for victims of the earthquake in Myanmar"
// (gold: JPN 0333 MMR).
func (c *Coder) aidForPeopleIn(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "07") && !strings.HasPrefix(h.code, "033") || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	k := clauseWord(toks, h.end, h.end+8, "for")
	if k < 0 {
		return
	}
	people := false
	for j := k + 1; j < len(toks) && j < k+9; j++ {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return
		}
		if st.words.aidedPeople[toks[j].Lower] {
			people = true
		}
		if toks[j].Lower == "in" && people && j+1 < len(toks) {
			if m := st.at[j+1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != h.source[0].Country {
				t := st.ments[m]
				t.Place, t.Code, t.Sectors = false, t.Country, nil
				h.target = []actors.Mention{t}
			}
			return
		}
	}
}
