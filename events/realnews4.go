package events

// Rules from a fourth judged random sample of events coded from the real
// news corpora: a weapon's strike told in a finite clause after "after" is
// an event; what a rejection refuses is not done; a country and "the"
// government after it share no role; a subject stands before a dash aside
// or a relative clause; people captured are detained or abducted, not
// occupied; a guessed intent is hypothetical; a bare "the court" is the
// international court named before; the last of a list of people met is a
// party; "after being urged by X" targets the clause's subject; a
// speaker's certainty is no deed; people killed while fighting are
// victims; a promise's infinitive is its maker's intent; a participle
// after the subject ("a soldier arrested in Turkey has …") is passive.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// finiteNoun reports a noun pattern whose matched words end in a finite
// verb ("missiles struck", "drones hit"): a clause with the weapon as its
// subject, coded even after "after" or "before" as CODING.md codes finite
// clauses in time phrases ("condemned the attack after Russian missiles
// struck Kharkiv").
func finiteNoun(toks []dyad.Token, end int) bool {
	if end < 1 || end > len(toks) {
		return false
	}
	switch toks[end-1].Tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// actModifier reports a word the tagger may take for a noun or verb that
// only qualifies the act after it: "rejected new EU sanctions", "vetoed
// the proposed sanctions", "blocked further aid".
func actModifier(t dyad.Token) bool {
	switch t.Lower {
	case "new", "fresh", "further", "additional", "extra", "more", "tougher", "harsher", "wider", "broader",
		"proposed", "planned", "draft", "latest", "any", "all", "sweeping", "punitive":
		return true
	}
	return false
}

// unshareRoles undoes a role the matcher shared over a coordination with
// a singular agent after "the": "in northern Syria, and the Syrian
// government condemned" names the country and one government, not two
// governments ("South Korean and US troops" shares its plural role).
// The first conjunct goes back to its country alone.
func unshareRoles(toks []dyad.Token, ms []actors.Mention) {
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], ms[k+1]
		if m.Kind != actors.KindAgent || n.Kind != actors.KindAgent || m.Unresolved || n.Unresolved || m.Person || len(m.Country) != 3 || m.Code == m.Country {
			continue
		}
		if n.End > len(toks) || n.Start <= m.End || n.Start-m.End > 3 || toks[n.End-1].Tag != "NN" {
			continue
		}
		the := toks[n.Start].Lower == "the"
		for j := m.End; j < n.Start; j++ {
			switch toks[j].Lower {
			case "the":
				the = true
			case ",", "and", "or":
			default:
				the = false
				j = n.Start
			}
		}
		if !the {
			continue
		}
		for j := m.Start; j < m.End; j++ {
			if toks[j].Tag != "NNP" || agentWord(toks[j].Lower) {
				the = false
			}
		}
		if the {
			m.Code, m.Sectors, m.Kind = m.Country, nil, actors.KindCountry
		}
	}
}

// agentWord reports a role noun that may be written capitalised inside a
// mention ("Army", "Government", "Navy").
func agentWord(w string) bool {
	switch w {
	case "government", "army", "navy", "police", "ministry", "parliament", "forces", "military", "president", "minister":
		return true
	}
	return false
}

// pastDashAside returns the token before an aside set off by dashes that
// ends at j ("two Swiss guides who survived the flood - in which 14
// Australians died - have denied": the subject stands before the aside),
// or j itself when toks[j] closes no such aside. The aside is at most 25
// tokens long and a clause or phrase of its own (clauseAside); a name
// list between dashes is the subject in apposition.
func pastDashAside(toks []dyad.Token, j int) int {
	if j < 0 || !dash(toks[j].Text) {
		return j
	}
	for k := j - 1; k > 0 && k >= j-25; k-- {
		if dash(toks[k].Text) {
			if k+1 < j && clauseAside(toks[k+1:j]) {
				return k - 1
			}
			return j // "the three guarantors – Russia, Turkey and Iran – have spurned": the subject itself
		}
		if toks[k].Text == ";" || toks[k].Text == ":" {
			break
		}
	}
	return j
}

