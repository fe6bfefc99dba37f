package events

// Sources read through the structure of the sentence: the named members of
// an unnamed collective ("Several Western donors, including the United
// States and Germany, paused"), the subject a list of predicates or a
// coordinated verb shares, "the two leaders" or "both sides" as the two
// parties named before, the state whose weapon a noun event names, a unit
// named with a possessive pronoun ("its Northern Fleet"), the user of
// means ("used drones to attack"), protesters told by a participle after
// the act, and a subject named by its possessor ("the rebels and their
// families").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// listPossessor returns the actor a "their" agent joined to it belongs
// to: "Islamic State fighters and their families", "the rebels with their
// supporters". The agent is that actor's people: of its state when it has
// one, of none when it has none (a transnational group), never of a state
// named later in the sentence ("surrendered to the US-backed forces").
// ok is false when m is no such agent.
func listPossessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) (r *actors.Mention, ok bool) {
	if m.Start < 3 || toks[m.Start-1].Lower != "their" {
		return nil, false
	}
	if w := toks[m.Start-2].Lower; w != "and" && w != "with" {
		return nil, false
	}
	for j := len(before) - 1; j >= 0; j-- {
		if b := &before[j]; b.End == m.Start-2 && !b.Modifier && !b.Place && !b.Unresolved {
			return b, true
		}
	}
	return nil, false
}

// listedVerb returns the verb whose subject a finite verb at i shares in
// a comma list of predicates, "S V1 O, V2 …": "Britain praised Erdoğan,
// sold him arms and traded with his regime", "the government appeases
// Erdoğan, sells him arms". The actor before the comma is V1's object,
// not V2's subject. V1 must have V2's tense and stand right before the
// object (past a determiner or a count: "expelled two Djiboutian
// diplomats"), and the object may carry the first act's date before the
// comma ("Eritrea expelled two Djiboutian diplomats on Friday, moved tanks
// up to the border and demanded …": Eritrea moves and demands, not the
// diplomats); a speech verb after the comma ("…, said a spokesman") is an
// attribution, not a listed act. -1 when i is no such verb.
func listedVerb(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || toks[i-1].Text != "," || toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" || i+1 < len(toks) && toks[i+1].Lower == "by" {
		return -1 // (a participle with its agent: "…, accused by the government of plotting")
	}
	if speechLemma(toks[i].Lemma) {
		return -1
	}
	e := i - 2
	for e > 0 && st.isDate[e] && st.at[e] < 0 {
		e-- // the first act's date: "expelled two diplomats on Friday, moved"
	}
	m := st.at[e]
	if m < 0 || st.ments[m].End != e+1 || st.ments[m].Modifier {
		return -1
	}
	k := st.ments[m].Start - 1
	if k >= 2 && (toks[k].Lower == "from" || toks[k].Lower == "in" || toks[k].Lower == "to") {
		// the object's own phrase: "recalled its ambassador from Chad"
		if p := st.at[k-1]; p >= 0 && st.ments[p].End == k && !st.ments[p].Modifier {
			k = st.ments[p].Start - 1
		}
	}
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Tag == "PRP$" || toks[k].Tag == "CD" || toks[k].Tag == "DT") {
		k--
	}
	if k < 1 || st.at[k] >= 0 || toks[k].Tag != toks[i].Tag {
		return -1
	}
	return k
}

// plainPluralSubject reports a plural common noun before token i that is
// no actor and is followed by its verb ("Dozens of highly motivated
// cadres are thought to have reached Europe, where they remain …",
// "Verification officers check what they receive"): the nearest subject
// a later "they" of the sentence means, so "they" is not the actor of an
// earlier sentence.
func plainPluralSubject(toks []dyad.Token, ms []actors.Mention, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Tag != "NNS" || mentionAt(ms, k) != nil || !subjectAt(toks, k+1) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Tag != "VBP" && toks[k+1].Tag != "VBD" && toks[k+1].Tag != "MD" && toks[k+1].Tag != "RB" {
			continue // "sanctions imposed": a participle, not the verb
		}
		return true
	}
	return false
}

