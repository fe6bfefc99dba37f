package events

// Intent, threat and appeal structures whose act is named in a complement
// ("vowed to impose a blockade on the country", "offered to lead a police
// force in Haiti"): the target of a threat, the act of a commitment verb
// no pattern codes (an intent to cooperate, 030, future), and the acts of
// a promise's infinitive ("a promise from Arafat to end armed attacks"),
// the maker's intent.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// threatTargets gives a threat with no named target the target of the
// act its source did just before in the same sentence (a use or show of
// force, an accusation or a rejection): "fired a missile
// at Israel's main airport and vowed to impose an air blockade on the
// country" threatens Israel.
//
// A threat still without a target aims at the state that has just
// attacked its source ("Iran fired missiles at Israel, and Israel vowed
// to retaliate" threatens Iran), at the attacker named after "after" or
// "for" when it is a retaliation ("vowed to retaliate after Iran fired
// …"), or else at the actor of its condition ("Beijing will retaliate if
// Washington imposes tariffs" threatens the United States).
//
// A bare "respond" is a threat only when vowed or threatened, or in the
// future with a condition or a hostile act it answers: "Russia would
// respond if NATO deployed troops" is Russia 130 NATO (future), "will
// respond to any Israeli attack" Hezbollah 130 Israel (future);
// "responded to the proposal" is no event.
func (c *Coder) threatTargets(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] {
			continue
		}
		if bareResponse(st, h) {
			vowed := h.threat && h.status == dyad.Asserted // "vowed to respond to Iran's attack"
			planned := (h.status == dyad.Future || h.status == dyad.Hypothetical) && !conditionClause(st, h.head) &&
				(hasCondition(st, h) || hostileAfter(st, h) || warnedAfter(st, hits, live, k))
			if !vowed && !planned {
				live[k] = false
				continue
			}
			if !vowed {
				h.code, h.status, h.threat = "130", dyad.Future, true
			}
			if len(h.target) == 0 && len(h.source) > 0 && !stateSide(h.source[0]) {
				h.target = c.conditionActors(st, h)
				if len(h.target) == 0 {
					live[k] = false // "the insurer will respond if the rocket blows up": no one threatened
					continue
				}
			}
		}
		if cameo.Root(h.code) == "15" && h.status == dyad.Future && !h.p.has(flagMutual) && len(h.source) > 0 && !conditionClause(st, h.head) && hasCondition(st, h) &&
			(len(h.target) > 0 || len(c.conditionActors(st, h)) > 0) {
			// "will conduct a nuclear test if Washington deploys strategic
			// assets": a show of force held over another's act is a threat
			h.code, h.threat = "138", true
		}
		if !h.threat && cameo.Root(h.code) != "13" || len(h.target) > 0 || len(h.source) == 0 {
			continue
		}
		if strings.HasPrefix(h.code, "138") {
			h.target = c.threatenedArmedGroup(st, h.source[0], h) // "threatened to attack militant camps" (threat_armed_object.go)
			if len(h.target) > 0 {
				continue
			}
		}
		if t := c.anyObjectOwner(st, hits, live, k); len(t) > 0 {
			h.target = t // "threatened to shoot down any plane", "any Chinese vessel" (threat_any_object.go)
			continue
		}
		for j := k - 1; j >= 0; j-- {
			g := &hits[j]
			if !live[j] || g.head >= h.head || len(g.source) == 0 || g.source[0].Code != h.source[0].Code {
				continue
			}
			// (or the party it has just accused: "accused Israel of … and
			// vowed harsh punishment")
			if r := cameo.Root(g.code); len(g.target) > 0 && (r >= "15" && r <= "20" || r == "11" || r == "12") {
				h.target = g.target[:1]
			}
			break
		}
		if len(h.target) == 0 {
			h.target = c.attackerOf(st, hits, live, k)
		}
		if len(h.target) == 0 && !complementTarget(st, hits, live, k) {
			h.target = stateOf(c.conditionActors(st, h)) // targets.go
		}
	}
}

// bareResponse reports a hit of the bare "respond" pattern (no "with
// force" after it).
func bareResponse(st *sentence, h *verbHit) bool {
	if h.p == nil || h.p.Noun || len(h.p.Slots) != 1 {
		return false
	}
	return st.toks[h.head].Lemma == "respond"
}

// hostileAfter reports a hostile act named after "to" right after a
// response h: "will respond to any Israeli attack", "would respond to
// the provocation".
func hostileAfter(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.head+3; k++ {
		if toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			switch toks[j].Lower {
			case "attack", "attacks", "aggression", "provocation", "provocations", "strike", "strikes", "incursion", "incursions", "escalation", "invasion":
				return true
			}
			if isPunct(toks[j]) || finite(toks[j].Tag) {
				return false
			}
		}
		return false
	}
	return false
}