func dash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// relativeEnd reports a finite verb at j, right before the verb whose
// subject is sought, that ends a relative clause opened by who, which or
// that within the 12 tokens before ("the guides who survived the flood in
// which 14 Australians died have denied"): the actor inside the relative
// clause is its own subject, not the main verb's; the antecedent before
// the pronoun is, and it is no actor here.
func relativeEnd(st *sentence, i, j int) bool {
	toks := st.toks
	if t := toks[i].Tag; t == "VBG" || t == "VB" {
		return false // "after villagers began protesting": a verb's complement
	}
	switch toks[j].Tag {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	if isAux(toks[j]) || st.at[j] >= 0 {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		switch toks[k].Lower {
		case "who", "which", "whom", "whose", "that":
			return true
		}
		if toks[k].Text == ";" || toks[k].Text == ":" {
			return false
		}
	}
	return false
}

// capturedPeople returns the code of a capture or seizure (192, 171)
// whose target is armed or official people rather than ground ("rebels
// captured two Nigerian soldiers", "British citizens captured by the
// SDF", "schoolgirls seized by the extremists"): a state's forces,
// police or agents detain them (173, as the gold codes "Turkey's
// intelligence agency captured a senior Islamic State commander"); anyone
// else abducts them (181). "" when the rule does not apply: a town, a
// base ("captured a Syrian army base"), or no people named.
func capturedPeople(st *sentence, h *verbHit) string {
	if h.code != "192" && h.code != "171" || len(h.target) == 0 || len(h.source) == 0 {
		return ""
	}
	switch st.toks[h.head].Lemma {
	case "capture", "seize", "snatch", "grab":
	default:
		return ""
	}
	t := h.target[0]
	if t.Place || t.Modifier || t.End < 1 || t.End > len(st.toks) || !prisonerNoun(st.toks[t.End-1].Lower) {
		return ""
	}
	if !h.passive && t.End < len(st.toks) && strings.HasPrefix(st.toks[t.End].Tag, "NN") {
		return "" // "captured the rebels' stronghold"
	}
	if hasSector(h.source[0], "GOV", "MIL", "COP", "SPY", "JUD") && !hasSector(h.source[0], "REB") {
		return "173"
	}
	return "181"
}

// prisonerNoun reports a plural or singular noun for people that a capture
// takes as prisoners.
func prisonerNoun(w string) bool {
	switch w {
	case "soldier", "soldiers", "troops", "officer", "officers", "fighter", "fighters", "militant", "militants", "rebels", "rebel",
		"commander", "commanders", "members", "member", "citizens", "citizen", "nationals", "schoolgirls", "girls", "students",
		"civilians", "policemen", "police", "pilot", "pilots", "sailors", "marines", "servicemen", "official", "officials",
		"journalist", "journalists", "workers", "hostages", "people", "men", "women", "children", "jihadists", "insurgents", "guards":
		return true
	}
	return false
}

// speculated reports an intent verb at i that the text only guesses at:
// under a modal of possibility ("Russia may be preparing to attack",
// "China might be planning to blockade", "could be readying") or an
// appearance or belief ("appears to be preparing", "is believed to be
// planning"). The act it introduces is hypothetical, as "could strike"
// is, and no threat of the subject's.
func speculated(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		switch {
		case (t.Lower == "may" || t.Lower == "might" || t.Lower == "could") && t.Tag == "MD" && t.Text != "May":
			return true
		case t.Lower == "to" && k >= 1 && appearVerb(toks[k-1]):
			return true // "appears to be preparing"
		case t.Lemma == "be" || t.Lemma == "have" || t.Lower == "been" || t.Tag == "RB" || t.Lower == "to" && k+1 < len(toks) && toks[k+1].Lemma == "be":
			continue
		default:
			return false
		}
	}
	return false
}

// appearVerb reports a verb of appearance or belief before "to be"
// ("appears", "seemed", "is believed", "is thought", "are said").
func appearVerb(t dyad.Token) bool {
	switch t.Lower {
	case "appear", "appears", "appeared", "seem", "seems", "seemed", "believed", "thought", "rumoured", "rumored", "suspected":
		return true
	}
	return false
}

// clauseAside reports an aside that is a clause or a prepositional phrase
// ("in which 14 Australians died", "who fled in 2015", "in different
// circumstances"), not a noun phrase in apposition.
func clauseAside(toks []dyad.Token) bool {
	if isPreposition(toks[0].Lower) {
		return true
	}
	for _, t := range toks {
		switch t.Lower {
		case "who", "which", "whom", "whose", "where", "when":
			return true
		}
		if finite(t.Tag) {
			return true
		}
	}
	return false
}

// lastCourtKey is the key under which the article context's names map
// keeps the last court named, national or international.
const lastCourtKey = "\x00court"

// lastCourt returns the international court a bare "the court" or "the
// tribunal" at mention m means: the court the story named last, when it
// was an organisation ("The International Court of Justice ruled … The
// court agreed with South Africa": IGOUNOICJ, not the story's state's
// judiciary). A national court named last leaves m to the other rules.
func (ctx *articleCtx) lastCourt(toks []dyad.Token, m actors.Mention) (actors.Mention, bool) {
	if m.End < 1 || m.End > len(toks) || !courtWord(toks[m.End-1].Lower) || m.End-m.Start > 2 {
		return actors.Mention{}, false
	}
	g, ok := ctx.names[lastCourtKey]
	if !ok || g.Kind != actors.KindOrg || g.Code == "" {
		return actors.Mention{}, false
	}
	return g, true
}