// verbParticle reports the particle of a phrasal verb at k, right after
// its verb: "handed over", "carried out", "shut down", "rounded up".
func verbParticle(toks []dyad.Token, k int) bool {
	if k == 0 || !strings.HasPrefix(toks[k-1].Tag, "VB") {
		return false
	}
	if toks[k].Tag == "RP" {
		return true
	}
	switch toks[k].Lower {
	case "over", "out", "up", "down", "off", "back":
		return true
	}
	return false
}

// modalBetween reports a modal among the tokens after j and before i
// ("the two will sign": "will" between "two" and "sign").
func modalBetween(toks []dyad.Token, j, i int) bool {
	for x := j + 1; x < i; x++ {
		if toks[x].Tag == "MD" {
			return true
		}
	}
	return false
}

// twoParties returns the two parties that a subject "the two leaders",
// "both sides", "the two countries" ending at token j refers to: the
// source and target of the last earlier act of the sentence, or its two
// sources ("Brazil's president held talks with his Chinese counterpart
// and the two leaders signed a dozen trade agreements": both sign, each
// with the other). Nil when j ends no such phrase or no earlier act has
// exactly two parties, or when the verb at i restates that act with the
// same root (the call "the two men discussed").
func (c *Coder) twoParties(st *sentence, i, j int) []actors.Mention {
	toks := st.toks
	if j < 1 || st.at[j] >= 0 && !pairedForces(st, j) {
		return nil
	}
	k := j - 1
	switch toks[j].Lower {
	case "leaders", "sides", "countries", "nations", "men", "women", "ministers", "presidents", "governments",
		"delegations", "neighbours", "neighbors", "states", "allies", "rivals", "heads",
		"armies", "militaries", "navies": // "officers from both armies met": the two forces that fought (pairedForces)
		if toks[k].Tag == "JJ" && k > 0 && toks[k].Lower != "two" {
			k-- // "the two foreign ministers"
		}
	case "two", "pair", "duo":
		// "held talks on Monday, and the two signed …": the pronoun
		// alone, right before a finite verb ("the pair agreed", "the
		// duo signed" too) or a modal's verb ("the two will sign");
		// not "the two agreed on Sweden selling jets" (a plan, no
		// accord signed)
		switch toks[i].Tag {
		case "VBD", "VBN", "VBZ", "VBP", "MD":
		case "VB":
			if !modalBetween(toks, j, i) {
				return nil
			}
		default:
			return nil
		}
		if toks[i].Lemma == "agree" && i+1 < len(toks) && toks[i+1].Lower == "on" {
			return nil
		}
		k = j
	default:
		return nil
	}
	switch {
	case toks[k].Lower == "both":
	case (toks[k].Lower == "two" || toks[k].Lower == "pair" || toks[k].Lower == "duo") && k > 0 && toks[k-1].Lower == "the":
	default:
		return nil
	}
	for g := len(st.hits) - 1; g >= 0; g-- {
		h := st.hits[g]
		if h.head >= k || len(h.source) == 0 {
			continue
		}
		var pair []actors.Mention
		switch {
		case len(h.source) == 2 && len(h.target) == 0:
			pair = []actors.Mention{h.source[0], h.source[1]}
		case len(h.source) == 1 && len(h.target) == 1:
			pair = []actors.Mention{h.source[0], h.target[0]}
		case len(h.source) == 1 && len(h.target) == 2 && st.words.statePlurals[toks[j].Lower]:
			// "imposed tariffs on Mexico and Canada, and both countries
			// said they would retaliate": the two of the list
			pair = []actors.Mention{h.target[0], h.target[1]}
		default:
			return nil
		}
		if pair[0].Code == pair[1].Code || pair[0].Modifier || pair[1].Modifier {
			return nil
		}
		if k == j && c.quad(h.code) > 2 {
			return nil // a bare "the two" after talks or a deal, not after an arrest of two people
		}
		for _, cur := range st.hits {
			if cur.head == i && cameo.Root(cur.code) == cameo.Root(h.code) {
				return nil // "spoke by phone, and the two men discussed the war": the same call
			}
		}
		return pair
	}
	return c.namedPair(st, k) // (twoparties.go)
}

