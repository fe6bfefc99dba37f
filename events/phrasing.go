package events

// Source and target in wire phrasings where the actor does not stand in
// the usual place: a subject separated from its verb by a relative clause,
// the reversed direction of "came under attack from", passives whose
// subject is a nominal event ("Israel's strike on … was condemned by
// Russia") or a thing owned by a state ("a Ukrainian energy facility was
// attacked by Russia"), and nominal attacks that are the agent of a passive
// ("Pakistan was hit by Indian missile strikes").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// relativeAntecedent returns the subject of a verb whose subject is
// separated from it by a non-restrictive relative clause: for the comma at
// j right before the verb, the clause ", which/who/whose … ," and the actor
// ending right before its opening comma ("North Korea, which has conducted
// six nuclear tests, fired …" → North Korea). An aside adding partners
// adds them: "France and Germany, along with Italy, condemned …". rel is
// set when j closes a relative clause at all: its antecedent is then the
// subject, actor or not ("Putin, whose forces invaded Ukraine, met …"
// never makes Ukraine the subject).
func (c *Coder) relativeAntecedent(st *sentence, j int) (g []actors.Mention, rel bool) {
	toks := st.toks
	if j < 3 || toks[j].Text != "," {
		return nil, false
	}
	for k := j - 1; k >= 1 && k >= j-30; k-- {
		switch toks[k].Text {
		case ";", ":", "(", ")", "\"", "“", "”":
			return nil, false
		}
		if toks[k].Text != "," {
			continue
		}
		along := alongWith(toks, k+1)
		switch toks[k+1].Lower {
		case "which", "who", "whose", "where":
			rel = true
		default:
			if along == 0 && !relativeApposition(st, k+1, j) {
				return nil, false // another comma first: a list or an aside, not this rule's
			}
		}
		m := st.at[k-1]
		if m < 0 {
			return nil, rel
		}
		mt := st.ments[m]
		if mt.Modifier || mt.Place || mt.End != k {
			return nil, rel
		}
		g = c.group(st, m)
		if b := g[0].Start - 1; b >= 0 && isPreposition(toks[b].Lower) {
			return nil, rel // "talks in Doha, which …": a place
		}
		if along > 0 {
			x := k + 1 + along
			if x < j && toks[x].Lower == "the" {
				x++
			}
			if x >= j || st.at[x] < 0 || st.ments[st.at[x]].Modifier {
				return nil, false
			}
			for _, o := range c.group(st, st.at[x]) {
				if o.End <= j {
					g = append(g, o)
				}
			}
		}
		return g, true
	}
	return nil, false
}

// alongWith returns the length of "along with", "together with", "as well
// as" or "joined by" at token i, 0 when none is there.
func alongWith(toks []dyad.Token, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	switch toks[i].Lower + " " + toks[i+1].Lower {
	case "along with", "together with", "joined by":
		return 2
	case "as well":
		if i+2 < len(toks) && toks[i+2].Lower == "as" {
			return 3
		}
	}
	return 0
}

// cameUnder finds the reversed actors of a nominal event after "came
// under" or a verb of receiving: "Sudan's army came under attack from the
// RSF", "the launch drew condemnation from Japan", "Iran faces sanctions
// from the EU". The source follows "from" or "by" after the noun; the
// target is the subject of the verb (or a nationality modifying it: "a
// Ukrainian convoy"; or the actor of a nominal subject: "North Korea's
// missile launch"). ok is false when the noun follows neither.
func (c *Coder) cameUnder(st *sentence, h *verbHit) (src, tgt []actors.Mention, ok bool) {
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB" || toks[k].Tag == "NN" && st.at[k] < 0) {
		k-- // "under heavy Israeli shelling" keeps "Israeli" below
	}
	mod := -1
	for k >= 0 && st.at[k] >= 0 && st.ments[st.at[k]].Modifier && k < h.head {
		// "came under Russian fire": the attacker modifies the noun
		mod = st.at[k]
		k = st.ments[st.at[k]].Start - 1
		for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB") {
			k--
		}
	}
	if k < 0 || toks[k].Lower != "under" && !receiveVerb(toks[k]) {
		return nil, nil, false
	}
	if mod >= 0 {
		src = []actors.Mention{st.ments[mod]}
	}
	verb := -1
	switch {
	case k >= 1 && toks[k].Lower == "under" && toks[k-1].Lemma == "come":
		verb = k - 1
	case k >= 0 && src == nil && receiveVerb(toks[k]) && fromAgentAfter(toks, h.end):
		// "drew condemnation from Japan", "faces new sanctions from the
		// EU", "received medical aid from Egypt": the one it comes from
		verb = k
	default:
		return nil, nil, false
	}
	for x := h.end; x+1 < len(toks) && x <= h.end+3 && src == nil; x++ {
		if toks[x].Lower != "from" && toks[x].Lower != "by" {
			if toks[x].Text == "," || isVerbTag(toks, x) {
				break
			}
			continue
		}
		for y := x + 1; y < len(toks) && y <= x+3; y++ {
			if m := st.at[y]; m >= 0 {
				if mt := st.ments[m]; !mt.Place {
					src = c.group(st, m)
				}
				break
			}
		}
		break
	}
	tgt = c.subject(st, verb)
	if len(tgt) == 0 {
		tgt = c.ownerInSubject(st, verb)
	}
	if len(tgt) == 0 {
		tgt = c.nominalSubject(st, verb)
	}
	if len(tgt) == 0 {
		tgt = c.placeSubject(st, verb) // "Khiam came under heavy shelling": the place's state
	}
	return src, tgt, true
}