func courtWord(w string) bool { return w == "court" || w == "tribunal" }

// namesCourt reports a mention of a court: a role ending in "court" ("the
// Supreme Court", "a Paris court") or an organisation with "Court" or
// "Tribunal" in its name ("the International Court of Justice").
func namesCourt(toks []dyad.Token, m actors.Mention) bool {
	if m.End <= m.Start || m.End > len(toks) {
		return false
	}
	if courtWord(toks[m.End-1].Lower) {
		return true
	}
	if m.Kind != actors.KindOrg {
		return false
	}
	for _, t := range toks[m.Start:m.End] {
		if courtWord(t.Lower) {
			return true
		}
	}
	return false
}

// namesListed reports an actor at token k that ends a list of people met
// right after a meeting verb, the names before it no actor the
// dictionary knows ("had earlier met Federal Reserve Board Chairman Paul
// Volcker and U.S. Treasury Secretary James Baker": the meeting is with
// Baker too).
func namesListed(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if toks[h.head].Lemma != "meet" || k-1 <= h.head+1 || toks[k-1].Lower != "and" && toks[k-1].Text != "," {
		return false
	}
	for j := h.head + 1; j < k-1; j++ {
		if t := toks[j]; !startsUpperASCII(t.Text) && t.Text != "," || st.at[j] >= 0 {
			return false
		}
	}
	return true
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

// beliefClause reports a verb in the clause after a speaker's certainty
// ("Yildirim said he was sure Russia and Iran shared its view", "is
// convinced that Tehran will help"): what the speaker believes, not a
// deed of the clause's subject. The adjective follows a form of "be"
// ("made sure that aid reached Gaza" is a deed), at most 18 tokens
// before the verb ("he was sure Turkey's new partners in the peace
// process – Russia and Iran – shared its view"), with no clause break or
// other finite verb between.
func beliefClause(st *sentence, i int) bool {
	toks := st.toks
	for k := i - 1; k >= 1 && k >= i-18; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Text == "," && k < i-1 || finite(t.Tag) && k < i-1 && !isAux(t) {
			return false
		}
		switch t.Lower {
		case "sure", "convinced", "certain", "confident":
		default:
			continue
		}
		b := k - 1
		for b > 0 && toks[b].Tag == "RB" {
			b--
		}
		return toks[b].Lemma == "be" && k < i-1
	}
	return false
}

// diedFighting reports a gerund right after a participle of death or
// capture that follows its noun ("Britons killed fighting Isis", "men
// who died fighting Islamic State", "volunteers wounded fighting"): how
// the victims came to harm, background to the sentence, no attack of
// theirs coded as news.
func diedFighting(toks []dyad.Token, i int) bool {
	if i >= 1 && i+1 < len(toks) && toks[i+1].Tag == "VBG" && strings.HasPrefix(toks[i-1].Tag, "NN") {
		switch toks[i].Lower {
		case "killed", "wounded", "injured", "captured":
			return true // the participle itself: "Britons killed fighting Isis" is no killing by the Britons
		}
	}
	if i < 2 || toks[i].Tag != "VBG" {
		return false
	}
	switch toks[i-1].Lower {
	case "killed", "died", "wounded", "injured", "captured", "martyred":
	default:
		return false
	}
	p := toks[i-2]
	return strings.HasPrefix(p.Tag, "NN") || p.Lower == "who"
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

// subjectReduced reports a past form at i that is a passive participle
// modifying the subject of a later verb ("a former British soldier
// arrested in Turkey after fighting against Isis have begged", "two
// Iranian diplomats expelled from Germany last week returned"): a noun
// before it, a preposition or date word after it (no object), and a
// finite verb later in the same clause with no comma, conjunction or
// subordinator between. The noun is the act's target, not its source.
func subjectReduced(st *sentence, i, end int) bool {
	toks := st.toks
	if toks[i].Tag != "VBD" && toks[i].Tag != "VBN" || i == 0 || i+2 >= len(toks) || end > i+1 || st.lex.PastOnly(toks[i].Lower) {
		return false // ("went on strike": a pattern of more words is the active verb's)
	}
	switch toks[i].Lower {
	case "went", "came", "ran", "began", "fled", "rose", "fell", "took", "gave", "saw", "spoke", "wrote", "flew", "drove", "met", "sent":
		return false // a past tense, never a participle (or too rarely one)
	}
	if p := toks[i-1]; !(p.Tag == "NNS" || p.Tag == "NNPS" || p.Tag == "NN" && !startsUpperASCII(p.Text) || st.at[i-1] >= 0 && !st.ments[st.at[i-1]].Place) {
		return false
	}
	switch toks[i+1].Lower {
	case "in", "from", "at", "on", "during", "after", "last", "earlier", "over", "since", "near", "inside":
	default:
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if finite(toks[k].Tag) || toks[k].Tag == "MD" || toks[k].Text == "," || toks[k].Lower == "and" {
			return false // the participle follows a verb or a break: no subject position
		}
	}
	inPP := false
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		t := toks[k]
		if st.isDate[k] {
			inPP = false // "last week", "on Monday": what follows needs its own preposition
			continue
		}
		if k > i+1 && (finite(t.Tag) || t.Tag == "MD") && st.at[k] < 0 {
			p := toks[k-1]
			return strings.HasPrefix(p.Tag, "NN") || st.at[k-1] >= 0 || st.isDate[k-1] // "… against Isis have begged" (not "over unpaid wages")
		}
		if opensClause(toks, k) {
			return false // "Thai troops fired on Cambodian positions while Cambodia shelled …": that verb is the clause's (second6.go)
		}
		switch {
		case t.Tag == "IN" && t.Lower != "that":
			inPP = true
		case inPP && (st.at[k] >= 0 || t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "VBG" || t.Tag == "RB"):
		default:
			return false // an object or a clause of the verb's own: "rejected on Thursday a demand", "refused on Monday to release"
		}
	}
	return false
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
			switch st.toks[st.ments[m].End].Lower {
			case "custody", "detention", "jail", "jails", "prison", "prisons":
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
			switch st.toks[t[0].End-1].Lower {
			case "diplomat", "diplomats", "ambassador", "envoy", "envoys", "attache", "attaché":
				h.code = "161" // expelling diplomats (CODING.md)
			}
		}
		return []actors.Mention{g}
	}
	return nil
}

