package events

// Sources kept apart from their verb: by a comma-delimited aside or a
// relative clause ("Amnesty International, in a report released on
// Thursday, accused", "Kenyan President William Ruto, who called the death
// heartbreaking, ordered"), by a dash aside, by a participle or adjective
// phrase after the head noun ("Protesters angered by a ban set fire"), by
// a "but" coordination; and bare counts of people opening the sentence
// ("Thousands rallied"), the civilians of the place the sentence names.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// infinitiveSpeaker reports the "to" at k of an infinitive speech verb
// at j = k+1 whose controller is the noun before it ("prompting
// Netanyahu to say he would not halt the offensive", "leading Kim to say
// he would consider …"): the pronoun after the verb means that noun, as
// after a finite "said" (coref.go's speakerBefore).
func infinitiveSpeaker(toks []dyad.Token, k, j int) bool {
	return toks[k].Lower == "to" && k+1 == j && k > 0 && strings.HasPrefix(toks[k-1].Tag, "NN")
}

// relativeParenthesis returns the opening comma of a parenthesis that
// closes with the comma at j and holds a relative clause (", a teenager
// who travelled to Syria to join Islamic State,", ", who met Putin on
// Monday,"), or -1.
func relativeParenthesis(toks []dyad.Token, j int) int {
	if j < 2 || toks[j].Text != "," {
		return -1
	}
	rel := false
	for k := j - 1; k >= 0 && k >= j-30; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			return -1
		}
		if toks[k].Text == "," {
			if rel {
				return k
			}
			return -1
		}
		switch toks[k].Lower {
		case "who", "which", "whom", "whose":
			rel = true
		}
	}
	return -1
}

// parenthesisHead returns the actor that ends the phrase before the
// opening comma o of a parenthesis and heads it ("Turkey's president, who
// …": not "The lawyer for Ahmed, who …"), or nil.
func parenthesisHead(toks []dyad.Token, ms []actors.Mention, o int) *actors.Mention {
	m := mentionAt(ms, o-1)
	if m == nil || m.Place || m.End != o {
		return nil
	}
	if b := m.Start - 1; b >= 0 && (toks[b].Tag == "IN" || toks[b].Tag == "TO") {
		return nil
	}
	return m
}