// warnedAfter reports a live warning or threat verb after hits[k]: "India
// will respond to Pakistan, Modi warned".
func warnedAfter(st *sentence, hits []verbHit, live []bool, k int) bool {
	for j := k + 1; j < len(hits); j++ {
		if l := st.toks[hits[j].head].Lemma; live[j] && !hits[j].p.Noun && (l == "warn" || l == "threaten") {
			return true
		}
	}
	return false
}

// hasCondition reports an "if" or "unless" in h's sentence outside h's
// own clause.
func hasCondition(st *sentence, h *verbHit) bool {
	for k, t := range st.toks {
		if (t.Lower == "if" || t.Lower == "unless") && k != h.head {
			return true
		}
	}
	return false
}

// attackerOf returns who a threat hits[k] answers: the source of an
// earlier conflictual act (root 15–20) aimed at the threat's own state,
// or, for a retaliation ("retaliate", "respond", "revenge"), the source
// of such an act in an "after"/"for" clause right after it. Nil when
// neither is there.
func (c *Coder) attackerOf(st *sentence, hits []verbHit, live []bool, k int) []actors.Mention {
	h := &hits[k]
	own := h.source[0].Country
	if own == "" {
		return nil
	}
	attack := func(g *verbHit) bool {
		r := cameo.Root(g.code)
		return g.status == dyad.Asserted && r >= "15" && r <= "20" && len(g.source) > 0 && g.source[0].Country != "" && g.source[0].Country != own
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if live[j] && g.head < h.head && attack(g) && len(g.target) > 0 && sameSide(g.target[0], h.source[0]) {
			return g.source[:1]
		}
	}
	switch st.toks[h.head].Lemma {
	case "retaliate", "respond", "revenge", "avenge", "vow", "promise", "threaten":
	default:
		return nil
	}
	for j := k + 1; j < len(hits); j++ {
		g := &hits[j]
		if !live[j] || g.head <= h.end || g.head-h.end > 8 || !attack(g) {
			continue
		}
		for x := h.end; x < g.head; x++ {
			if w := st.toks[x].Lower; w == "after" || w == "for" {
				return g.source[:1]
			}
		}
		return nil
	}
	return nil
}

// stateSide reports an actor that speaks for its state: the country
// itself, its government or its armed forces.
func stateSide(a actors.Mention) bool {
	for _, s := range a.Sectors {
		if s != "GOV" && s != "MIL" {
			return false
		}
	}
	return a.Country != ""
}

// sameSide reports two actors of one side: the same code, or the state
// sides (country, government, forces) of one country. The Taliban and
// the Afghan army are not one side.
func sameSide(a, b actors.Mention) bool {
	return a.Code == b.Code || a.Country == b.Country && stateSide(a) && stateSide(b)
}

// conditionActors returns the actor of the "if"/"unless" clause of h's
// sentence when h is not in it and that actor is another state's or
// group's: whom a conditional threat is aimed at.
func (c *Coder) conditionActors(st *sentence, h *verbHit) []actors.Mention {
	if conditionClause(st, h.head) {
		return nil
	}
	for k, t := range st.toks {
		if t.Lower != "if" && t.Lower != "unless" && !futureWhen(st, h, k) { // "When Israel strikes Iran, Tehran will retaliate" (threat_when.go)
			continue
		}
		for j := k + 1; j < len(st.toks) && j < k+6; j++ {
			m := st.at[j]
			if m < 0 {
				if isPunct(st.toks[j]) || finite(st.toks[j].Tag) {
					break
				}
				continue
			}
			a := st.ments[m]
			if a.Modifier || a.Place || a.Country == "" && a.Kind != actors.KindOrg || a.Country == h.source[0].Country || a.Code == h.source[0].Code {
				break
			}
			return c.group(st, m)
		}
		return nil
	}
	return nil
}

// isQuote reports a quotation mark token.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// subordinateBetween reports a comma and a subordinating conjunction
// between tokens a and b, which open a clause of its own: "demanding the
// right to work, before Taliban fighters dispersed them".
func subordinateBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if toks[k].Text != "," {
			continue
		}
		switch toks[k+1].Lower {
		case "before", "after", "when", "as", "until", "because", "since", "although", "though", "whereas", "while":
			return true
		}
	}
	return false
}