// protestParticiple reports a protest participle right after the actor
// it tells the act of ("fired tear gas at opposition supporters marching
// in Mombasa", "at students protesting against power cuts"): unlike other
// participles after an object (objectParticiple: "support rebel forces
// opposing the regime"), the crowd's march is an event of its own, as the
// gold sets code it (ev0627, ev0633, d4t003, d5p036; d20112 alone leaves
// it out).
func protestParticiple(st *sentence, h *verbHit) bool {
	return protestersDoing(st, h) != nil
}

// protestersDoing returns the actor a protest participle (root 14) right
// after it marches or protests (see protestParticiple), or the workers a
// "striking" right after them tells the strike of (strikingCrowd), or nil.
func protestersDoing(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || h.p.Noun || cameo.Root(h.code) != "14" && !strikingCrowd(st, h) || h.head == 0 {
		return nil
	}
	m := st.at[h.head-1]
	if m < 0 || st.ments[m].End != h.head || st.ments[m].Modifier || st.ments[m].Place {
		return nil
	}
	return []actors.Mention{st.ments[m]}
}

// namedBefore reports a mention of code before token i of the sentence,
// as a modifier too ("struck Houthi targets … after the group fired").
func namedBefore(ms []actors.Mention, i int, code string) bool {
	for _, m := range ms {
		if m.Start < i && m.Code == code {
			return true
		}
	}
	return false
}

// clauseOpener reports a word that opens an adverbial clause with its own
// subject and verb ("while Cambodia shelled Thai villages", "because
// Hezbollah fired rockets"): a finite verb past it is that clause's, not
// the main verb a participle before it would need.
func clauseOpener(w string) bool {
	switch w {
	case "while", "whereas", "although", "though", "because", "if", "unless", "when":
		// (not "after", "before", "as": often a phrase's preposition, "jailed
		// in Turkey after joining a Kurdish group has fled")
		return true
	}
	return false
}

// onlyVerb reports a past form at i with no finite verb before it in the
// sentence and none after it outside the adverbial clauses that follow
// ("while Cambodia shelled Thai villages"; see opensClause): the
// clause's own verb, which a participle tag cannot make a reduced
// relative ("Protesters arrested in Tbilisi when police broke up the
// rally were freed" still has its main verb).
func onlyVerb(st *sentence, i int) bool {
	toks := st.toks
	for k := 0; k < i; k++ {
		if (finite(toks[k].Tag) || toks[k].Tag == "MD") && st.at[k] < 0 {
			return false
		}
	}
	sub := false     // inside an adverbial clause, before its own verb
	pending := false // that clause's verb says or thinks: its complement's verb comes next
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text == ";" {
			return true
		}
		if opensClause(toks, k) || actorClause(st, k) && !mainVerbAfter(st, k) || pronounClause(toks, k) {
			sub = true
			continue
		}
		if (finite(t.Tag) || t.Tag == "MD") && st.at[k] < 0 {
			if pending {
				pending = false // "after the government said it would suspend talks": "would" is the reported clause's
				continue
			}
			if !sub {
				return false
			}
			sub, pending = false, complementVerb(t.Lemma)
		}
	}
	return true
}

// pronounClause reports a subject pronoun at k ("he", "she", "we",
// "they") right before a finite verb and not after a comma: the verb is
// that pronoun's, in a clause of its own ("marched in Tegucigalpa on
// Monday against decrees they said would open hospitals to
// privatisation": a contact relative clause), so it is no main verb that
// would make a past form before it a reduced relative. The tagger reads
// "marched" as a participle when such a later verb follows; the doctors
// still march (CODING.md: the source is the actor who does the act). A
// pronoun after a comma may open an aside ("…, they said, were freed"),
// left as it was.
func pronounClause(toks []dyad.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k-1].Text == "," {
		return false
	}
	switch toks[k].Lower {
	case "he", "she", "we", "they":
	default:
		return false
	}
	n := toks[k+1]
	return finite(n.Tag) || n.Tag == "MD"
}