// placeSubject returns the country of a place the gazetteer knows that
// opens the clause of the verb at v as its subject ("Khiam came under …",
// "the town of Khiam came under …"), nil when none.
func (c *Coder) placeSubject(st *sentence, v int) []actors.Mention {
	toks := st.toks
	for j := 0; j < v && j < 8; j++ {
		switch {
		case st.at[j] >= 0 || toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Text == ",":
			return nil
		case toks[j].Tag == "NNP":
			if p, n, ok := c.placeAt(st, j, v, 3); ok && j+n == v {
				return []actors.Mention{*c.placeMention(p.Country, toks[j:j+n], st.s.Text)}
			}
		}
	}
	return nil
}

// receiveVerb reports a verb whose object comes to its subject from
// someone else: "drew (condemnation from)", "faced", "received", "won".
func receiveVerb(t dyad.Token) bool {
	if !strings.HasPrefix(t.Tag, "VB") {
		return false
	}
	switch t.Lemma {
	case "draw", "face", "receive", "win", "earn", "attract", "get", "obtain", "secure":
		return true
	}
	return false
}

// fromAgentAfter reports "from" or "by" within three tokens after i (the
// end of a nominal event), in the same clause.
func fromAgentAfter(toks []dyad.Token, i int) bool {
	for k := i; k < len(toks) && k <= i+3; k++ {
		if toks[k].Lower == "from" || toks[k].Lower == "by" {
			return true
		}
		if toks[k].Text == "," || isVerbTag(toks, k) {
			return false
		}
	}
	return false
}

// nominalSubject returns the actor of the nominal event heading the
// subject of the verb at v: "North Korea's missile launch drew …" →
// North Korea.
func (c *Coder) nominalSubject(st *sentence, v int) []actors.Mention {
	for _, g := range st.hits {
		if g.p.Noun && g.head < v && g.code != "" && !clauseBreakBetween(st.toks, g.head, v) && !hasVerbBetween(st.toks, g.end, v) && subjectStart(st.toks, st, g.head) {
			return c.nounSource(st, g.head)
		}
	}
	return nil
}

// passiveSubjectTarget returns the target of a passive verb with an agent
// whose subject is no actor phrase: the actor of a nominal event that is
// the subject ("Israel's strike on the consulate was condemned by Russia"
// → Israel, as "condemned Israel's strike" would give), else, for an act
// of material conflict, the state owning what was hit ("a Ukrainian energy
// facility was attacked by Russia" → Ukraine).
func (c *Coder) passiveSubjectTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	aux := h.head - 1
	for aux >= 0 && (toks[aux].Tag == "RB" || st.isDate[aux] || isAux(toks[aux]) || toks[aux].Tag == "MD") {
		aux--
	}
	if aux >= 0 && aux == h.head-1 && strings.HasPrefix(h.code, "045") {
		// "Israel and Hezbollah agreed to a ceasefire brokered by the
		// United States": the mediator's parties are the clause's subject
		for v := 0; v < h.head-1; v++ {
			if finite(toks[v].Tag) && !isAux(toks[v]) && st.at[v] < 0 {
				return c.subject(st, v)
			}
		}
		return nil
	}
	if aux < 0 || aux == h.head-1 {
		return nil // no auxiliary: a reduced relative, not this clause's subject
	}
	// the nominal event heading the subject, before any verb of the clause
	// (or a noun the tagger took for a verb: "The Houthi attack on …")
	for _, g := range st.hits {
		if g.head >= aux || g.code == "" || g.p.has(flagSpeech) {
			continue
		}
		if clauseBreakBetween(toks, g.head, aux+1) || hasVerbBetween(toks, g.end, aux+1) || !subjectStart(toks, st, g.head) {
			continue
		}
		if len(g.source) > 0 {
			return g.source
		}
		if src := c.nounSource(st, g.head); len(src) > 0 {
			return src // (a noun the tagger took for a verb too: "Attacks on shipping by the Houthis were …")
		}
		return nil
	}
	if r := cameo.Root(h.code); r >= "16" && r <= "20" {
		if o := c.ownerInSubject(st, aux+1); o != nil {
			return o
		}
	}
	// "Turkey's arrest of the mayor was criticised by Germany": the owner
	// of the act the subject names, as "criticised Turkey's arrest of …"
	for k := 0; k < aux; k++ {
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Possessive && !mt.Modifier && !mt.Place && subjectStart(toks, st, mt.Start) && mt.End+1 <= aux &&
				(toks[mt.End+1].Tag == "NN" || toks[mt.End+1].Tag == "NNS") && !hasVerbBetween(toks, mt.End, aux+1) && !clauseBreakBetween(toks, mt.End, aux+1) {
				return c.group(st, m)
			}
			return nil
		}
	}
	return nil
}