// killCode sharpens a killing or shooting from its victims: a named
// person killed is assassinated (186), also one told killed in the
// passive whose killer a later clause blames, one shot or wounded "in an
// assassination attempt" is the attempt (185), and a killing of at least
// 30 people (a number before the victims' noun: "hacked to death at
// least 40 people") is a mass killing (202). Bombings keep their codes.
func killCode(st *sentence, h *verbHit) string {
	switch h.code {
	case "190", "180", "193", "1823", "182":
	case "183", "1831", "1832", "1833":
		if bombedSurvivor(st, h) {
			return "185" // "a suicide car bomber struck the president's motorcade …, but the president escaped unhurt" (attempt.go)
		}
		return h.code
	default:
		return h.code
	}
	toks := st.toks
	head := toks[h.head].Lemma
	if h.code != "182" && len(h.target) == 1 && officeHolder(st, h.target[0]) && !completedKill(st, h) && (survivedAttempt(st, h) || leaderSpared(st, h)) {
		return "185" // "opened fire on the convoy of the prime minister in what his office called an assassination attempt", "shot and seriously wounded the president" (attempt.go, attempt_leader.go)
	}
	if len(h.target) == 1 && h.target[0].Person && h.target[0].Start >= h.end-1 {
		if head == "kill" || head == "murder" || head == "gun" || h.code == "180" {
			if c := st.words.operationKill(toks, h); c != "" && head == "kill" {
				return c // "killed Hezbollah leader X in an air strike": the strike (killops.go)
			}
			return "186" // "killed Lieutenant General Igor Kirillov with a bomb"
		}
		return h.code
	}
	if len(h.target) == 1 && !h.passive && h.target[0].Start >= h.end-1 && (head == "kill" || head == "murder" || head == "gun" || h.code == "180") && officeHolder(st, h.target[0]) {
		return "186" // "Gunmen shot dead the mayor of a Peruvian town", "killed a district governor": one office holder (attempt.go)
	}
	if h.code == "190" && !h.passive && head == "kill" && len(h.target) == 1 && h.target[0].Start >= h.end-1 && smallArmsFight(toks, h.target[0].End) {
		return "193" // "killed three militants in a gunfight": small arms (fight_active.go)
	}
	if h.passive && h.blamed && head == "kill" && passiveNamedVictim(st, h.head) {
		// "Kim Jong Nam was killed at Kuala Lumpur airport, and South Korea
		// blamed North Korean agents": a named person killed by those
		// blamed later was assassinated (sources_blamed.go)
		return "186"
	}
	if h.code != "182" && st.words.bombSubject(toks, h.head) {
		return "183" // "A bomb killed six people", "A blast tore through a market, killing 20" (bombings.go)
	}
	if h.code == "193" || h.code == "182" {
		return h.code
	}
	if !st.words.killingHead(toks, h) {
		return h.code // (mass_killing.go: "clubbed to death", "mowed down" kill too)
	}
	if len(h.source) > 0 && unidentifiedAttacker(h.source[0]) || words(toks[:h.head], "bomber", "bombers") {
		return h.code // (codes.go; "suicide bombers from Hamas killed 25 people" is a bombing, 18x)
	}
	for k := h.head + 1; k < len(toks) && k < h.end+6; k++ {
		if toks[k].Tag != "CD" {
			continue
		}
		if st.words.fewExecuted(toks, h, k) {
			break // "executed at least 21 civilians": 1823 (executions.go)
		}
		if st.words.countedMass(toks, k) {
			return "202"
		}
		break
	}
	return h.code
}

// childrenAmongVictims reports a count of victims from token from whose
// next clause part, after a comma, names children or women among them:
// "killed 12 people, among them five children", "killed at least 20
// people, including women and children". Such a killing of ten or more
// is a massacre of civilians (202) below the count of twenty that makes
// one alone (killCode).
func childrenAmongVictims(toks []dyad.Token, from int) bool {
	k := from
	for k < len(toks) && k < from+4 && toks[k].Text != "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	k++
	switch {
	case toks[k].Lower == "including":
		k++
	case toks[k].Lower == "among" && k+1 < len(toks) && toks[k+1].Lower == "them":
		k += 2
	default:
		return false
	}
	for j := k; j < len(toks) && j < k+5; j++ {
		switch toks[j].Lower {
		case "children", "child", "women", "girls", "boys", "schoolchildren", "infants", "babies":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// leadingNumber reads the digits of a count ("1,200" is 1200), else a
// number word (wordNumber: "fifty", "seventy-four", "hundred"); 0 when it
// is none.
func leadingNumber(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c == ',':
		default:
			return n
		}
	}
	if n == 0 {
		return wordNumber(strings.ToLower(s))
	}
	return n
}

// countedVictims reports people killed en masse named right after a
// count at from: a noun of [mass victims] (data/words.txt) at once ("43
// farmers") or after one or two words that say who they were ("740
// Alawite civilians"), or after such words a noun of [victim group heads]
// ("43 farm workers", "46 women prisoners"). Fighters, soldiers and
// police ("30 Taliban fighters", "40 Russian soldiers") are no such
// victims.
func (v *vocab) countedVictims(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		w := toks[k].Lower
		if v.massVictims[w] || k > from && v.victimGroupHeads[w] {
			return true
		}
		if k == from && w == "ethnic" && k+1 < len(toks) && toks[k+1].Tag == "NNP" {
			return true // "more than 200 ethnic Amhara": a people's members, not fighters
		}
		if t := toks[k].Tag; t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "NNPS" || isPunct(toks[k]) {
			return false
		}
	}
	return false
}