// opensClause reports a clause opener at k (see clauseOpener) followed by
// a subject, not a gerund or a participle ("while covering the
// protests", "when asked", "if needed").
func opensClause(toks []dyad.Token, k int) bool {
	if !clauseOpener(toks[k].Lower) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.Tag != "VBG" && !strings.HasSuffix(n.Lower, "ing") && !strings.HasPrefix(n.Tag, "VB") && n.Tag != "IN" && n.Tag != ","
}

// actorClause reports "after", "before", "as", "since" or "until" at k
// opening a clause whose subject is an actor named right after it (past
// "the") and whose finite verb follows that actor at once, past adverbs
// and a date: "protested in Tbilisi after the government suspended
// talks", "rallied in Belgrade as police fired tear gas". Such a clause
// has its own subject and verb, as a "while" clause has; without an
// actor subject the word stays a preposition ("arrested in Turkey after
// a clash has fled", "jailed after joining a Kurdish group").
func actorClause(st *sentence, k int) bool {
	toks := st.toks
	switch toks[k].Lower {
	case "after", "before", "as", "since", "until":
	default:
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j >= len(toks) || st.at[j] < 0 {
		return false
	}
	m := st.ments[st.at[j]]
	if m.Place || m.Modifier || m.Possessive {
		return false
	}
	v := m.End
	for v < len(toks) && (toks[v].Tag == "RB" || st.isDate[v]) {
		v++
	}
	return v < len(toks) && (finite(toks[v].Tag) || toks[v].Tag == "MD") && st.at[v] < 0
}

// mainVerbAfter reports a finite verb after the clause that the actor
// clause at k opens (actorClause), other than a verb of saying after a
// comma ("…, officials said"): the verb a reduced relative before the
// clause still needs ("Kurds detained in Turkey after police raided
// their homes were released", "… raided their homes said they were
// beaten").
func mainVerbAfter(st *sentence, k int) bool {
	toks := st.toks
	seen := false       // the clause's own verb
	comma := false      // a comma after it: a verb of saying past it attributes
	complement := false // the clause's verb says or thinks: the next verb is its complement's
	for j := k + 1; j < len(toks); j++ {
		t := toks[j]
		if seen && t.Text == "," {
			comma, complement = true, false
		}
		if !(finite(t.Tag) || t.Tag == "MD") || st.at[j] >= 0 {
			continue
		}
		if !seen {
			seen = true
			complement = complementVerb(t.Lemma)
			continue
		}
		if complement {
			// "after the government said it would suspend talks": "would"
			// is the reported clause's verb, no main verb
			complement = false
			continue
		}
		switch t.Lemma {
		case "say", "tell", "report", "add", "announce", "confirm":
			if comma {
				continue // "…, officials said"
			}
		}
		return true
	}
	return false
}

// complementVerb reports a verb of saying or thinking whose finite
// complement clause follows it ("said it would", "warned they will"):
// that clause's verb or modal is no main verb of the sentence
// (mainVerbAfter).
func complementVerb(lemma string) bool {
	switch lemma {
	case "say", "tell", "announce", "warn", "claim", "insist", "confirm", "report", "add", "believe", "fear", "think", "vow", "pledge", "promise", "threaten", "signal", "indicate", "state", "declare", "deny":
		return true
	}
	return false
}

// includedMembers returns the actors named as members of the unnamed
// collective whose head noun is at k, when the collective is the subject
// of the verb at i: "Several Western donors, including the United States
// and Germany, paused funding" (USA, DEU), "World leaders including Trump
// and Erdogan signed", "More than 20 countries, among them Britain and
// Japan, demanded". The collective itself is no actor (CODING.md: unnamed
// collectives are not actors); the members it names act. The head must
// be a plural noun opening the clause, and the list must run up to the
// verb (past commas, adverbs and dates); nil otherwise.
func (c *Coder) includedMembers(st *sentence, k, i int) []actors.Mention {
	toks := st.toks
	if k < 0 || k+2 >= i || toks[k].Tag != "NNS" || st.at[k] >= 0 {
		return nil
	}
	// the collective opens the clause: "Several Western donors", "More
	// than 20 countries", "Dozens of governments"
	b := k - 1
	for b >= 0 && st.at[b] < 0 && (toks[b].Tag == "JJ" || toks[b].Tag == "JJR" || toks[b].Tag == "JJS" || toks[b].Tag == "DT" || toks[b].Tag == "CD" ||
		toks[b].Tag == "NN" || toks[b].Tag == "NNS" || toks[b].Tag == "NNP" || toks[b].Lower == "than" || toks[b].Lower == "of" || toks[b].Lower == "some") {
		b--
	}
	if b >= 0 && st.at[b] >= 0 && st.ments[st.at[b]].Modifier && (toks[b].Tag == "JJ" || toks[b].Tag == "NNP") {
		for b >= 0 && st.at[b] >= 0 && st.ments[st.at[b]].Modifier {
			b-- // "Several Western donors", "European leaders" (a modifier is no member)
		}
		for b >= 0 && st.at[b] < 0 && (toks[b].Tag == "JJ" || toks[b].Tag == "DT" || toks[b].Tag == "CD") {
			b--
		}
	}
	if b >= 0 && toks[b].Text != "-" && toks[b].Text != "—" && toks[b].Text != "–" {
		return nil
	}
	j := k + 1
	if toks[j].Text == "," {
		j++
	}
	switch {
	case toks[j].Lower == "including":
		j++
	case toks[j].Lower == "among" && j+1 < i && toks[j+1].Lower == "them":
		j += 2
	case toks[j].Lower == "such" && j+1 < i && toks[j+1].Lower == "as":
		j += 2
	default:
		return nil
	}
	if j < i && toks[j].Lower == "the" {
		j++
	}
	if j >= i || st.at[j] < 0 {
		return nil
	}
	m := st.at[j]
	if mt := st.ments[m]; mt.Modifier || mt.Place && mt.Kind != actors.KindCountry {
		return nil
	}
	g := c.group(st, m)
	last := g[len(g)-1].End
	for e := last; e < i; e++ {
		if toks[e].Text != "," && !st.isDate[e] && toks[e].Tag != "RB" && toks[e].Tag != "MD" && !isAux(toks[e]) {
			return nil // the list must end at the verb
		}
	}
	return g
}

// gerundModifier returns the mention index of the nationality adjective
// or possessive that makes the gerund at i a noun ("in the Pakistani
// shelling", "in Russian firing and shelling", "after Israel's bombing"),
// past one act noun joined by "and" or "or"; -1 when the gerund has none
// or the mention is not after a determiner or preposition.
func gerundModifier(st *sentence, i int) int {
	toks := st.toks
	if toks[i].Tag != "VBG" || i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "JJ") {
		return -1 // "Iranian hacking groups": the gerund modifies a noun
	}
	k := i - 1
	if k >= 2 && (toks[k].Lower == "and" || toks[k].Lower == "or") && (toks[k-1].Tag == "VBG" || toks[k-1].Tag == "NN") {
		k -= 2
	}
	if k < 1 || st.at[k] < 0 {
		return -1
	}
	m := st.at[k]
	mt := st.ments[m]
	if !mt.Modifier && !mt.Possessive || mt.Place || mt.Start < 1 || mt.End != k+1 {
		return -1
	}
	if p := toks[mt.Start-1]; p.Tag != "DT" && p.Tag != "IN" {
		return -1
	}
	return m
}