// parentheticalSubject checks the source of the verb at h against a
// parenthesis right before it that holds a relative clause: "The lawyer
// for Ahmed, a teenager who travelled to Syria to join Islamic State, has
// asked …", "The brother of the journalist, who was arrested in Egypt,
// called on …". A source inside the parenthesis is replaced by the actor
// that heads the phrase before its opening comma ("Turkey's president,
// who met Putin on Monday, said"); when the phrase's head is no actor
// ("The lawyer for Ahmed") it reports false: the act has no source the
// coder knows. It reports true otherwise.
func parentheticalSubject(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || len(h.source) == 0 || h.passive {
		return true
	}
	j := h.head - 1
	for j >= 0 && (toks[j].Tag == "RB" || isAux(toks[j]) || st.isDate[j]) {
		j--
	}
	o := relativeParenthesis(toks, j)
	if src := h.source[0]; o < 1 || src.Start <= o || src.End > j {
		return true
	}
	if m := parenthesisHead(toks, st.ments, o); m != nil {
		h.source = []actors.Mention{*m}
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

// pastAbbreviation returns the token before a parenthesised abbreviation
// or short name ending at j, right after the name it abbreviates ("The
// Democratic Union Party (PYD) accused", "the Kurdistan Workers' Party
// (PKK) said": the subject is the name before it), or j itself when
// toks[j] closes no such parenthesis. The parenthesis holds one to three
// capitalised words and follows a capitalised word.
func pastAbbreviation(toks []dyad.Token, j int) int {
	if j < 3 || toks[j].Text != ")" {
		return j
	}
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		if toks[k].Text == "(" {
			if k == j-1 || !startsUpperASCII(toks[k-1].Text) {
				return j
			}
			return k - 1
		}
		if !startsUpperASCII(toks[k].Text) {
			return j
		}
	}
	return j
}

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

// separatedSubject returns the source of the active finite verb at i when
// an aside or a post-modifying phrase stands between it and its subject,
// nil when neither does or the head before it is no actor. The subject
// search then runs from the phrase's start as if the verb stood there.
func (c *Coder) separatedSubject(st *sentence, i int) []actors.Mention {
	if !activeFinite(st, i) {
		return nil
	}
	j := verbLeft(st, i)
	if j < 0 {
		return nil
	}
	if g := c.crowd(st, j); g != nil {
		return g
	}
	if g := c.clauseCrowd(st, i, j); g != nil {
		return g // "… after tens of thousands rallied" (sources_structure.go)
	}
	if j < 1 {
		return nil
	}
	if toks := st.toks; toks[j].Lower == "but" {
		// "met the EU's enlargement commissioner on Monday but rejected
		// calls …": the verb before "but" lends its subject, the nearest
		// finite one or a speech verb before it ("Mr Brown said America
		// needed to act but defended Bush" is Brown's defence)
		v := -1
		for k := j - 1; k >= 0 && k >= j-25; k-- {
			if toks[k].Text == ";" || toks[k].Text == ":" || subjectStop(toks[k]) {
				break
			}
			if st.at[k] < 0 && finite(toks[k].Tag) && !isAux(toks[k]) {
				if v < 0 || c.isSpeechOrCognition(toks[k]) {
					v = k
				}
			}
		}
		if v < 0 {
			return nil
		}
		return c.subjectDepth(st, v, 1)
	}
	if q := c.qualifierStart(st, j); q > 0 {
		return c.subjectDepth(st, q, 1) // "Police in Hyderabad, Pakistan, detained" (place_names.go)
	}
	if a := asideStart(st, j); a > 0 {
		if a+1 < j && st.toks[a+1].Tag == "DT" && appositiveName(st.toks, a+1, j) {
			// "Nurses at Liberia's largest hospital, the John F. Kennedy
			// Medical Center, walked off": the appositive names the noun
			// before it; the subject is the phrase before it, its head
			// with a preposition after it too
			return c.subjectDepth(st, a, 1)
		}
		return c.headBefore(st, a)
	}
	if p := postModifierStart(st, j); p > 0 {
		return c.headBefore(st, p)
	}
	return nil
}

// headBefore runs the subject search for a verb standing at token p (the
// comma opening an aside, or the participle opening a phrase) and keeps
// its answer only when the actor ends right before p: the head of the
// phrase, not an actor further left.
func (c *Coder) headBefore(st *sentence, p int) []actors.Mention {
	if m := st.at[p-1]; m >= 0 && st.ments[m].Modifier && st.ments[m].End == p && p+1 < len(st.toks) && opensPhrase(st, p) {
		// "Kenyan teachers angry at unpaid salaries marched": the matcher
		// read the untagged opener as the head the actor modifies
		if b := st.ments[m].Start - 1; b < 0 || st.toks[b].Text == "," || st.isDate[b] {
			mt := st.ments[m]
			mt.Modifier = false
			return []actors.Mention{mt}
		}
	}
	g := c.subjectDepth(st, p, 1)
	if len(g) == 0 {
		return nil
	}
	end := p - 1
	if end > 0 && placeAdverb(st.toks[end]) && speakerAside(st.toks, p+1, len(st.toks)) {
		end-- // "The Kurdish fighters there, he told reporters, have dug"
	}
	for end >= 0 && st.at[end] < 0 && npTag(st.toks[end].Tag) && st.toks[end].Tag != "NNP" {
		end-- // "Colombia's ELN guerrilla group": the organisation before its common noun
	}
	for _, m := range g {
		if m.End == end+1 || m.End == p {
			return g
		}
	}
	return nil
}

// activeFinite reports a verb at i that heads an active clause: a finite
// form ("accused", "rally"), or a participle after "has/have/had"; not a
// passive ("were killed") and not a participle or infinitive standing
// alone.
func activeFinite(st *sentence, i int) bool {
	toks := st.toks
	switch toks[i].Tag {
	case "VBD", "VBZ", "VBP":
		return i == 0 || !beForm(toks[i-1].Lower)
	case "VBN", "VB":
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			switch toks[k].Lower {
			case "has", "have", "had":
				return toks[i].Tag == "VBN"
			case "will", "would", "could", "can", "may", "might", "must", "should":
				return toks[i].Tag == "VB"
			}
			if toks[k].Tag != "RB" && !st.isDate[k] {
				return false
			}
		}
	}
	return false
}