// nonActorTokens returns the sentence's tokens outside actor mentions, so
// that word tests read what is said, not names ("International Criminal
// Court" names no criminal case). It allocates only when the sentence
// has mentions.
func nonActorTokens(st *sentence) []dyad.Token {
	if len(st.ments) == 0 {
		return st.toks
	}
	out := make([]dyad.Token, 0, len(st.toks))
	for i, t := range st.toks {
		if st.at[i] < 0 {
			out = append(out, t)
		}
	}
	return out
}

// policyWithdrawal reports that the withdrawal a hit names is of a
// measure or words, not of forces: "the withdrawal of a finance bill",
// "withdraw her remarks on Taiwan". It looks at the few words after the
// hit's head, up to the first noun of a policy or of speech.
func policyWithdrawal(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.end+4; k++ {
		switch toks[k].Lower {
		case "bill", "bills", "law", "laws", "decree", "decrees", "plan", "plans", "tax", "taxes", "reform", "reforms",
			"proposal", "proposals", "measure", "measures", "remarks", "comments", "statement", "statements", "nomination",
			"candidacy", "candidate", "application", "bid", "complaint", "lawsuit", "case", "charges", "licence", "license",
			"accreditation", "ordinance", "regulation", "regulations", "policy", "policies", "ban", "tariffs", "tariff", "budget":
			return true
		case "troops", "forces", "soldiers", "army", "military", "fighters", "units", "tanks", "positions", ",", ".", ";":
			return false
		}
	}
	return false
}

// negatedBefore reports "not", "n't" or "never" among the three words
// before the verb at i ("did not see"), a negation of the verb itself.
func negatedBefore(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// perfectBefore reports a perfect auxiliary among the six words before
// token i, whose participles a coordination may continue ("accused of
// having attacked and killed").
func perfectBefore(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch toks[k].Lower {
		case "having", "had", "has", "have":
			return true
		}
	}
	return false
}

// coordinatedOwner reads "their"/"its" right after a coerced or attacked
// object as the object of the verb coordinated before: "boarded
// Philippine navy boats and seized their rifles" seized the navy's.
func (c *Coder) coordinatedOwner(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if r := cameo.Root(h.code); r != "17" && r != "18" && r != "19" || h.end+1 >= len(toks) ||
		toks[h.end].Lower != "their" && toks[h.end].Lower != "its" {
		return nil
	}
	j := andBefore(st, h.head)
	if j < 0 {
		return nil
	}
	for k := j - 1; k >= 0; k-- {
		if subjectStop(toks[k]) || toks[k].Text == "," {
			return nil
		}
		m := st.at[k]
		if m < 0 {
			if finite(toks[k].Tag) {
				return nil // back at the first verb: it had no actor as object
			}
			continue
		}
		mt := st.ments[m]
		own := false
		for _, s := range h.source {
			own = own || s.Start == mt.Start || s.Code == mt.Code
		}
		if own || mt.Place {
			return nil
		}
		if mt.Modifier && !(mt.End < len(toks) && (toks[mt.End].Tag == "NNS" || toks[mt.End].Tag == "NN")) {
			return nil
		}
		return []actors.Mention{referent(mt, st, h.end, h.end+1)}
	}
	return nil
}

// commaParticiple reports a participle clause opening at head right after
// a comma, with no finite verb between a and head: ", cutting tariffs",
// ", summoning Japan's ambassador" (the main clause's subject acts).
func commaParticiple(toks []dyad.Token, a, head int) bool {
	if head < 1 || head <= a || toks[head].Tag != "VBG" || toks[head-1].Text != "," {
		return false
	}
	for k := a; k < head-1; k++ {
		if finite(toks[k].Tag) || toks[k].Lower == "that" || toks[k].Lower == "which" || toks[k].Lower == "who" {
			return false
		}
	}
	return true
}

// labourStrike recodes a bare "strike" by workers, students or farmers
// with no one struck as a labour strike (143), or the threat of one
// (133) when it is to come: "junior doctors will strike for five days".
func labourStrike(st *sentence, h *verbHit) {
	if st.toks[h.head].Lemma != "strike" || h.code != "190" && h.code != "138" || len(h.source) == 0 ||
		!hasSector(h.source[0], "LAB", "HLH", "EDU", "AGR", "CVL") || len(h.target) > 0 && !ownGovernment(h.source[0], h.target) {
		return
	}
	h.code = "143"
	if h.threat || h.status == dyad.Future {
		h.code, h.threat = "133", true
	}
	p := *h.p
	p.Flags &^= flagNeedTarget
	h.p = &p
}