// ownerInSubject returns the nationality modifying the subject noun
// phrase of the verb at i when it opens the clause: "a Ukrainian energy
// facility was attacked" → Ukraine.
func (c *Coder) ownerInSubject(st *sentence, i int) []actors.Mention {
	toks := st.toks
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || isAux(toks[k]) || st.isDate[k] || toks[k].Tag == "MD") {
		k--
	}
	for ; k >= 0 && i-k <= 6; k-- {
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if !mt.Modifier || mt.Place {
				return nil
			}
			b := mt.Start - 1
			for b >= 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ" || toks[b].Tag == "CD") {
				b--
			}
			if b >= 0 && toks[b].Text != "," {
				return nil // "in a Ukrainian city": not the subject
			}
			out := mt
			out.Modifier = false
			return []actors.Mention{out}
		}
		switch toks[k].Tag {
		case "NN", "NNS", "JJ", "DT", "CD", "HYPH", "NNP":
			continue // "The Lebanese town of Khiam"
		}
		if toks[k].Lower == "-" || toks[k].Lower == "of" && k+1 < i && toks[k+1].Tag == "NNP" {
			continue
		}
		return nil
	}
	return nil
}

// hasVerbBetween reports a finite or participle verb among tokens [a, b)
// other than auxiliaries.
func hasVerbBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if finite(toks[k].Tag) && !isAux(toks[k]) {
			return true
		}
	}
	return false
}

// subjectStart reports that the noun phrase holding token i opens its
// clause: only determiners, adjectives, nouns, possessives and actor
// mentions stand before it back to the sentence start or a comma.
func subjectStart(toks []dyad.Token, st *sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if st.at[k] >= 0 {
			continue
		}
		switch toks[k].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "POS", "PRP$", "CD", "HYPH":
			continue
		}
		if toks[k].Lower == "-" || isPossTok(toks[k]) {
			continue
		}
		return toks[k].Text == ","
	}
	return true
}

// byNounTarget returns the target of a nominal attack that is the agent
// of a passive verb: "Pakistan was hit by Indian missile strikes" →
// Pakistan, the subject of "was hit".
func (c *Coder) byNounTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "DT" || toks[k].Tag == "CD" || st.at[k] >= 0 && st.ments[st.at[k]].Modifier ||
		st.at[k] >= 0 && st.ments[st.at[k]].Kind == actors.KindAdjective) {
		k--
	}
	if k >= 4 && toks[k].Lower == "of" && (toks[k-1].Lower == "target" || toks[k-1].Lower == "targets") && toks[k-2].Tag == "DT" && toks[k-3].Lemma == "be" {
		// "Kyiv was the target of a massive Russian missile attack"
		if g := c.subject(st, k-2); len(g) > 0 {
			return g
		}
		return c.placeSubject(st, k-3)
	}
	if k < 2 || toks[k].Lower != "by" || toks[k-1].Tag != "VBN" || !isAux(toks[k-2]) && toks[k-2].Tag != "RB" {
		return nil
	}
	if g := c.subject(st, k-1); len(g) > 0 {
		return g
	}
	return c.ownerInSubject(st, k-1)
}

// relativeApposition reports that tokens [a, b) are a noun phrase with its
// own relative clause: "the militant group that rules Gaza" (between the
// commas of "Hamas, the militant group that rules Gaza, rejected …"). A
// verb before any "that/which/who" makes it a clause, not an apposition.
func relativeApposition(st *sentence, a, b int) bool {
	toks := st.toks
	switch toks[a].Tag {
	case "DT", "PRP$", "JJ", "NN", "NNP", "CD", "POS":
	default:
		if st.at[a] < 0 {
			return false
		}
	}
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case "that", "which", "who", "whose":
			return k > a
		}
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return false
		}
	}
	return false
}

// hedgeAdjective reports "suspected" or "alleged" used as an adjective
// before a noun phrase ("arrested 12 suspected al-Shabaab militants"),
// which the tagger may take for a past-tense verb; right after a verb
// other than an auxiliary it is one too ("Turkey blamed suspected Kurdish
// militants", "police detained alleged gang members", though not before
// "of": "bombed suspected hideouts of …"), while "has suspected", "was
// alleged" stay verbs.
func hedgeAdjective(toks []dyad.Token, k int) bool {
	switch toks[k].Lower {
	case "suspected", "alleged", "presumed", "purported":
	default:
		return false
	}
	if k+1 >= len(toks) || k == 0 {
		return false
	}
	switch p := toks[k-1]; p.Tag {
	case "CD", "DT", "JJ", "NN":
	case "VBD", "VBZ", "VBP", "VBN", "VBG", "VB":
		if isAux(p) || p.Lemma == "have" || p.Lemma == "be" || p.Lemma == "do" {
			return false
		}
		// the hedged phrase names the agents themselves, not a thing of
		// theirs ("bombed suspected hideouts of the Pakistani Taliban"
		// targets the place's state: targets_casualties_test.go)
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "JJ" || strings.HasPrefix(toks[j].Tag, "NN")) {
			j++
		}
		if j < len(toks) && toks[j].Lower == "of" {
			return false
		}
	default:
		return false
	}
	switch toks[k+1].Tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// singularActor reports a state, capital or single body that is not part