// nounSourceOrWeapon is nounSource, and else the state whose weapon the noun
// event at i names past the words that describe the weapon (weaponState).
func (c *Coder) nounSourceOrWeapon(st *sentence, i int) []actors.Mention {
	if g := c.nounSource(st, i); len(g) > 0 {
		return g
	}
	return weaponState(st, i)
}

// weaponWord reports a word that names or describes a weapon or a
// strike by it, inside a noun phrase: "sea" in "a Ukrainian sea drone",
// "ballistic missile" in "a Russian ballistic missile strike", "drones"
// in "Russian drones and missiles".
//
// The words are [weapon words] of data/words.txt, and "and" and "," that
// join them.
func (v *vocab) weaponWord(w string) bool {
	return v.weaponWordList[w] || w == "and" || w == ","
}

// weaponState returns the state named by the nationality adjective or
// possessive (or the armed group named: "Houthi anti-ship missiles")
// before the weapon noun event at i when only words that
// describe the weapon stand between them: "A Ukrainian sea drone struck
// a Russian landing ship", "Russian drones and missiles hit energy
// facilities", "A Russian ballistic missile strike on a military academy
// killed …". nounSource takes only the word right before the noun; a
// weapon made elsewhere ("Iranian-made drones") is not its user's, and an
// owner of some other thing ("a Russian oil depot strike") stops the
// search. Nil when none.
func weaponState(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 2 || !st.words.weaponWord(toks[i].Lower) || toks[i].Lower == "attack" {
		return nil // (the head of "missile strikes" is the weapon's own event: "strikes" adds none)
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.End != k+1 || mt.Country == "" ||
				!(mt.Kind == actors.KindAdjective && mt.End == mt.Start+1 || mt.Possessive || mt.Kind == actors.KindOrg || st.words.weaponWord(toks[k].Lower) && toks[k].Tag == "NNS") {
				return nil // (an actor that is itself weapons: "Russian drones and missiles")
			}
			if strings.HasSuffix(toks[k].Lower, "-made") || strings.HasSuffix(toks[k].Lower, "-built") || strings.HasSuffix(toks[k].Lower, "-supplied") {
				return nil
			}
			if k == i-1 {
				return nil // nounSource's own case
			}
			return []actors.Mention{mt}
		}
		if !st.words.weaponWord(toks[k].Lower) || (toks[k].Lower == "and" || toks[k].Text == ",") && k == i-1 && !st.words.weaponWord(toks[i].Lower) {
			return nil
		}
	}
	return nil
}