// deadlineGiven reports a "give … until" ultimatum whose words between
// the verb and "until" are one actor ("gave Hamas until Sunday"), perhaps
// with a participle phrase of its own ("gave the troops defending the
// port until dawn"), not an object ("gave aid until 2020").
func deadlineGiven(st *sentence, h *verbHit) bool {
	k := h.head + 1
	if k < len(st.toks) && st.toks[k].Tag == "DT" {
		k++ // "gave the Houthis until Friday"
	}
	if k >= len(st.toks) || st.at[k] < 0 {
		return false
	}
	m := st.ments[st.at[k]]
	e := m.End
	if e < len(st.toks) && (st.toks[e].Tag == "VBG" || st.toks[e].Tag == "VBN" || st.toks[e].Tag == "VBD") {
		// "gave the Ukrainian troops defending Mariupol until dawn": past
		// the party's participle phrase, a few words with no clause break
		for j := e + 1; j < len(st.toks) && j <= e+5; j++ {
			w := st.toks[j]
			if w.Lower == "until" {
				return true
			}
			if w.Tag == "," || w.Text == "," || w.Tag == "." || strings.HasPrefix(w.Tag, "VB") || w.Tag == "MD" || w.Tag == "CC" {
				return false
			}
		}
		return false
	}
	return e < len(st.toks) && st.toks[e].Lower == "until"
}

// aidPurpose joins an opened crossing to the aid it lets in: "reopened
// the Kerem Shalom crossing to let aid trucks into Gaza" is one easing of
// a blockade for aid (0863), its target the place the aid enters; so are
// restrictions eased and a blockade lifted for aid ("eased restrictions at
// the crossing to allow fuel trucks into Gaza", coop.go aidOpening).
func (c *Coder) aidPurpose(st *sentence, hits []verbHit, live []bool) {
	for j := range hits {
		g := &hits[j]
		if g.code != "0863" || g.head == 0 || st.toks[g.head-1].Lower != "to" {
			continue
		}
		for k := 0; k < j; k++ {
			h := &hits[k]
			if !live[k] || !aidOpening(h.code) || h.head >= g.head || clauseBreakBetween(st.toks, h.head, g.head) {
				continue
			}
			h.code, live[j] = "0863", false
			p := *h.p
			p.Flags &^= flagMutual // the one who lets aid in acts alone
			h.p = &p
			if len(h.target) == 0 || h.target[0].Code == "" {
				h.target = g.target
			}
			if len(h.target) == 0 {
				h.target = c.intoPlace(st, g.end)
			}
			break
		}
	}
}

// intoPlace returns the country of an "into PLACE" phrase within a few
// words after token from, as an implicit target mention. A hit whose
// pattern ends in its "into" ("{allow,let} {…} +{into,in}": "let aid
// trucks into Gaza") ends past it, so the phrase starts right before
// from.
func (c *Coder) intoPlace(st *sentence, from int) []actors.Mention {
	toks := st.toks
	if from > 0 && from <= len(toks) && toks[from-1].Lower == "into" {
		from--
	}
	for k := from; k < len(toks)-1 && k < from+6; k++ {
		if toks[k].Lower != "into" && toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if p, _, ok := c.placeAt(st, j, len(toks), 1); ok {
				m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
				m.Start, m.End = j, j+1
				return []actors.Mention{*m}
			}
		}
		return nil
	}
	return nil
}

// actorAt returns the group of the first actor mention within n tokens
// from token k (past a determiner), nil when none.
func (c *Coder) actorAt(st *sentence, k, n int) []actors.Mention {
	for j := k; j < len(st.toks) && j < k+n; j++ {
		if m := st.at[j]; m >= 0 && !st.ments[m].Modifier {
			return c.group(st, m)
		}
		if st.toks[j].Tag != "DT" {
			return nil
		}
	}
	return nil
}