// of a list ("Ankara", not "Iran and Iraq"): a later "they" rarely means
// it alone.
func singularActor(toks []dyad.Token, ms []actors.Mention, m actors.Mention) bool {
	if m.Kind != actors.KindCountry && m.Kind != actors.KindCapital || m.Plural {
		return false
	}
	for _, o := range ms {
		if o.Start == m.Start {
			continue
		}
		if o.End <= m.Start && m.Start-o.End <= 2 || o.Start >= m.End && o.Start-m.End <= 2 {
			a, b := o.End, m.Start
			if o.Start >= m.End {
				a, b = m.End, o.Start
			}
			for k := a; k < b; k++ {
				if toks[k].Lower == "and" || toks[k].Text == "," {
					return false // "Iran and Iraq said they"
				}
			}
		}
	}
	return true
}

// plurals reports a plural people's mention before token i.
func plurals(ms []actors.Mention, i int) bool {
	for _, m := range ms {
		if m.Start < i && pluralActor(m) {
			return true
		}
	}
	return false
}

// theyGroup returns the list a "they" (mention m) stands for when its
// referent is coordinated earlier in the sentence ("Iran and Iraq said
// they would …") or was a coordinated subject of the sentence before (the
// mentions that share its span), nil otherwise.
func (c *Coder) theyGroup(st *sentence, m int) []actors.Mention {
	mt := st.ments[m]
	if mt.Kind != "coref" || st.toks[mt.Start].Lower != "they" {
		return nil
	}
	var same []actors.Mention
	for _, o := range st.ments {
		if o.Kind == "coref" && o.Start == mt.Start && o.End == mt.End {
			same = append(same, o) // "Russia and China vetoed … They also blocked": both (coref_pronouns.go coordinatedStates)
		}
	}
	if len(same) >= 2 {
		return same
	}
	for j := 0; j < m; j++ {
		if o := st.ments[j]; o.Kind != "coref" && o.Code == mt.Code && !o.Modifier && !o.Place {
			if g := c.group(st, j); len(g) >= 2 {
				return g
			}
			return nil
		}
	}
	return nil
}

// respondVerb reports a verb of answering whose "with" names the
// subject's own act: "responded with air strikes", "retaliated with
// tariffs".
func respondVerb(t dyad.Token) bool {
	switch t.Lemma {
	case "respond", "retaliate", "react", "answer", "reply", "hit":
		return strings.HasPrefix(t.Tag, "VB")
	}
	return false
}

// partOf returns the token after "the centre of", "the outskirts of",
// "the northern suburbs of" at j (the place the part belongs to), else j.
func partOf(toks []dyad.Token, j int) int {
	if j >= len(toks) || toks[j].Lower != "the" {
		return j
	}
	k := j + 1
	for n := 0; n < 3 && k+1 < len(toks) && toks[k+1].Lower != "of" &&
		(toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || strings.IndexByte(toks[k].Text, '-') > 0 || descriptorNoun(toks[k].Lower)); n++ {
		k++ // "the northern suburbs of", "the Houthi-held port of", "the West Bank city of", "the Ecuadorean port city of"
	}
	if k < len(toks) && (toks[k].Tag == "JJ" || strings.IndexByte(toks[k].Text, '-') > 0) && k+1 < len(toks) && toks[k+1].Lower != "of" {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].Lower != "of" {
		return j
	}
	switch toks[k].Lower {
	case "centre", "center", "outskirts", "suburbs", "suburb", "heart", "north", "south", "east", "west",
		"edge", "outskirt", "port", "city", "town", "village", "district", "province", "region", "capital", "streets",
		"island", "islands", "state", "enclave", "exclave", "county", "governorate", "oblast", "villages", "towns":
		return k + 2
	}
	return j
}

// descriptorNoun lists nouns that describe a place before its kind: "the
// port city of Manta", "the border town of Azaz", "the frontline town of".
func descriptorNoun(w string) bool {
	switch w {
	case "port", "border", "frontline", "front-line", "coastal", "mountain", "desert", "oil", "market", "garrison", "mining", "river", "island":
		return true
	}
	return false
}

// placeOnlyCountry returns the country of the first place of the sentence
// that the gazetteer knows and no actor mention covers ("the centre of
// Kherson"), "" when none; unlike anyPlaceCountry it never takes a
// country or capital named as an actor ("a thaw with Washington").
func (c *Coder) placeOnlyCountry(st *sentence, ms []actors.Mention) string {
	for k := 1; k < len(st.toks); k++ {
		if st.toks[k].Tag != "NNP" || mentionAt(ms, k) != nil {
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(st.toks), 3); ok && (!nameGoesOn(st.toks, k+n) || regionWord(st.toks, k+n)) {
			if country, ok := c.storyCountry(st, p); ok {
				return country
			}
		}
	}
	return ""
}

// collectiveWord reports words that make a noun phrase an unnamed
// collective ("other", "allied", "several"): not a list item's adjective.
func collectiveWord(w string) bool {
	switch w {
	case "other", "allied", "several", "some", "many", "various", "neighbouring", "neighboring", "western", "regional":
		return true
	}
	return false
}