// pastModifierClause finds the subject of a coordinated verb whose
// last verb k before the "and" at j belongs to a clause modifying a noun, not to the main clause: a
// reduced relative ("said it had foiled a coup plot organised from Ivory
// Coast and arrested several officers": the government arrested) or a
// relative clause closed by the comma before the "and" ("accused Russia
// of shooting at a jet that crashed in Kazakhstan, and demanded …",
// "condemned the raid, which killed 12 people, and called on Israel …").
// The main clause's verb before the modifier gives the subject. Without
// the comma a relative clause may go on ("diplomats who had spied on the
// army and fled") and is left alone. Nil when there is no such clause.
func (c *Coder) pastModifierClause(st *sentence, j, depth int) []actors.Mention {
	toks := st.toks
	if depth > 2 || j < 3 {
		return nil
	}
	start := -1
	k := j - 1
	for k >= 1 && k >= j-8 && (st.at[k] >= 0 || !strings.HasPrefix(toks[k].Tag, "VB")) {
		k--
	}
	if k >= 1 && k < j-1 && (toks[k].Tag == "VBN" || toks[k].Tag == "VBD") && st.at[k-1] < 0 && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") &&
		startsLowerASCII(toks[k-1].Text) && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO") {
		start = k // "a coup plot organised from Ivory Coast"
	}
	if start < 0 && toks[j-1].Text == "," && toks[j].Lower == "and" {
		for r := j - 2; r > 0 && r >= j-10; r-- {
			if w := toks[r].Lower; w == "that" || w == "which" || w == "who" {
				if p := toks[r-1]; st.at[r-1] >= 0 || p.Tag == "NN" || p.Tag == "NNS" || p.Text == "," {
					start = r // "a jet that crashed in Kazakhstan, and"
				}
				break
			}
			if toks[r].Text == "," || toks[r].Text == ";" || subjectStop(toks[r]) {
				break
			}
		}
	}
	if start < 0 {
		return nil
	}
	for v := start - 1; v >= 0 && v >= start-15; v-- {
		if subjectStop(toks[v]) || toks[v].Text == ";" {
			return nil
		}
		if st.at[v] < 0 && (finite(toks[v].Tag) || toks[v].Tag == "VBN" && v > 0 && isAux(toks[v-1])) {
			return c.subjectDepth(st, v, depth+1)
		}
	}
	return nil
}