// expectedAct reports an act at i that someone else only expects, hopes,
// wants or fears of its subject ("I would expect the foreign secretary
// to urge the Americans", "Washington expects Israel to allow more aid",
// "Officials hope Hamas will release more hostages"): no deed and no
// intent of the subject's. The act is an infinitive after the expecting
// verb and a noun phrase, or a clause with a modal after a verb of hope,
// fear or belief.
func expectedAct(st *sentence, i int) bool {
	toks := st.toks
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 2 {
		return false
	}
	inf := toks[k].Lower == "to"
	if !inf && toks[k].Tag != "MD" {
		return false
	}
	j, np := k-1, 0
	for j >= 0 && j > k-10 && (st.at[j] >= 0 || npWord(toks[j])) {
		j, np = j-1, np+1
	}
	if np == 0 || j < 0 {
		return false
	}
	if !inf && toks[j].Lower == "that" && j > 0 {
		j--
	}
	if !strings.HasPrefix(toks[j].Tag, "VB") || st.at[j] >= 0 {
		return false
	}
	switch l := toks[j].Lemma; {
	case inf:
		return l == "expect" || l == "want" || l == "wish" || l == "hope" || l == "need" || l == "prefer"
	default:
		return l == "hope" || l == "expect" || l == "fear" || l == "believe" || l == "think" || l == "predict" || l == "anticipate" || l == "suspect"
	}
}

// npWord reports a word inside a plain noun phrase: determiners,
// adjectives, nouns, names, numbers, possessives and brackets.
func npWord(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$":
		return true
	}
	return t.Text == "[" || t.Text == "]"
}

// demandContent reports an act named as the content of a demand or call
// ("would not bow to demands to recognise the country", "resisted calls
// to resign"): asked for, not done; the demand is its own event where a
// verb codes it. A demand whose maker is named before it is left to the
// rules that code that demand.
func demandContent(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	switch toks[i-2].Lower {
	case "demands", "demand", "calls", "call", "appeals", "appeal", "requests", "request", "pressure", "pleas", "plea", "ultimatum":
	default:
		return false
	}
	for k := i - 3; k >= 0 && k >= i-5; k-- {
		if st.at[k] >= 0 || isPossTok(toks[k]) {
			return false // "a European Union demand to withdraw": the demander's request is coded from it (rejectedRequest)
		}
	}
	return true
}

// clauseOfPronoun returns the first token of the coordinate clause that
// holds the pronoun at i, after the last "but", "while", "whereas" or
// semicolon before it, when an actor stands between that word and the
// pronoun ("The southern part of Cyprus is an EU member, but Turkey,
// which occupies northern Cyprus, had insisted it would not bow": it is
// Turkey); 0 otherwise, the whole sentence.
func clauseOfPronoun(toks []dyad.Token, ms []actors.Mention, i int) int {
	b := -1
	for k := i - 1; k > 0; k-- {
		if w := toks[k].Lower; w == "but" || w == "while" || w == "whereas" || w == ";" {
			b = k
			break
		}
	}
	if b < 0 {
		return 0
	}
	for _, m := range ms {
		if m.Start > b && m.Start < i && (m.Country != "" || m.Kind == actors.KindOrg) && !m.Person && !m.Modifier && !m.Place {
			return b + 1
		}
	}
	return 0
}