// ledBody reports the head noun of a body named by its leader: "the
// government of Benjamin Netanyahu", "the administration of Joe Biden".
func ledBody(w string) bool {
	switch w {
	case "government", "administration", "regime", "cabinet":
		return true
	}
	return false
}

// speaksFor reports the nouns of someone who speaks or acts for a person:
// "a spokesman for Putin" speaks for his office.
func speaksFor(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "envoy":
		return true
	}
	return false
}

// farTarget finds the target of a hit whose object is not after it: a
// nominal attack that is a passive's agent (byNounTarget), or a reaction
// to the act the main clause reports ("Israel halted all goods into Gaza,
// a move Hamas condemned as blackmail" → Hamas 111 Israel).
func (c *Coder) farTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun {
		return c.byNounTarget(st, h)
	}
	if r := cameo.Root(h.code); r != "11" && r != "12" && r != "05" && r != "01" && r != "10" && r != "13" {
		return nil
	}
	toks := st.toks
	if len(h.source) != 1 {
		return nil
	}
	k := h.source[0].Start - 1
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 2 {
		return nil
	}
	switch toks[k].Lower {
	case "move", "decision", "step", "measure", "action", "announcement", "plan":
	default:
		return nil
	}
	if d := toks[k-1].Lower; d != "a" && d != "the" || toks[k-2].Text != "," {
		return nil
	}
	for v := 0; v < k-2; v++ {
		if finite(toks[v].Tag) && !isAux(toks[v]) && st.at[v] < 0 {
			if s := c.subject(st, v); len(s) > 0 && s[0].Code != h.source[0].Code {
				return s
			}
			return nil
		}
	}
	return nil
}

// loneName reports a capitalised word at i that stands alone as a name
// in a subject or object place: five letters or more (shorter surnames
// are too often words: "Hunt", "May"), not inside a longer run of names
// ("Sara Netanyahu", "Jordan Henderson"), not a date, and followed by a
// verb, a possessive or a comma, or preceded by a verb or preposition.
func loneName(st *sentence, i int) bool {
	toks := st.toks
	// "Mr Putin criticised", "met Mrs May": an honorific before a surname
	hon := i > 0 && isHonorific(strings.TrimSuffix(toks[i-1].Lower, ".")) && (i == 1 || toks[i-2].Tag != "NNP" && toks[i-2].Tag != "NNPS")
	if len(toks[i].Text) < 3 || !hon && len(toks[i].Text) < 5 || !startsUpperASCII(toks[i].Text) || toks[i].Text == strings.ToUpper(toks[i].Text) || dateWord(toks[i]) && !hon {
		return false
	}
	if i > 0 && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS") && !hon {
		return false
	}
	if i+1 < len(toks) && (toks[i+1].Tag == "NNP" || toks[i+1].Tag == "NNPS") {
		return false
	}
	if i+1 < len(toks) && adminUnit(toks[i+1].Lower) && !hon {
		return false // "in Masisi territory", "Helmand province": a place named like a person
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if finite(n.Tag) || n.Tag == "MD" || isPossTok(n) || n.Text == "," {
			return true
		}
		if n.Tag == "RB" && i+2 < len(toks) && (finite(toks[i+2].Tag) || toks[i+2].Tag == "MD") {
			return true // "Putin also met Macron", "Erdogan earlier spoke with Trump"
		}
		if (n.Lower == "and" || n.Lower == "or") && i+2 < len(toks) && toks[i+2].Tag == "NNP" {
			return true // "Putin and Erdogan met": a list of names
		}
		if n.Lower == "on" && i+3 < len(toks) && isWeekday(toks[i+2].Lower) && (finite(toks[i+3].Tag) || toks[i+3].Tag == "MD") {
			return true // "Mr Starmer on Tuesday condemned": a date between name and verb
		}
	}
	if i >= 2 && (toks[i-1].Lower == "and" || toks[i-1].Lower == "or") && (toks[i-2].Tag == "NNP" || toks[i-2].Tag == "NNPS") {
		return true // "Erdogan and Putin met"
	}
	p := i - 1
	if hon {
		p--
	}
	return p >= 0 && (strings.HasPrefix(toks[p].Tag, "VB") || toks[p].Tag == "IN" && toks[p].Lower != "of" || toks[p].Tag == "TO") // ("apologised to Putin": "to" is tagged TO)
}

// adminUnit reports a noun that makes the name before it a place:
// "Masisi territory", "Kunar province", "Rutshuru district".
func adminUnit(w string) bool {
	switch w {
	case "territory", "province", "district", "county", "region", "prefecture", "governorate", "municipality", "commune", "department", "state":
		return true
	}
	return false
}

// ofBy returns the agent named by "by" right after mention m (which
// follows "of"): "the execution of three prisoners by Russian troops" →
// the troops, whom an investigation targets rather than the victims.
func (c *Coder) ofBy(st *sentence, m int) []actors.Mention {
	toks := st.toks
	for j := st.ments[m].End; j+1 < len(toks) && j < st.ments[m].End+4; j++ {
		if toks[j].Text == "," || strings.HasPrefix(toks[j].Tag, "VB") {
			return nil
		}
		if toks[j].Lower != "by" {
			continue
		}
		for x := j + 1; x < len(toks) && x <= j+3; x++ {
			if b := st.at[x]; b >= 0 {
				if mt := st.ments[b]; mt.Place || mt.Modifier && controlModifier(toks[mt.Start].Lower) {
					return nil
				}
				return c.group(st, b)
			}
		}
		return nil
	}
	return nil
}