// laterOwnCountry returns the state of a police force, prosecutor or
// court that the sentence names with no state of its own and that nothing
// before it places: the state of the first office holder or state body
// named after it, whom it acts on or who reports its act ("Prosecutors
// indicted President Yoon Suk Yeol", "Security forces detained 1,200
// people …, Attorney General Tarek William Saab said"). Police and
// prosecutors act at home (CODING.md: police act on their own state's
// people). People named only by a demonym ("two Americans"), places,
// modifiers and organisations give nothing: "" then.
func laterOwnCountry(later []actors.Mention) string {
	for _, o := range later {
		if o.Place || o.Modifier || o.Unresolved || len(o.Country) != 3 {
			continue
		}
		if o.Person || o.Kind == actors.KindPerson || hasSector(o, "GOV", "LEG", "JUD", "COP") && (o.Kind == actors.KindAgent || o.Kind == "title") {
			return o.Country
		}
	}
	return ""
}

// clauseCrowd returns the people who protest as a bare count opening a
// clause inside the sentence, the subject ending at j of the protest verb
// at i: "Serbian police clashed with protesters after tens of thousands
// rallied", "rail workers walked off the job as hundreds of thousands
// protested", "Kenyan police fired tear gas as thousands marched on
// parliament" (CVL). crowd does this for a count opening the sentence;
// here the count follows a conjunction or subordinator, and its state is
// the place the sentence names after it, else the one state every actor
// of the sentence belongs to (a domestic story); nil when the sentence
// names two states, or the verb is no protest (CAMEO root 14): "as
// thousands fled" is no event.
func (c *Coder) clauseCrowd(st *sentence, i, j int) []actors.Mention {
	toks := st.toks
	a, ok := countStart(toks, j)
	if !ok {
		return nil
	}
	protest := false
	for _, h := range st.hits {
		if h.head == i && cameo.Root(h.code) == "14" {
			protest = true
		}
	}
	if !protest {
		return nil
	}
	if a < 1 {
		return nil
	}
	switch toks[a-1].Lower {
	case "as", "after", "while", "when", "and", "before", "since", "until":
	default:
		return nil
	}
	country := c.crowdPlaceCountry(st, i+1)
	if country == "" {
		for _, m := range st.ments {
			if len(m.Country) != 3 {
				continue
			}
			if country != "" && m.Country != country {
				return nil // two states: whose people is unknown
			}
			country = m.Country
		}
		for k := 0; k < len(toks) && country != ""; k++ {
			if st.at[k] < 0 && k > 0 {
				if p, _, ok := c.placeAt(st, k, len(toks), 3); ok && len(p.Country) == 3 && p.Country != country {
					return nil // "Russian forces shelled Kharkiv as thousands protested"
				}
			}
		}
	}
	if country == "" {
		return nil
	}
	return []actors.Mention{c.crowdOf(st, a, j, country)}
}