// respondTarget finds whom a response answers: "would respond with force
// to any provocation by Seoul", "retaliated against the attack by Kyiv",
// "responded to Israel's strikes". The actor after "to"/"against" (past
// a determiner and an act noun's "by") is the target.
func (c *Coder) respondTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	switch toks[h.head].Lemma {
	case "respond", "retaliate", "react", "reply":
	default:
		return nil
	}
	for k := h.head + 1; k < len(toks) && k <= h.end+4; k++ {
		if toks[k].Lower != "to" && toks[k].Lower != "against" && toks[k].Lower != "for" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if m := st.at[j]; m >= 0 {
				if len(h.source) > 0 && st.ments[m].Code == h.source[0].Code {
					return nil
				}
				return c.group(st, m)
			}
			if isPunct(toks[j]) || finite(toks[j].Tag) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// policeSent reports a hit that sends police ("deployed 3,000 officers").
func policeSent(st *sentence, h *verbHit) bool {
	return words(st.toks[h.head:h.end], "police", "officers", "policemen", "gendarmes")
}

// hedgeWord reports a participle that hedges the noun after it rather
// than acting: "alleged abuses", "suspected war crimes".
func hedgeWord(w string) bool {
	switch w {
	case "alleged", "suspected", "reported", "purported", "claimed", "possible", "apparent":
		return true
	}
	return false
}

// mandative turns "insisted that Hezbollah fighters withdraw" into the
// demand it is: a past verb of insisting whose "that" clause has a plain
// present verb (the mandative subjunctive) asks for that act (1056 for a
// withdrawal), made by the insister of the clause's subject. "insisted
// that its troops had not attacked" reports, and is left alone.
func (c *Coder) mandative(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if toks[h.head].Lemma != "insist" || toks[h.head].Tag != "VBD" || !h.p.has(flagSpeech) {
			continue
		}
		that := -1
		for j := h.end; j < len(toks) && j <= h.end+4; j++ {
			if toks[j].Lower == "that" {
				that = j
				break
			}
			if !st.isDate[j] {
				break
			}
		}
		if that < 0 {
			continue
		}
		for j := range hits {
			g := &hits[j]
			if !live[j] || g.head <= that || g.head > that+6 || g.p.Noun || toks[g.head].Tag != "VBP" && toks[g.head].Tag != "VB" {
				continue
			}
			verbBetween := false
			for x := that + 1; x < g.head; x++ {
				verbBetween = verbBetween || strings.HasPrefix(toks[x].Tag, "VB") || toks[x].Tag == "MD"
			}
			src := c.subject(st, h.head)
			if verbBetween || len(src) == 0 || len(g.source) == 0 {
				break
			}
			code := requestCode(g.code, true)
			if code == "" {
				code = "100"
			}
			g.code, g.status, g.threat = code, dyad.Asserted, false
			g.target, g.source = g.source, src
			if f, ok := c.ownForce(st, g); ok && len(g.target) == 1 && len(g.target[0].Sectors) == 0 {
				g.target = []actors.Mention{f}
			}
			break
		}
	}
}

// holderTarget addresses a demand or appeal for people's release or
// return (1053, 0253) to the state that holds them, named after the
// people: "the return of children deported to Russia" (Russia), "the
// release of political prisoners in Azerbaijan" (Azerbaijan). Nil when
// the text names none.
func (c *Coder) holderTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "1053" && h.code != "0253" || len(h.target) != 1 || !hasSector(h.target[0], "CVL", "OPP", "MED", "REF", "EDU", "HRI", "LAB", "REL", "MIL") {
		return nil
	}
	toks := st.toks
	if t := h.target[0]; strings.Contains(t.Text, " in ") && t.Country != "" && (len(h.source) == 0 || t.Country != h.source[0].Country) {
		// "political prisoners in Azerbaijan": the place named in the
		// people's own phrase holds them
		s := t
		s.Code, s.Sectors, s.Kind = t.Country, []string{}, "coref"
		s.Name = c.matcher.Dictionary().Name(t.Country)
		return []actors.Mention{s}
	}
	for k := h.target[0].End; k+1 < len(toks) && k < h.target[0].End+4; k++ {
		w := toks[k].Lower
		if isPunct(toks[k]) || finite(toks[k].Tag) && !(toks[k].Tag == "VBD" && k == h.target[0].End) {
			return nil // (a participle right after the people: "children deported to Russia")
		}
		if w != "to" && w != "in" && w != "by" {
			continue
		}
		j := k + 1
		j = pastThe(toks, j)
		if m := st.at[j]; m >= 0 && (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) {
			if len(h.source) > 0 && st.ments[m].Country == h.source[0].Country {
				return nil
			}
			t := st.ments[m]
			t.Place = false
			return []actors.Mention{t}
		}
		return nil
	}
	return nil
}

// authorTarget finds the author of a rejected or criticised thing named
// by a participle and "by" right after the verb's object: "rejected a
// peace plan proposed by Ukraine", "criticised a resolution drafted by
// France". Nil when there is none.
func (c *Coder) authorTarget(st *sentence, h *verbHit) []actors.Mention {
	if r := cameo.Root(h.code); r != "11" && r != "12" {
		return nil
	}
	toks := st.toks
	for k := h.end; k+2 < len(toks) && k < h.end+6; k++ {
		if isPunct(toks[k]) || finite(toks[k].Tag) && toks[k].Tag != "VBD" {
			return nil
		}
		if (toks[k].Tag == "VBN" || toks[k].Tag == "VBD") && toks[k+1].Lower == "by" {
			j := k + 2
			j = pastThe(toks, j)
			if m := st.at[j]; m >= 0 && !st.ments[m].Modifier {
				if len(h.source) > 0 && st.ments[m].Code == h.source[0].Code {
					return nil
				}
				return c.group(st, m)
			}
			return nil
		}
	}
	return nil
}