// ofBefore reports "of" at p, or before the numbers and adjectives ending
// at p: "the deaths of (three) protesters".
func ofBefore(toks []dyad.Token, p int) bool {
	for p >= 0 && (toks[p].Tag == "CD" || toks[p].Tag == "JJ" || toks[p].Tag == "DT" || numberWord(toks[p].Lower)) {
		p--
	}
	return p >= 0 && toks[p].Lower == "of"
}

// victimOf returns the index of the "of" right before p, or before the
// number ending at p when a [harm nouns] word precedes it ("the deaths of
// 12 children", "the killing of three protesters"), -1 when there is
// none. Unlike ofBefore it passes a determiner, adjectives or a number
// only after an act done to people ("the death of a 19-year-old
// detainee"): "the office of a presidential aide", "an audit of all
// government ministries", "the offices of three lawmakers" name an
// owner, not victims.
func (v *vocab) victimOf(toks []dyad.Token, p int) int {
	if p >= 2 && (toks[p].Tag == "CD" || numberWord(toks[p].Lower)) && toks[p-1].Lower == "of" && v.harmNouns[toks[p-2].Lower] {
		return p - 1
	}
	if p >= 0 && toks[p].Lower == "of" {
		return p
	}
	q := p
	for q >= 0 && (toks[q].Tag == "DT" || toks[q].Tag == "JJ" || toks[q].Tag == "CD" || numberWord(toks[q].Lower)) {
		q--
	}
	if q < p && q >= 1 && toks[q].Lower == "of" && v.harmNouns[toks[q-1].Lower] {
		return q // "the death of a 19-year-old detainee": determiner and adjectives after an act done to people
	}
	return -1
}

// numberWord reports a number written as a word ("three", "dozens"),
// which the tagger may take for a noun.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
		"dozens", "hundreds", "thousands", "scores":
		return true
	}
	return false
}

// deportees recodes the ordinary people a deportation targets as
// refugees ("deported more than 200 Venezuelans" → VENREF), as the gold
// sets' convention says; convicts and officials keep their codes.
func deportees(ts []actors.Mention) {
	for k := range ts {
		t := &ts[k]
		if t.Country == "" || t.Place || !(len(t.Sectors) == 1 && t.Sectors[0] == "CVL" || len(t.Sectors) == 0 && t.Kind == actors.KindAdjective) {
			continue
		}
		t.Code, t.Sectors = t.Country+"REF", []string{"REF"}
	}
}

// sharedHead gives a list's possessive states the role of the head noun
// they share: "Egypt's and Qatar's foreign ministers" → EGYGOV, QATGOV.
func sharedHead(g []actors.Mention) {
	if len(g) < 2 {
		return
	}
	last := g[len(g)-1]
	if len(last.Sectors) == 0 || last.Country == "" {
		return
	}
	// "Armenia and Azerbaijan's foreign ministers": a plural head shared
	// by states named bare before the last one's possessive
	shared := (last.Plural || pluralActor(last)) && strings.Contains(last.Text, "'s ")
	for k := range g[:len(g)-1] {
		m := &g[k]
		if (m.Possessive || shared && k == len(g)-2) && len(m.Sectors) == 0 && (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) {
			m.Code, m.Sectors = m.Country+strings.Join(last.Sectors, ""), append([]string(nil), last.Sectors...)
		}
	}
}

// leadingIts returns the owner of "its" before m when the sentence names
// no actor before it: the last sentence's subject ("Iran launched
// missiles … Its foreign minister said" is Iran's), nil otherwise.
func (ctx *articleCtx) leadingIts(toks []dyad.Token, before []actors.Mention, m actors.Mention) *actors.Mention {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-3 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text) {
		k--
	}
	if k < 0 || toks[k].Lower != "its" || ctx.lastSubj == nil || ctx.lastSubj.Person {
		return nil
	}
	for _, b := range before {
		if b.Start < k && !b.Modifier && !b.Place {
			return nil // an actor in the sentence is the owner, if any is
		}
	}
	if pluralActor(*ctx.lastSubj) {
		// "its" never means "officials": the state last named as a
		// subject ("officials stressed that Cyprus has no part … Its
		// foreign minister"), else nobody
		return ctx.lastState
	}
	return ctx.lastSubj
}

// appositionOwner reports an apposition after the title-and-name mention
// m that names what the person heads or serves: ", the head of Russia's
// chemical protection troops", ", Iran's foreign minister" (n is that
// body or state, right after the comma, "the" and title words).
func (v *vocab) appositionOwner(toks []dyad.Token, m, n actors.Mention) bool {
	if m.End >= len(toks) || toks[m.End].Text != "," || n.Start <= m.End || n.Unresolved || n.Modifier || n.Place || n.Person ||
		n.Country == "" && n.Kind != actors.KindOrg {
		return false
	}
	for k := m.End + 1; k < n.Start; k++ {
		w := toks[k].Lower
		if w == "the" || w == "of" || v.personTitles[w] || v.ownerTitles[w] || toks[k].Tag == "JJ" && !startsUpperASCII(toks[k].Text) {
			continue
		}
		return false
	}
	return n.Start-m.End <= 5
}