// asideStart returns the comma that opens an aside ending with the comma
// at j, when the aside is a relative clause ("which has fought the state
// since 1964"), a prepositional phrase ("in a statement issued hours
// after …", "after weeks of talks with Washington") or a participle
// phrase ("under pressure from …" is a preposition too); -1 otherwise. A
// name or noun phrase in apposition ("Hezbollah, the Iran-backed group,
// fired") is the plain search's, and so are lists.
func asideStart(st *sentence, j int) int {
	toks := st.toks
	if toks[j].Text != "," {
		return -1
	}
	for k := j - 1; k >= 1 && k >= j-30; k-- {
		switch toks[k].Text {
		case ";", ":", "(", ")":
			return -1
		case ",":
			if k+1 >= j {
				return -1
			}
			w := toks[k+1]
			switch {
			case w.Lower == "which" || w.Lower == "who" || w.Lower == "whose":
			case w.Tag == "IN" && w.Lower != "that" && w.Lower != "of" && w.Lower != "if" && w.Lower != "because" && w.Lower != "while":
			case w.Tag == "VBG" || w.Tag == "VBN":
			case w.Tag == "DT" && appositiveName(toks, k+1, j):
				// "Nurses at Liberia's largest hospital, the John F.
				// Kennedy Medical Center in Monrovia, walked off the job":
				// a name for the noun before, not the subject
			case speakerAside(toks, k+1, j):
				// ", he told Turkish reporters,": who spoke and to whom,
				// not the subject of the verb after it
				if placeAdverb(toks[k-1]) && k >= 2 && (st.at[k-2] >= 0 || npTag(toks[k-2].Tag)) {
					return k // "The Kurdish fighters there, he told …,"
				}
			default:
				return -1
			}
			if st.at[k-1] < 0 && !npTag(toks[k-1].Tag) {
				return -1 // the aside must follow a noun phrase
			}
			return k
		}
	}
	return -1
}