// aidCarrier finds the state whose vehicle carrying aid is the subject of
// the arrival verb at v: "A Qatari plane carrying 30 tonnes of medical
// supplies landed in Damascus" (Qatar). Nil unless the subject is a
// vehicle noun right after a state's name or adjective, followed by
// "carrying" (or "laden/loaded with") and an aid word.
func (c *Coder) aidCarrier(st *sentence, v int) []actors.Mention {
	toks := st.toks
	carry := -1
	for k := v - 1; k >= 1 && k >= v-12; k-- {
		if isPunct(toks[k]) || finite(toks[k].Tag) {
			return nil
		}
		if toks[k].Lower == "carrying" || toks[k].Lower == "with" && (toks[k-1].Lower == "laden" || toks[k-1].Lower == "loaded") {
			carry = k
			break
		}
	}
	if carry < 2 || !words(toks[carry:v], "aid", "supplies", "food", "medicine", "medicines", "relief", "tents", "blankets", "fuel", "flour", "water", "vaccines") {
		return nil
	}
	n := carry - 1
	if toks[n].Lower == "laden" || toks[n].Lower == "loaded" {
		n--
	}
	switch strings.TrimSuffix(toks[n].Lower, "s") {
	case "plane", "aircraft", "flight", "ship", "vessel", "convoy", "truck", "lorry", "lorrie", "boat", "helicopter", "cargo":
	default:
		return nil
	}
	if m := st.at[n-1]; m >= 0 && st.ments[m].Country != "" && len(st.ments[m].Sectors) == 0 {
		return []actors.Mention{st.ments[m]}
	}
	return nil
}

// placeAfter returns the country of the place named at token from (past
// "the"), as an implicit target mention: "landed in Damascus", "arrived
// in Gaza".
func (c *Coder) placeAfter(st *sentence, from int) []actors.Mention {
	toks := st.toks
	if from < len(toks) && toks[from].Lower == "the" {
		from++
	}
	if from >= len(toks) {
		return nil
	}
	if m := st.at[from]; m >= 0 && st.ments[m].Country != "" {
		t := st.ments[m]
		t.Place = false
		return []actors.Mention{t}
	}
	if p, _, ok := c.placeAt(st, from, len(toks), 1); ok {
		m := c.placeMention(p.Country, toks[from:from+1], st.s.Text)
		m.Start, m.End = from, from+1
		return []actors.Mention{*m}
	}
	return nil
}

// callParties finds the two sides of a call named as where something was
// said: "Wang Yi told his Brazilian counterpart Mauro Vieira in a phone
// call" (the speaker and the one told). The call noun at n must follow
// "in a" (or "during a", "by") right after the one told; nil otherwise.
func (c *Coder) callParties(st *sentence, n int) []actors.Mention {
	toks := st.toks
	k := n - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Lower == "phone" || toks[k].Lower == "telephone" || toks[k].Lower == "video") {
		k--
	}
	if k < 1 || toks[k].Lower != "in" && toks[k].Lower != "during" && toks[k].Lower != "by" && toks[k].Lower != "over" {
		return nil
	}
	m := st.at[k-1]
	if m < 0 {
		return nil
	}
	told := st.ments[m]
	v := told.Start - 1
	for v >= 0 && (toks[v].Tag == "PRP$" || toks[v].Tag == "DT") {
		v--
	}
	if v < 0 || toks[v].Lemma != "tell" && toks[v].Lemma != "assure" && toks[v].Lemma != "inform" && toks[v].Lemma != "brief" {
		return nil
	}
	src := c.subject(st, v)
	if len(src) != 1 || src[0].Code == told.Code || !(told.Person || hasSector(told, "GOV")) {
		return nil
	}
	return []actors.Mention{src[0], told}
}

// attributionBetween reports an attribution tail between tokens a and b:
// a comma and then a finite verb of saying ("…, Foreign Minister Wang Yi
// told his counterpart in a phone call"), which ends what an appeal asks.
func (c *Coder) attributionBetween(st *sentence, a, b int) bool {
	toks := st.toks
	for k := a; k < b; k++ {
		if toks[k].Text != "," {
			continue
		}
		for j := k + 1; j < b && j <= k+8; j++ {
			if finite(toks[j].Tag) && st.at[j] < 0 {
				if c.isSpeechOrCognition(toks[j]) {
					return true
				}
				break
			}
		}
	}
	return false
}

// bareIntents makes an event of a commitment verb whose infinitive no
// pattern codes: the verb stays an intent to cooperate (030, future),
// aimed at the actor named in the infinitive's clause, and mutual when
// "agreed to" has two parties as subject ("Pakistan and Iran agreed to
// return their ambassadors") and the infinitive names no party as its
// object ("Norway and Egypt agreed to help OPEC" is each of them with
// OPEC, objectActor). It needs a target, as the gold's 030 events
// all have one: "the company agreed to pay a fine" is none. An infinitive
// coded by a pattern ("agreed to meet") was rewritten by findHits and is
// left alone, as are the verb's other uses ("agreed with", "offered
// condolences").
func (c *Coder) bareIntents(st *sentence, hits []verbHit) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if h.code != "030" || !h.p.has(flagIntent) || h.p.has(flagThreat) || len(h.p.Slots) != 1 || !st.words.commitVerbs[toks[h.head].Lemma] {
			continue
		}
		verb := infinitiveAfter(toks, h.end)
		if verb < 0 {
			continue
		}
		m := *h.p
		m.Flags = m.Flags&^flagIntent | flagNeedTarget
		if toks[h.head].Lemma == "agree" && pluralSubject(st, h.head) && objectActor(st, verb) < 0 {
			m.Flags |= flagMutual | flagAgreed
		}
		h.p, h.end = &m, verb+1
		if h.status == dyad.Asserted {
			h.status = dyad.Future
		}
	}
}