// participleSubject returns the actor before a participle phrase that
// separates it from its verb, when b is the participle: "Chinese coast
// guard personnel wielding knives and axes boarded …", "Gunmen carrying
// rifles stormed …". Nil when no actor stands right before it.
func (c *Coder) participleSubject(st *sentence, b int) []actors.Mention {
	toks := st.toks
	for n := 0; n < 6 && b >= 1 && st.at[b] < 0 && (toks[b].Lower == "and" || toks[b].Lower == "or" || toks[b].Text == "," ||
		toks[b].Tag == "NN" || toks[b].Tag == "NNS" || toks[b].Tag == "NNP" || toks[b].Tag == "JJ" || toks[b].Tag == "DT" || toks[b].Tag == "CD"); n++ {
		b-- // "personnel wielding knives and axes boarded": past the participle's coordinated object
	}
	if b >= 2 && (toks[b].Tag == "IN" || toks[b].Tag == "TO") && (toks[b-1].Tag == "VBN" || toks[b-1].Tag == "VBG" || postModifier(st, b-1) || reducedPast(st, b-1)) && st.at[b-1] < 0 {
		if o := c.memberOf(st, b-1); o != nil {
			return []actors.Mention{*o} // "fighters belonging to the M23 rebel group captured"
		}
		b-- // "gunmen armed with assault rifles attacked", "troops stationed near the border shelled"
	}
	if o := c.believedMember(st, b); o != nil {
		return []actors.Mention{*o} // "Gunmen believed to belong to the Abu Sayyaf group seized" (sources_believed_member.go)
	}
	if b < 1 || toks[b].Tag != "VBG" && toks[b].Tag != "VBN" && !postModifier(st, b) && !reducedPast(st, b) || st.at[b] >= 0 {
		return nil
	}
	k := b - 1
	if st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && !startsUpperASCII(toks[k].Text) {
		k-- // "coast guard personnel": the body's people
	}
	if k < 0 || st.at[k] < 0 {
		return nil
	}
	mt := st.ments[st.at[k]]
	if mt.Modifier || mt.Place || mt.End != k+1 {
		return nil
	}
	g := c.group(st, st.at[k])
	p := g[0].Start - 1
	if p >= 1 && toks[p].Tag == "DT" {
		p--
	}
	if p >= 1 && toks[p].Lower == "of" && st.at[p-1] >= 0 && !st.ments[st.at[p-1]].Modifier && !st.ments[st.at[p-1]].Place {
		// "the families of Israeli hostages held in Gaza urged": the head
		// of the phrase, the families
		h := c.group(st, st.at[p-1])
		if b := h[0].Start - 1; b < 0 || !isPreposition(toks[b].Lower) {
			return h
		}
		return nil
	}
	if p >= 0 && isPreposition(toks[p].Lower) && !quantityOf(toks, p) {
		return nil // (not "Thousands of Haitians angry over food prices tried")
	}
	return g
}

// memberOf returns the organisation that fighters "belonging to",
// "linked to" or "affiliated with" are members of, when the participle at
// v says so and the organisation follows within four words; nil
// otherwise.
func (c *Coder) memberOf(st *sentence, v int) *actors.Mention {
	switch st.toks[v].Lemma {
	case "belong", "link", "affiliate", "ally":
	default:
		return nil
	}
	for k := v + 2; k < len(st.toks) && k <= v+5; k++ {
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Kind == actors.KindOrg && !mt.Place {
				return &mt
			}
			return nil
		}
	}
	return nil
}

// bodyNoun reports a noun for people or a body acting for its owner
// ("Putin's spokesman", "the prosecutor general's office", "Hamas's armed
// wing"), unlike an act or a thing ("Trump's decision", "Iran's oil").
//
// The nouns are the [person titles], [owner titles] and [body nouns] of
// data/words.txt.
func (v *vocab) bodyNoun(w string) bool {
	return v.personTitles[w] || v.ownerTitles[w] || v.bodyNouns[w]
}

// unknownKey prefixes the names-map keys of words seen in names the
// dictionary does not know (no name token can hold a NUL byte).
const unknownKey = "\x00unknown:"

// nameRuns calls f with each run of two or more capitalised NNP tokens
// [a, b) of the sentence that no mention of ms covers ("Hoda Muthana",
// "Kafr Malik"); a nil ms means the sentence's resolved mentions (st.at).
func nameRuns(st *sentence, ms []actors.Mention, f func(a, b int)) {
	toks := st.toks
	covered := func(k int) bool { return mentionAt(ms, k) != nil }
	if ms == nil {
		covered = func(k int) bool { return st.at[k] >= 0 } // st.at is set
	}
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && toks[b].Tag == "NNP" && startsUpperASCII(toks[b].Text) && !covered(b) {
			b++
		}
		if b-a >= 2 {
			f(a, b)
		}
		if b == a {
			b++
		}
		a = b
	}
}