// appositiveName reports tokens [a, b) that are a determiner and a
// capitalised name, with a place after "in" at most ("the John F.
// Kennedy Medical Center in Monrovia"): an appositive that names a thing
// before it, with no verb and no lower-case noun (a description such as
// "the country's main opposition party" is left to the apposition rules).
func appositiveName(toks []dyad.Token, a, b int) bool {
	if b-a < 3 || b-a > 12 || toks[a].Tag != "DT" {
		return false
	}
	names := 0
	for k := a + 1; k < b; k++ {
		t := toks[k]
		switch {
		case (t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ") && startsUpperASCII(t.Text):
			names++
		case t.Text == "." && k > a+1 && len(toks[k-1].Text) == 1:
			// "John F. Kennedy": an initial's full stop
		case t.Lower == "in" && names >= 2 && k+1 < b:
		default:
			return false
		}
	}
	return names >= 2
}

// postModifierStart returns the participle or adjective that opens a
// phrase after the subject's head noun and ends at j, right before the
// verb: "Protesters [angered by a government ban on social media
// platforms] set fire", "gunboats [operating near the Strait of Hormuz]
// seized", "Farmers [angry at cheap imports from Ukraine] blocked"; -1
// when the words before the verb are not such a phrase. The phrase holds
// only noun-phrase and preposition words, at most 15 of them, and its
// opener follows a noun or an actor.
func postModifierStart(st *sentence, j int) int {
	toks := st.toks
	for k := j; k >= 1 && k >= j-15; k-- {
		t := toks[k]
		if st.at[k] < 0 && (t.Tag == "VBN" || t.Tag == "VBG" || k+1 <= j && opensPhrase(st, k)) {
			if k == j {
				return -1
			}
			if m := st.at[k-1]; m >= 0 && st.ments[m].Kind == actors.KindAdjective && !strings.HasSuffix(toks[k-1].Lower, "s") {
				return -1 // "Russian shelling in Kherson killed": the adjective modifies an "-ing" noun
			}
			if p := toks[k-1]; st.at[k-1] >= 0 || p.Tag == "NNS" || p.Tag == "NN" || p.Tag == "NNP" || p.Tag == "NNPS" {
				return k
			}
			if p := toks[k-1]; p.Tag != "IN" && p.Tag != "DT" && p.Tag != "JJ" {
				return -1
			}
			continue // "angered by rising fuel prices": a participle before its noun
		}
		if st.at[k] >= 0 || npTag(t.Tag) || t.Tag == "IN" || t.Tag == "TO" || t.Tag == "POS" || t.Tag == "PRP$" || t.Lower == "and" {
			continue
		}
		if t.Tag == "VB" && toInfinitive(toks, k) {
			continue // "troops [trying to arrest a wanted militant] shot": the aim inside the phrase
		}
		return -1
	}
	return -1
}

// adjectiveOpener lists adjectives that open a phrase after a noun the way
// a participle does: "farmers angry at", "militiamen loyal to", "crews
// responsible for".
func adjectiveOpener(w string) bool {
	switch w {
	case "angry", "furious", "loyal", "opposed", "close", "responsible", "critical", "linked", "allied", "faithful", "unhappy":
		return true
	}
	return false
}

// opensPhrase reports a word at k the tagger took for a noun or adjective
// that opens a phrase after the head noun, before a preposition: an
// adjective of adjectiveOpener ("Soldiers loyal to the junta"), or an
// "-ing" word right after a plural head ("Hamas fighters hiding in
// tunnels"; not "a meeting in Doha" or "Russian shelling in Kherson",
// whose "-ing" word is the head noun).
func opensPhrase(st *sentence, k int) bool {
	toks := st.toks
	if n := toks[k+1]; n.Tag != "IN" && n.Tag != "TO" {
		return false
	}
	w := toks[k].Lower
	if adjectiveOpener(w) {
		return true
	}
	if toks[k].Tag != "NN" || len(w) < 6 || w[len(w)-3:] != "ing" {
		return false
	}
	return toks[k-1].Tag == "NNS" // not "Russian shelling in Kherson": a noun after a modifier
}

// routeEnds reports a mention that names the ends of a border or road a
// protest blocks ("blocked border crossings between Poland and Ukraine",
// "the border with Serbia"): places, not the protest's target (CODING.md:
// a country mentioned as a place is not an actor). The mention may stand
// in a list after "between" or "with".
func routeEnds(st *sentence, m actors.Mention) bool {
	toks := st.toks
	k := m.Start - 1
	for k >= 1 && (st.at[k] >= 0 || toks[k].Text == "," || toks[k].Lower == "and" || toks[k].Lower == "the") {
		k--
	}
	if k < 1 || toks[k].Lower != "between" && toks[k].Lower != "with" {
		return false
	}
	switch toks[k-1].Lower {
	case "border", "borders", "crossing", "crossings", "frontier", "road", "roads", "highway", "highways", "route", "routes", "bridge", "bridges", "checkpoint", "checkpoints":
		return true
	}
	return false
}

// notTarget reports a mention after the verb of h that the object search
// must pass over: the source's own state withdrawn from a treaty or body
// (stateTakenOut), a capital naming a treaty (treatyVenue), the ends of a
// border or road a protest blocks or threatens to block (routeEnds,
// threatenedWayEnd), and what a rejected call
// asks to be done to whom (callContent).
func notTarget(st *sentence, h *verbHit, m actors.Mention) bool {
	if stateTakenOut(st, h, m) || treatyVenue(st, m) {
		return true // "withdrew Russia from the treaty", "the Paris agreement" (targets_withdrawn.go)
	}
	if threatenedWayEnd(st, h, m) {
		return true // "threatened to block border crossings with Germany" (threat_blockade_ends.go)
	}
	switch cameo.Root(h.code) {
	case "14":
		return routeEnds(st, m)
	case "12":
		return callContent(st, h, m)
	}
	return false
}

// callContent reports a mention inside the infinitive of a call, demand
// or request that h rejects, when the call asks for a punitive act
// against it: "rejected calls to impose sanctions on Russia", "dismissed
// demands to expel Hamas officials". The rejection
// answers whoever made the call ("calls from Washington", "a U.S.
// demand"), named before the "to", not the party the call is about; a
// state after "to" or "for" receives what was asked and is most often
// who asked ("a request to extradite Prakash to Australia").
func callContent(st *sentence, h *verbHit, m actors.Mention) bool {
	toks := st.toks
	for k := h.head + 1; k+2 < m.Start && k <= h.end+4; k++ {
		switch toks[k].Lower {
		case "call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "plea", "pleas", "pressure", "proposal", "proposals":
		default:
			continue
		}
		for t := k + 1; t+1 < m.Start && t <= k+4; t++ {
			if toks[t].Lower == "to" && toks[t+1].Tag == "VB" {
				b := m.Start - 1
				if b >= 0 && toks[b].Lower == "the" {
					b--
				}
				// "a request to extradite Prakash to Australia": the
				// receiving state asked, and stays the target; so does
				// whoever a call to release or yield favours ("rejected
				// calls to release Armenian leaders")
				return punitive(toks[t+1].Lemma) && (b < 0 || toks[b].Lower != "to" && toks[b].Lower != "for")
			}
			if toks[t].Text == "," || st.at[t] >= 0 {
				break
			}
		}
	}
	return false
}

// namedBetween reports an actor between "but" at k and the verb at i:
// "…, but Moscow denied it" names the denier, while "hailed the growth
// but denied he was gloating" lends the subject of the verb before, and
// denies nothing that verb says (laterDenials in status.go).
func namedBetween(st *sentence, k, i int) bool {
	for x := k + 1; x < i; x++ {
		if st.at[x] >= 0 {
			return true
		}
	}
	return false
}

// punitive lists verbs of acts against a party (sanctions, expulsion,
// arrest, attack): a rejected call for one spares that party rather than
// answering it.
func punitive(lemma string) bool {
	switch lemma {
	case "impose", "sanction", "expel", "ban", "arrest", "detain", "attack", "strike", "bomb", "boycott", "sever", "cut",
		"suspend", "isolate", "punish", "prosecute", "deport", "designate", "blacklist", "freeze", "seize", "condemn", "embargo":
		return true
	}
	return false
}

// headlinePair widens the one-actor subject g to the pair a headline
// joins with a bare comma where prose writes "and": "Pakistan,
// Afghanistan agree to ceasefire", "Modi, Xi hold first formal talks".
// The pair opens the sentence and the verb follows the second name
// directly; anything else (an appositive, "48 people, the ministry said")
// keeps g.
func headlinePair(st *sentence, g []actors.Mention) []actors.Mention {
	toks := st.toks
	m := st.at[g[0].Start]
	if m < 1 || st.ments[m].Start != g[0].Start {
		return g
	}
	a, b := st.ments[m-1], st.ments[m]
	if a.Start != 0 || a.End+1 != b.Start || toks[a.End].Text != "," || b.End >= len(toks) {
		return g
	}
	if a.Modifier || a.Place || b.Modifier || b.Place {
		return g
	}
	switch toks[b.End].Tag {
	case "VBP", "VBZ", "VBD", "MD":
	default:
		return g
	}
	return []actors.Mention{a, g[0]}
}

// crowd returns the people of the place a sentence names when a bare
// count of people opens it as the subject ending at j: "Thousands rally
// in Tbilisi", "Tens of thousands rallied in Tel Aviv", "Hundreds stormed
// the Swedish embassy in Baghdad" (CVL of Georgia, Israel, Iraq, as
// "thousands of people" are); nil when no place of a known country
// follows.
func (c *Coder) crowd(st *sentence, j int) []actors.Mention {
	a, ok := countStart(st.toks, j)
	if !ok || a != 0 {
		return nil
	}
	country := c.crowdPlaceCountry(st, j+1)
	if country == "" {
		return nil
	}
	return []actors.Mention{c.crowdOf(st, a, j, country)}
}

// countStart returns the first token of a bare count of people ending at
// j ("thousands", "tens of thousands", "hundreds of thousands"), and
// whether the word at j is such a count.
func countStart(toks []dyad.Token, j int) (int, bool) {
	switch toks[j].Lower {
	case "thousands", "hundreds", "dozens", "scores", "millions":
	default:
		return 0, false
	}
	a := j
	if a >= 2 && toks[a-1].Lower == "of" && (toks[a-2].Lower == "tens" || toks[a-2].Lower == "hundreds") {
		a -= 2 // "Tens of thousands"
	}
	return a, true
}

// crowdPlaceCountry returns the country of the first place the sentence
// names from token from on: a place or capital mention, or a city the
// gazetteer knows after "in", "through", "outside", "across" or "near"
// ("rallied in Tel Aviv"); "" when none.
func (c *Coder) crowdPlaceCountry(st *sentence, from int) string {
	toks := st.toks
	for k := from; k < len(toks); k++ {
		if m := st.at[k]; m >= 0 {
			if mt := st.ments[m]; (mt.Place || mt.Kind == actors.KindCapital) && len(mt.Country) == 3 {
				return mt.Country
			}
			continue
		}
		switch toks[k-1].Lower {
		case "in", "through", "outside", "across", "near":
			if p, _, ok := c.placeAt(st, k, len(toks), 3); ok && len(p.Country) == 3 {
				return p.Country
			}
		}
	}
	return ""
}

// crowdOf is the mention of a count of people (tokens a to j) as the
// civilians of country.
func (c *Coder) crowdOf(st *sentence, a, j int, country string) actors.Mention {
	toks := st.toks
	out := actors.Mention{Start: a, End: j + 1, Kind: "coref", Plural: true}
	out.Code, out.Country, out.Sectors = country+"CVL", country, []string{"CVL"}
	out.Name, out.Text = c.matcher.Dictionary().Name(country), toks[j].Text
	out.Span = [2]int{toks[a].Start, toks[j].End}
	return out
}

// toInfinitive reports a bare verb at k that is the infinitive of a
// participle right before its "to": "trying to arrest", "seeking to
// enter", "sent to guard". Inside a phrase after the subject's head noun
// it is the phrase's aim, not the clause's verb.
func toInfinitive(toks []dyad.Token, k int) bool {
	return k >= 2 && toks[k-1].Tag == "TO" && (toks[k-2].Tag == "VBG" || toks[k-2].Tag == "VBN")
}

// speakerAside reports a parenthesis whose words from a to the closing
// comma j are a personal pronoun and a verb of telling: ", he told
// Turkish reporters,", ", she said,", ", they added,". Whoever it names
// (the listeners) is no subject of the verb after the parenthesis.
func speakerAside(toks []dyad.Token, a, j int) bool {
	if a+1 >= j || a+1 >= len(toks) {
		return false
	}
	switch toks[a].Lower {
	case "he", "she", "they":
	default:
		return false
	}
	switch toks[a+1].Lemma {
	case "tell", "say", "add", "explain", "claim", "insist":
		return true
	}
	return false
}

// placeAdverb reports "there" or "here" after a noun phrase: "the
// fighters there".
func placeAdverb(t dyad.Token) bool {
	return t.Lower == "there" || t.Lower == "here"
}