// infinitiveAfter returns the plain verb of "to" + verb starting within
// six tokens of from, past a date or adverb ("agreed on Friday to
// return"), or -1. A verb of saying, being or thinking is no act ("agreed
// to say", "offered to be"), a negated one is not done ("agreeing not to
// use"), and one aimed "against" a party is no cooperation ("agreed to
// take action against Syria").
func infinitiveAfter(toks []dyad.Token, from int) int {
	for k := from; k < len(toks) && k < from+6; k++ {
		t := toks[k]
		if t.Lower == "not" || t.Lower == "never" {
			return -1 // "agreeing not to use their missile systems"
		}
		if t.Lower == "to" {
			j := k + 1
			for j < len(toks) && toks[j].Tag == "RB" {
				j++
			}
			if j >= len(toks) || toks[j].Tag != "VB" {
				return -1
			}
			switch toks[j].Lemma {
			case "be", "have", "do", "say", "consider", "think", "look", "keep", "continue", "try", "make":
				return -1
			}
			for e := j + 1; e < len(toks) && e < j+8 && toks[e].Text != ","; e++ {
				if toks[e].Lower == "against" {
					return -1 // "agreed to take action against Syria": no cooperation
				}
			}
			return j
		}
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Lower == "that" {
			return -1
		}
	}
	return -1
}

// promiseFrom returns the maker of a promise whose infinitive holds the
// act at i ("a promise from Palestinian leader Yasser Arafat to hunt down
// militants and end armed attacks": Arafat would end them), with ok
// false when the act is no such infinitive. The infinitive may be the
// second of two joined by "and".
func promiseFrom(st *sentence, i int) (actors.Mention, bool) {
	toks := st.toks
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k >= 0 && toks[k].Lower == "and" {
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			if isPunct(toks[j]) && toks[j].Text != "-" {
				return actors.Mention{}, false
			}
			if toks[j].Lower == "to" && j+1 < len(toks) && !nominalStart(toks[j+1]) { // ("to hunt/NN down": the tagger's noun)
				k = j
				break
			}
		}
	}
	if k < 3 || toks[k].Lower != "to" || st.at[k-1] < 0 {
		return actors.Mention{}, false
	}
	m := st.ments[st.at[k-1]]
	if m.End != k || m.Start < 2 || toks[m.Start-1].Lower != "from" || m.Modifier || m.Place {
		return actors.Mention{}, false
	}
	switch toks[m.Start-2].Lower {
	case "promise", "promises", "pledge", "pledges", "commitment", "commitments", "undertaking", "assurance", "assurances", "vow":
		return m, true
	}
	return actors.Mention{}, false
}

// promisedActs makes the acts in a promise's infinitive ("a promise from
// Arafat to end armed attacks") the maker's intent, future, as CODING.md
// codes pledges; a conflictual act promised is a threat.
func (c *Coder) promisedActs(st *sentence, hits []verbHit) {
	for k := range hits {
		g := &hits[k]
		if g.p.has(flagSpeech) || g.code == "" {
			continue
		}
		if _, ok := promiseFrom(st, g.head); !ok {
			continue
		}
		if c.quad(g.code) <= 2 {
			g.code, g.status = intentCode(g.code), dyad.Future
		} else {
			g.code, g.status, g.threat = threatCode(c.ont, g.code), dyad.Future, true
		}
	}
}

func promised(st *sentence, i int) bool {
	_, ok := promiseFrom(st, i)
	return ok
}

// nominalStart reports a word that opens a noun phrase, not an
// infinitive's verb: "to a", "to the", "to Israeli", "to 20".
func nominalStart(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "PRP$", "CD", "JJ", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// passiveNamedVictim reports a passive verb at head whose subject ends
// in a person's name: "Kim Jong Nam was killed", "nuclear scientist
// Mostafa Ahmadi Roshan was killed" (not "two people were killed", nor a
// place or group: "Kyiv was hit").
func passiveNamedVictim(st *sentence, head int) bool {
	toks := st.toks
	k := head - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lemma != "be" || toks[k-1].Tag != "NNP" {
		return false
	}
	if m := st.at[k-1]; m >= 0 {
		return st.ments[m].Person || st.ments[m].Kind == actors.KindPerson
	}
	return k >= 2 && toks[k-2].Tag == "NNP" // a name the dictionaries do not know: two capitalised words at least
}