// noteUnknownNames remembers the words of names the dictionary does not
// know, so that a later lone "Ahmed" is that person, not an office holder
// who shares the surname.
func (c *Coder) noteUnknownNames(ctx *articleCtx, st *sentence) {
	nameRuns(st, nil, func(a, b int) {
		for k := a; k < b; k++ {
			if w := st.toks[k].Lower; c.matcher.Surname(w) { // only words a lone name could be mistaken for
				if ctx.names == nil {
					ctx.names = map[string]actors.Mention{}
				}
				ctx.names[unknownKey+w] = actors.Mention{}
			}
		}
	})
}

// unknownName reports that the word at i belongs to a name the dictionary
// does not know, named earlier in the story or the sentence.
func (ctx *articleCtx) unknownName(st *sentence, ms []actors.Mention, i int) bool {
	if _, ok := ctx.names[unknownKey+st.toks[i].Lower]; ok {
		return true
	}
	found := false
	nameRuns(st, ms, func(a, b int) {
		for k := a; k < b && b <= i; k++ {
			found = found || st.toks[k].Lower == st.toks[i].Lower
		}
	})
	return found
}

// byOfAct reports that mention m follows "by" closing "N of … by" where
// N names an act: "the release of hostages by Hamas" (the hostages being
// no actor mention).
func (c *Coder) byOfAct(st *sentence, m int) bool {
	toks := st.toks
	b := st.ments[m].Start - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	if b < 2 || toks[b].Lower != "by" {
		return false
	}
	for q := b - 1; q >= 1 && q >= b-5; q-- {
		if st.at[q] >= 0 || strings.HasPrefix(toks[q].Tag, "VB") && toks[q].Tag != "VBG" || toks[q].Text == "," {
			return false
		}
		if toks[q].Lower == "of" {
			return c.nounEventAt(st, q-1) || actNoun(toks[q-1].Lower)
		}
	}
	return false
}

// actOfBy returns the agent of an act named before "of" whose victims or
// objects are mention m: "the killing of its soldiers by Afghan Taliban
// fighters", "the arrest of opposition leaders by Belarusian police" →
// the fighters, the police. Nil when no such "N of … m by X" surrounds m.
func (c *Coder) actOfBy(st *sentence, m int) []actors.Mention {
	toks := st.toks
	q := st.ments[m].Start - 1
	for q >= 0 && (toks[q].Tag == "CD" || toks[q].Tag == "JJ" || toks[q].Tag == "DT" || toks[q].Tag == "PRP$" || numberWord(toks[q].Lower)) {
		q--
	}
	if q < 1 || toks[q].Lower != "of" {
		return nil
	}
	if !c.nounEventAt(st, q-1) && !actNoun(toks[q-1].Lower) {
		return nil
	}
	return c.ofBy(st, m)
}

// actNoun reports nouns naming an act done to someone, whose "by" phrase
// names who did it: "the arrest of … by", "the release of … by".
func actNoun(w string) bool {
	switch w {
	case "arrest", "arrests", "detention", "detentions", "killing", "killings", "murder", "execution", "executions",
		"release", "abduction", "kidnapping", "deportation", "expulsion", "seizure", "capture", "torture",
		"bombing", "shelling", "shooting", "assassination", "imprisonment", "jailing", "sentencing", "expulsions":
		return true
	}
	return false
}

// timePhrase reports a time phrase opening at k that ends an object
// search: "before the U.S. presidential election", "until the end of the
// year", "during the summit" (but "before Congress" may name a party).
func timePhrase(toks []dyad.Token, k int) bool {
	switch toks[k].Lower {
	case "before", "until", "during", "ahead":
	default:
		return false
	}
	if toks[k].Lower == "ahead" {
		return k+1 < len(toks) && toks[k+1].Lower == "of"
	}
	return k+1 < len(toks) && (toks[k+1].Tag == "DT" || toks[k+1].Tag == "PRP$" || toks[k+1].Tag == "CD")
}

// reducedPast reports a regular past form at k that the tagger read as
// the clause's verb (VBD) though a finite verb follows the phrase it
// opens: "Gunmen armed with rifles, grenades and machetes killed 12
// villagers" (a list with commas makes the tagger read "armed" as the
// verb; with "and" alone it reads a participle). participleSubject asks
// only from that later verb, past the participle's object, so the form
// is a participle after its actor noun ("Rebels equipped with mortars,
// rockets and drones attacked").
func reducedPast(st *sentence, k int) bool {
	toks := st.toks
	if k < 1 || k+1 >= len(toks) || toks[k].Tag != "VBD" || st.at[k] >= 0 || !strings.HasSuffix(toks[k].Lower, "ed") ||
		st.at[k-1] < 0 || st.ments[st.at[k-1]].End != k || toks[k+1].Lower != "with" {
		return false
	}
	comma := false // only the list with commas the tagger misreads
	for j := k + 2; j < len(toks) && j <= k+12; j++ {
		switch t := toks[j]; {
		case t.Text == ",":
			comma = true
		case st.at[j] < 0 && (npTag(t.Tag) || t.Tag == "CC"):
		case t.Tag == "VBD":
			return comma
		default:
			return false
		}
	}
	return false
}