// usedMeans returns the index of the verb "use" or "employ" whose object
// the infinitive marker "to" at k follows ("used Iranian drones to attack
// power stations", "accused the government of using federal agencies to
// arrest rivals"): the infinitive tells what was done with the means, so
// it happened as the verb of use did, and its subject is that verb's.
// Only a plain noun phrase may stand between, and the verb of use must
// be finite, perfect, or a gerund after "of", "by" or a comma (not "to
// use", "could use": an aim); -1 when there is none.
func usedMeans(st *sentence, k int) int {
	if st == nil || k < 2 || k >= len(st.toks) || st.toks[k].Lower != "to" {
		return -1
	}
	toks := st.toks
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		switch t.Lemma {
		case "use", "employ":
			if j == k-1 || !strings.HasPrefix(t.Tag, "VB") || j == 0 {
				return -1
			}
			switch p := toks[j-1].Lower; {
			case finite(t.Tag) && p != "to", t.Tag == "VBN" && isAux(toks[j-1]) && p != "be" && p != "been",
				t.Tag == "VBG" && (p == "of" || p == "by" || p == ","):
				return j // "used", "has used", "accused … of using"
			}
			return -1 // "wants Britain to use its influence to pressure": a wish
		}
		if st.at[j] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "CD" || t.Tag == "PRP$" || t.Text == "-" {
			continue
		}
		return -1
	}
	return -1
}

// namedUnitSource returns the force that a possessive pronoun and a
// proper unit name make the subject of the verb at i, in a clause
// reported by its owner: "Russia's defence ministry said its Northern
// Fleet had begun drills" (RUSMIL), "The Pentagon said its Central
// Command had struck" (USAMIL), "Japan said its Maritime Self-Defense
// Force had tracked" (JPNMIL). The unit's name is capitalised words
// ending in a unit word (Fleet, Command, Force, Army …) that the
// dictionary does not know; its owner is the state of the speaker of the
// nearest speech verb before it. Nil when any of that is missing.
func (c *Coder) namedUnitSource(st *sentence, i int) []actors.Mention {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || isAux(toks[j]) || toks[j].Tag == "MD") {
		j--
	}
	if j < 2 || st.at[j] >= 0 {
		return nil
	}
	switch toks[j].Text {
	case "Fleet", "Command", "Force", "Forces", "Army", "Navy", "Corps", "Guard", "Guards", "Brigade", "Division", "Flotilla":
	default:
		return nil
	}
	p := j - 1
	for p >= 0 && p > j-5 && st.at[p] < 0 && startsUpperASCII(toks[p].Text) {
		p--
	}
	if p < 1 || toks[p].Lower != "its" && toks[p].Lower != "their" {
		return nil
	}
	s := p - 1
	if s >= 0 && toks[s].Lower == "that" {
		s--
	}
	if s < 1 || !c.isSpeechOrCognition(toks[s]) || !strings.HasPrefix(toks[s].Tag, "VB") {
		return nil
	}
	g := c.subject(st, s)
	if len(g) != 1 || len(g[0].Country) != 3 {
		return nil
	}
	f := g[0]
	f.Code, f.Sectors = f.Country+"MIL", []string{"MIL"}
	f.Start, f.End, f.Kind = p, j+1, "coref"
	f.Span = [2]int{toks[p].Start, toks[j].End}
	f.Text = st.s.Text[f.Span[0]:f.Span[1]]
	return []actors.Mention{f}
}

// pairedForces reports the force noun at j, an agent mention of the noun
// alone or with "two" ("both armies", "the two militaries", "the two
// navies"), which names the two forces an earlier act of the sentence
// paired, not one state's: "Congolese and Rwandan soldiers exchanged
// fire, and officers from both armies later met" (CODMIL and RWAMIL
// meet, gold dev40-wire W40064).
func pairedForces(st *sentence, j int) bool {
	switch st.toks[j].Lower {
	case "armies", "militaries", "navies":
	default:
		return false
	}
	m := st.ments[st.at[j]]
	return m.Start == j || m.Start == j-1 && st.toks[j-1].Lower == "two"
}
