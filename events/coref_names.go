package events

// Coreference of pronouns, names and definite descriptions: whom "he",
// "she", "it" and "they" mean (gender, number, expletive "it", the subject
// or object a clause offers, a speaker before), a surname or title whose
// person was named earlier, and "the group", "the court", "the cabinet" or
// "the government" as the body the story named last. remember keeps the
// article context these read: last agents, organisations, forces, courts
// and bodies by key.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// responseClause reports "it" at token i after a subordinator ("after",
// "when", "because", "since") and before an act of its own, so that "it"
// names whom the main clause acts on, as after "if" (conditionObject):
// "The Security Council imposed sanctions on North Korea after it staged
// missile launches", "NATO warned Russia when it massed troops". A
// passive after the pronoun ("after it was attacked") or a verb of
// saying or judging ("after it blamed Russian intelligence", the
// subject's own reason) is left to the subject.
func responseClause(toks []dyad.Token, i int) bool {
	switch toks[i-1].Lower {
	case "after", "when", "because", "since":
	default:
		return false
	}
	if i+1 >= len(toks) || passiveAfter(toks, i) {
		return false
	}
	v := toks[i+1]
	if !strings.HasPrefix(v.Tag, "VB") {
		return false
	}
	switch v.Lemma {
	case "blame", "accuse", "say", "claim", "announce", "conclude", "find", "determine", "decide", "learn", "discover", "receive", "vote":
		return false
	}
	return true
}

// honorificClash reports an honorific right before the surname at token
// i that names the other gender than the person ref, as its title or
// given name tells: "Mrs Howard" in a story about Michael Howard is his
// wife, "Mr Bhutto" is not Benazir Bhutto. An unknown gender never
// clashes.
func (c *Coder) honorificClash(toks []dyad.Token, i int, ref *actors.Mention) bool {
	if i == 0 || !ref.Person {
		return false
	}
	var want actors.Gender
	switch strings.TrimSuffix(toks[i-1].Lower, ".") {
	case "mr", "sir", "lord":
		want = actors.Male
	case "mrs", "ms", "miss", "dame", "lady", "madam":
		want = actors.Female
	default:
		return false
	}
	m := *ref
	if m.Text == "" {
		m.Text = m.Name
	}
	g := c.genders.Of(m)
	return g != actors.GenderUnknown && g != want
}

// pronounGender is the gender "he" or "she" names.
func pronounGender(w string) actors.Gender {
	if w == "she" {
		return actors.Female
	}
	return actors.Male
}

// fits reports whether "he" or "she" (w) can mean the person m: no when
// m's title or given name tells the other gender.
func (c *Coder) fits(m actors.Mention, w string) bool {
	g := c.genders.Of(m)
	return g == actors.GenderUnknown || g == pronounGender(w)
}

// unknownPersonBefore reports a name the dictionary does not know before
// token i of the sentence, two or more capitalised words that are no
// mention and no place ("The Foreign Office permanent secretary, Sir
// Simon McDonald, … since he is"): a later "he" or "she" most likely
// means that person, no actor.
func (c *Coder) unknownPersonBefore(st *sentence, ms []actors.Mention, i int) bool {
	covered := func(k int) bool {
		for _, m := range ms {
			if k >= m.Start && k < m.End {
				return true
			}
		}
		return false
	}
	toks := st.toks
	for k := 1; k+1 < i; k++ {
		second := k + 1
		if nameParticle(toks[second].Text) && second+1 < i {
			second++ // "Staffan de Mistura", "Ursula von der Leyen"
			if nameParticle(toks[second].Text) && second+1 < i {
				second++
			}
		}
		if toks[k].Tag != "NNP" || toks[second].Tag != "NNP" || covered(k) || covered(second) || titleWord(toks[k].Lower) && !isHonorific(toks[k].Lower) {
			continue
		}
		if toks[k-1].Tag == "NNP" || toks[k-1].Lower == "the" {
			continue // inside a longer name or a named thing ("the Warsaw Summit")
		}
		if _, _, ok := c.placeAt(st, k, i, 3); ok || orgWord(toks[k+1].Lower) || k+2 < i && toks[k+2].Tag == "NNP" && orgWord(toks[k+2].Lower) {
			continue // a place or an organisation ("Nature Air", "Civil Aviation")
		}
		return true
	}
	return false
}

// orgWord lists capitalised words that end organisations' and things'
// names, not people's.
func orgWord(w string) bool {
	switch w {
	case "air", "airlines", "airways", "group", "company", "corp", "inc", "ltd", "bank", "temple", "church", "university",
		"college", "school", "hospital", "aviation", "council", "committee", "commission", "party", "agency", "ministry",
		"court", "news", "times", "post", "press", "journal", "force", "forces", "army", "navy", "guard", "police",
		"office", "department", "institute", "foundation", "union", "league", "association", "front", "movement",
		"brigade", "brigades", "day", "street", "square", "avenue", "centre", "center", "hotel", "airport", "port",
		"bridge", "strait", "sea", "river", "island", "islands", "valley", "summit", "conference", "forum", "games",
		"cup", "prize", "award", "act", "treaty", "accord", "agreement", "plan", "initiative", "project", "fund":
		return true
	}
	return false
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady":
		return true
	}
	return false
}

// particleName reports a name with a lower-case particle: "al-Assad",
// "el-Sisi", "bin" is not one.
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i <= 3 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// pluralActor reports a mention of people in the plural ("the women",
// "officials"), which "it" cannot mean. The number is its head noun's:
// the word before an "of", "on" or "for" inside the mention ("India's
// Ministry of External Affairs" is one body, "the families of the
// victims" are many; mentionHead).
func pluralActor(m actors.Mention) bool {
	if m.Kind == actors.KindCountry || m.Kind == actors.KindCapital || m.Kind == actors.KindOrg {
		return false
	}
	h := mentionHead(m)
	return strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss")
}

// mentionHead returns the head word of m's text, lower-cased: the word
// before the first "of", "on" or "for" after its first word ("the
// prosecutor of the International Criminal Court": "prosecutor"), else
// its last word; "" for an empty text.
func mentionHead(m actors.Mention) string {
	// the words of strings.Fields(m.Text), read without the slice: a
	// word is "of", "on" or "for" between two others when a third
	// follows it
	var before, prev string
	n := 0
	for w := range strings.FieldsSeq(m.Text) {
		if n >= 2 {
			switch prev {
			case "of", "on", "for":
				return strings.ToLower(before)
			}
		}
		before, prev = prev, w
		n++
	}
	return strings.ToLower(prev)
}

// expletive reports an "it" that refers to nothing: "it is not clear",
// "it was important", "it emerged that", "it seems".
func expletive(toks []dyad.Token, i int) bool {
	k := i + 1
	for k < len(toks) && (isAuxWord(toks[k].Lower) || toks[k].Tag == "MD" || toks[k].Lower == "be" || toks[k].Lower == "been" ||
		toks[k].Lower == "not" || toks[k].Lower == "n't" || toks[k].Tag == "RB" || toks[k].Lower == "no" && k+1 < len(toks) && toks[k+1].Lower == "longer" || toks[k].Lower == "longer" && toks[k-1].Lower == "no") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Lower == "that" && k > i+1 {
		return true // "it was encouraging that …"
	}
	switch toks[k].Lower {
	case "emerged", "seems", "seemed", "appears", "appeared", "means", "meant", "matters":
		return true // "it emerged that", "it seems"
	}
	if k == i+1 {
		return false // "what it said", "it warned"
	}
	switch toks[k].Lower {
	case "clear", "unclear", "important", "likely", "unlikely", "possible", "impossible", "necessary", "true", "hard",
		"difficult", "easy", "time", "worth", "understood", "believed", "expected", "thought", "reported", "estimated",
		"feared", "hoped", "known", "said", "alleged", "claimed", "unknown", "obvious", "essential", "vital",
		"crucial", "urgent", "critical", "significant", "striking", "notable", "surprising", "rare",
		"enough", "wrong", "better", "unacceptable", "inevitable", "imperative": // "it is no longer enough to condemn" (falseevents_opinion_test.go)
		return true // "it is not clear", "it was reported"
	}
	return false
}

// describes tells what a definite description stands for: "org" for an
// organisation named before ("the group", "the militia"), "igo" for an
// international one ("the bloc", "the alliance"), "state" for a country
// ("the kingdom", "the island", "the country"); "" for other nouns.
func describes(w string) string {
	switch w {
	case "bloc", "alliance":
		return "igo"
	case "group", "movement", "militia", "organisation", "organization":
		return "org"
	case "kingdom", "island", "country", "nation", "republic", "emirate", "sultanate":
		return "state"
	}
	return ""
}

// pronounSubject reports "he" or "she" as the sentence's subject before
// token i.
func pronounSubject(toks []dyad.Token, i int) bool {
	for k := 0; k < i && k < 3; k++ {
		if toks[k].Lower == "he" || toks[k].Lower == "she" {
			return true
		}
	}
	return false
}

// storyGovernment reports the head nouns of a bare "the government" that
// mean the government of the story's own state unless another has been as
// much in the story.
func storyGovernment(w string) bool {
	switch w {
	case "government", "regime", "administration", "authorities":
		return true
	}
	return false
}

// intlAgent reports a mention of an international body's agent named by
// a common noun ("the U.N. envoy", "the IAEA chief"): an IGO, NGO or
// armed group's code, not a person, ending in a lower-case noun.
func intlAgent(toks []dyad.Token, m actors.Mention) bool {
	if m.Person || m.Place || m.Modifier || !intlCode(m.Code) || m.End <= m.Start || m.End > len(toks) {
		return false
	}
	h := toks[m.End-1]
	return (h.Tag == "NN" || h.Tag == "NNS") && h.Text == h.Lower
}

// groupAgent reports a mention of a group's agent named by its group and
// a common noun ("a Hamas official", "a Taliban spokesman"): an
// organisation of a state, not a person, ending in a lower-case noun. A
// later "the official" or "the spokesman" is that group's (sameBodyBefore).
func groupAgent(toks []dyad.Token, m actors.Mention) bool {
	if m.Kind != actors.KindOrg || m.Person || m.Place || m.Modifier || len(m.Country) != 3 || m.End-m.Start < 2 || m.End > len(toks) {
		return false
	}
	h := toks[m.End-1]
	return (h.Tag == "NN" || h.Tag == "NNS") && h.Text == h.Lower
}

// lastOrgKey is the key under which the article context's names map keeps
// the last organisation named (no name token can hold a NUL byte).
const lastOrgKey, lastIGOKey = "\x00org", "\x00igo"

// lastMilKey keeps the last state's forces named with their country
// ("Israeli forces"), whom a later bare "tanks" or "helicopters" mean.
const lastMilKey = "\x00mil"

// actingMilKey keeps the last state's forces named as a clause's subject
// (actors_forces.go: their tanks and jets later are theirs, whatever place the
// sentence names).
const actingMilKey = "\x00milact"

// personBefore reports a title or kin word right before token i (past a
// quotation mark), so that the name at i is a person's: "the Isis oil
// “minister” Abu Sayyaf", "her husband, Abu Sayyaf" is not the group.
func (v *vocab) personBefore(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Text == "”" || toks[k].Text == "\"" || toks[k].Text == "'" || toks[k].Text == "," && k >= 1 && v.kinWords[toks[k-1].Lower]) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "minister", "commander", "emir", "spokesman", "spokeswoman", "named", "nicknamed", "alias", "mr", "mrs", "ms":
		return true
	}
	return v.kinWords[toks[k].Lower]
}

// orgBefore returns the organisation mentioned last before token i, an
// intergovernmental one when igo, else a non-state group (no news
// medium); nil when none.
func orgBefore(ms []actors.Mention, i int, igo bool) *actors.Mention {
	for j := len(ms) - 1; j >= 0; j-- {
		m := &ms[j]
		if m.Start >= i || m.Kind != actors.KindOrg || m.Modifier || m.Place || hasSector(*m, "MED") {
			continue // (a news medium is told, never "the group": "told Reuters the group was")
		}
		if strings.HasPrefix(m.Code, "IGO") == igo {
			return m
		}
	}
	return nil
}

// described returns the actor a definite description means (see
// describes), nil when none fits.
func (ctx *articleCtx) described(c *Coder, w string) *actors.Mention {
	switch describes(w) {
	case "igo":
		if m, ok := ctx.names[lastIGOKey]; ok {
			return &m
		}
	case "org":
		if m, ok := ctx.names[lastOrgKey]; ok && !strings.HasPrefix(m.Code, "IGO") {
			return &m
		}
	case "state":
		code := ctx.lastCtry
		if w != "island" && ctx.lastSubj != nil && ctx.lastSubj.Country != "" && (ctx.lastSubj.Kind == actors.KindCountry || ctx.lastSubj.Kind == actors.KindCapital) {
			code = ctx.lastSubj.Country
		}
		if code == "" {
			return nil
		}
		return &actors.Mention{Actor: dyad.Actor{Code: code, Country: code, Sectors: []string{}, Name: c.matcher.Dictionary().Name(code)}, Kind: actors.KindCountry}
	}
	return nil
}

func isPossTok(t dyad.Token) bool { return t.Lower == "'s" || t.Lower == "’s" || t.Lower == "'" }

// objectBefore returns the state or organisation mention ending right
// before token i that is the object of a verb ("warned Iran"), nil when
// none.
func objectBefore(ms []actors.Mention, i int) *actors.Mention {
	for j := range ms {
		m := &ms[j]
		if m.End == i && !m.Modifier && !m.Place && !m.Person && (m.Country != "" || m.Kind == actors.KindOrg) && j > 0 {
			return m
		}
	}
	return nil
}

// conditionObject returns the last state or organisation mention before
// the "if" at token i when it is not the sentence's first actor: the one a
// conditional threat or promise is about ("will impose sanctions on
// Russia if it invades", "warned Pyongyang would face … if it threatens"),
// in the clause of the "if" (no comma between). Nil when none or after
// "even".
func conditionObject(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	var obj *actors.Mention
	for j := range ms {
		m := &ms[j]
		if m.End > i {
			break
		}
		if !m.Modifier && !m.Place && !m.Person && (m.Country != "" || m.Kind == actors.KindOrg) {
			obj = m
		}
	}
	if obj == nil || obj == &ms[0] || i >= 1 && toks[i-1].Lower == "even" {
		return nil // "…, even if it criticises": a concession, no condition on anyone
	}
	for k := obj.End; k < i; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return nil // "near Guam, home to …, … if it": not the clause's object
		}
	}
	return obj
}

// passiveAfter reports a passive right after token i ("if it is
// attacked", "if it were struck"): the pronoun is the one acted on.
func passiveAfter(toks []dyad.Token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Lemma == "be" {
		j++
		if j < len(toks) && toks[j].Tag == "RB" {
			j++
		}
		return j < len(toks) && toks[j].Tag == "VBN"
	}
	return false
}

// subjectOf reports whether mention p is the subject of the clause that
// reaches token i: a verb follows p, and no other actor, comma or
// conjunction stands between them ("Putin had warned him").
func subjectOf(st *sentence, ms []actors.Mention, p actors.Mention, i int) bool {
	for _, o := range ms {
		if o.Start >= p.End && o.Start < i {
			return false
		}
	}
	verb := false
	for k := p.End; k < i; k++ {
		t := st.toks[k]
		switch {
		case t.Text == "," || t.Tag == "CC" || t.Lower == "that" || t.Lower == "who":
			return false
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			verb = true
		}
	}
	return verb
}

// nameGoesOn reports a capitalised word at token i continuing the name
// before it: "Scarborough Shoal" is no Scarborough.
func nameGoesOn(toks []dyad.Token, i int) bool {
	return i < len(toks) && toks[i].Tag == "NNP" && startsUpperASCII(toks[i].Text) && !titleWord(toks[i].Lower)
}

// titleWord lists capitalised words of titles, never names.
func titleWord(w string) bool {
	switch w {
	case "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "chief",
		"king", "queen", "leader", "state", "deputy", "vice", "premier", "chancellor", "ambassador", "envoy",
		"secretary-general", "commander", "interior", "finance", "treasury", "external", "affairs", "mr", "mrs", "ms",
		"dr", "supreme", "crown", "prince", "sheikh", "emir", "sultan", "pope", "senator", "governor", "mayor":
		return true
	}
	return false
}

// followedByVerb reports a pronoun used as a subject: a verb follows,
// perhaps after adverbs and auxiliaries.
func followedByVerb(st *sentence, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+4; k++ {
		t := st.toks[k]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return true
		}
		if t.Tag != "RB" && !isQuote(t.Text) { // (`it "firmly opposes"`)
			return false
		}
	}
	return false
}

// remember updates the article context after a sentence.
func (c *Coder) remember(ctx *articleCtx, st *sentence) {
	ctx.prevFirst = firstActor(st.ments) // (actors_places.go)
	if namesActor(st.ments) {
		ctx.persAge++ // (a sentence naming no one gives a later "he" no other antecedent: "… said “we are busy. There is no consensus.” But asked …, he")
	}
	ctx.rememberBody(st)
	c.rememberPlace(ctx, st)
	if d := actDoer(st); d != nil {
		ctx.actDoer = d // "North Korea launches 'satellite'" (act_doer.go)
	}
	pers := false
	unknown := -1 // whether the sentence names an unknown person: -1 not yet asked
	unknownPerson := func() bool {
		if unknown < 0 {
			unknown = 0
			if c.unknownPersonBefore(st, st.ments, len(st.toks)) {
				unknown = 1
			}
		}
		return unknown == 1
	}
	defer func() {
		if !pers && unknownPerson() {
			// a sentence about someone the dictionary does not know
			// ("Tamara Steinberg Jacobson wrote …"): a later "she" is not
			// the last known person
			ctx.lastPers, ctx.lastPeople, ctx.persAge = nil, nil, 0
		}
	}()
	ctx.theyNone = openingPluralNone(st.toks, st.ments)
	ctx.theyAnte, ctx.theyQuoted = theyAntecedent(st.toks, st.ments) // (coref_pronouns.go)
	ctx.theyAlso = nil
	if ctx.theyAnte == nil {
		ctx.theyAnte, ctx.theyAlso = coordinatedStates(st.toks, st.ments) // "Russia and China vetoed …"
	}
	reported := len(st.ments) > 0 && speechBefore(st.toks, st.ments[0].Start)
	if reported {
		// "John Letts and Sally Lane said the Foreign Office had refused
		// … They say": the speakers, no actor, are whom a later "they"
		// means, not the body they spoke of
		ctx.lastSubj = nil
	}
	setHere := false // lastSubj set by this sentence's mentions
	for k := range st.ments {
		m := st.ments[k]
		if m.Modifier || m.Place || reported {
			// not a subject; still a country the story names
		} else if m.Country != "" && ctx.lastSubj == nil && !placeOpener(st.toks, m) || m.Country != "" && k == 0 && !m.Person && !placeOpener(st.toks, m) {
			mm := m
			ctx.lastSubj, setHere = &mm, true
		}
		if m.Country != "" && !topicModifier(st.toks, m) && !originModifier(st.toks, m) && !originList(st.toks, m) && !mediumPlatform(st.toks, st.words, m) {
			ctx.lastCtry = m.Country
			if ctx.countries == nil {
				ctx.countries = map[string]int{}
			}
			if ctx.countries[m.Country] == 0 {
				ctx.order = append(ctx.order, m.Country)
			}
			ctx.countries[m.Country]++
		}
		if (m.Kind == actors.KindAgent || m.Kind == "coref" && !m.Person) && m.Country != "" && !m.Place && !m.Modifier && m.End > m.Start ||
			intlAgent(st.toks, m) || groupAgent(st.toks, m) {
			// (an international body's agent too: "the U.N. envoy … The
			// envoy said" is the UN's, not the host's government)
			if ctx.agents == nil {
				ctx.agents = map[string]actors.Mention{}
			}
			ctx.agents[st.toks[m.End-1].Lower] = m
		}
		if m.Kind == actors.KindAgent && len(m.Country) == 3 && !m.Place && !m.Modifier && len(m.Code) == 6 && hasSector(m, "MIL") {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			ctx.names[lastMilKey] = m
			if subjectAt(st.toks, m.End) {
				ctx.names[actingMilKey] = m // it acts: "Israeli troops raided …"
			}
		}
		if namesCourt(st.toks, m) && !m.Place && !m.Modifier && !m.Unresolved {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			ctx.names[lastCourtKey] = m // (coref_names.go)
		}
		if m.Kind == actors.KindOrg && !m.Place && !m.Modifier {
			if ctx.names == nil {
				ctx.names = map[string]actors.Mention{}
			}
			if strings.HasPrefix(m.Code, "IGO") {
				ctx.names[lastIGOKey] = m
			} else {
				ctx.names[lastOrgKey] = m
			}
		}
		for _, s := range m.Sectors {
			if s == "MED" {
				mm := m
				ctx.lastMed = &mm
			}
		}
		if m.Person {
			mm := m
			if !pers && !reported && c.unknownPersonBefore(st, st.ments, m.Start) {
				// "UN envoy Staffan de Mistura met Syrian President Bashar
				// al-Assad … He urged": the subject the dictionary does not
				// know comes first, and a later "he" is that person, no
				// actor, not the known one named after
				ctx.lastPers, pers, ctx.persAge = nil, true, 0
				ctx.lastPeople = nil
			} else if !pers && !asideOfLaterPronoun(st.toks, m) {
				// the sentence's first person, its subject as a rule, is
				// who a later "he" or "she" means (not one named in a
				// fronted phrase before the subject "he": coref_aside.go)
				p := mm // (a copy on the heap only here)
				ctx.lastPers, pers, ctx.persAge = &p, true, 0
				ctx.lastPeople = nil // (a new array: a resolved pronoun may point into the old one)
			}
			ctx.lastPeople = append(ctx.lastPeople, mm)
			if m.Kind != "coref" {
				if ctx.names == nil {
					ctx.names = map[string]actors.Mention{}
				}
				// the name run at the end of the mention: "… Minister Abbas Araghchi"
				for k := m.End - 1; k >= m.Start; k-- {
					t := st.toks[k]
					if t.Tag != "NNP" && !particleName(t.Text) || titleWord(t.Lower) {
						break
					}
					ctx.names[t.Lower] = mm
					for _, pre := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"} {
						if rest, ok := strings.CutPrefix(t.Lower, pre); ok && len(rest) > 2 {
							ctx.names[rest] = mm // "al-Assad" … "Assad"
						}
					}
				}
			}
		}
	}
	c.noteUnknownNames(ctx, st)
	if len(st.ments) > 0 && !reported && (st.ments[0].Country != "" || subjectOrg(st.ments[0])) && !st.ments[0].Person && !st.ments[0].Modifier && !st.ments[0].Place {
		// (an organisation too: "The European Union adopted … It also
		// condemned")
		first := func() *actors.Mention { mm := st.ments[0]; return &mm } // a copy (on the heap only when kept)
		if placeOpener(st.toks, st.ments[0]) {
			if g := groupAfterPlace(st); g != nil {
				ctx.lastSubj = g // "Weapons were seized in parts of Iraq held by Isis. It …" (itsubject.go)
			} else if ctx.lastSubj == nil || setHere && byAgent(st.toks, *ctx.lastSubj) {
				// no group controls the place, and no one else is the
				// subject: "… in parts of Nigeria hit by Boko Haram
				// attacks. It asked Chad …" is Nigeria
				ctx.lastSubj = first()
			}
		} else {
			ctx.lastSubj = first()
		}
	}
	if len(st.ments) > 0 && possessedNominal(st, st.ments[0]) {
		// "Then came Washington's creation of the Kurdish-led Syrian
		// Democratic Forces. It occupied …": the sentence is about the
		// act its first state owns, which no later "it" means
		ctx.lastSubj = nil
	}
	if r := ctx.rememberRoleNames(st); r != nil && !pers {
		// "The gunman, Stephen Paddock, fired …": a later "he" or "Mr.
		// Paddock" is the gunman (coref_rolenames.go)
		ctx.lastPers, ctx.lastPeople, ctx.persAge, pers = r, nil, 0, true
	}
	if !pers {
		if m, ok := st.words.unnamedSubject(st.toks, st.ments); ok {
			// "A 19-year-old student goes on a rampage …": a later "he"
			// is that person, the mention naming them or no actor
			// (coref_pronouns.go)
			ctx.lastPers, ctx.lastPeople, ctx.persAge, pers = nil, nil, 0, true
			if m != nil && m.Country != "" {
				mm := *m
				mm.Person = true
				ctx.lastPers = &mm
			}
		}
	}
	if !pers && !unknownPerson() {
		// no one named: a one-person office that opens the sentence is
		// whom a later "he" or "she" means ("Poland's foreign minister
		// arrived … He criticised")
		for _, m := range st.ments {
			if m.Modifier || m.Place || m.Plural || m.End <= m.Start {
				continue
			}
			if m.Code != "" && st.words.personTitles[st.toks[m.End-1].Lower] && subjectAt(st.toks, m.End) {
				mm := m
				mm.Person = true
				ctx.lastPers, pers, ctx.persAge = &mm, true, 0
			}
			break
		}
	}
}

// speechBefore reports a verb of saying before token i: the sentence's
// first actor then stands in what someone else said.
func speechBefore(toks []dyad.Token, i int) bool {
	for k := 0; k < i && k < len(toks); k++ {
		switch toks[k].Lower {
		case "said", "says", "say", "told", "added", "insisted":
			return true
		}
	}
	return false
}

// subjectOrg reports an organisation that a later "it" may mean: not a
// news outlet, which reports rather than acts.
func subjectOrg(m actors.Mention) bool {
	return m.Kind == actors.KindOrg && !hasSector(m, "MED")
}

// honorificApposition reports ", Mr Putin," at k: a title in apposition
// to an honorific and a name ("The president, Mr Putin, said"), which the
// name resolves (to the one office holder of that surname), not the last
// state in the news.
func honorificApposition(toks []dyad.Token, k int) bool {
	return k+2 < len(toks) && toks[k].Text == "," && isHonorific(strings.TrimSuffix(toks[k+1].Lower, ".")) && toks[k+2].Tag == "NNP"
}

// clauseSubject reports a mention that opens its sentence (after
// determiners and numbers) and is followed by a finite verb or an
// auxiliary: "Hospitals have urged", "The hospital said".
func clauseSubject(toks []dyad.Token, m actors.Mention) bool {
	for k := 0; k < m.Start; k++ {
		if t := toks[k]; t.Tag != "DT" && t.Tag != "CD" && t.Tag != "JJ" {
			return false
		}
	}
	if m.End >= len(toks) {
		return false
	}
	n := toks[m.End]
	return finite(n.Tag) || n.Tag == "MD"
}

// givenLike reports a lone name at token i that is as likely someone's
// given name, or a place, as a former office holder's surname: a given
// name the dictionary knows ("Howard", "Grant"), a place the gazetteer
// knows ("Lagos"), or a name in apposition to a kin noun ("Robinson's
// mother, Sharon,"). A former holder named by surname
// alone is taken only when neither holds (actors.Matcher.Holder).
func (c *Coder) givenLike(toks []dyad.Token, i int) bool {
	var key [32]byte
	if _, ok := c.genders[string(gazetteer.AppendKey(key[:0], toks[i].Text))]; ok {
		return true
	}
	if _, ok := c.gaz.Lookup(toks[i].Text); ok {
		return true // "Lagos" is the city before Ricardo Lagos, out of office
	}
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	w := toks[i-2].Lower
	return c.words.kinWords[w] || c.words.kinNouns[w] || c.words.acquaintances[w]
}

// thingAntecedent reports a pronoun at i that opens a time or reason
// clause ("as", "when", "because" …) after a clause whose subject is a
// common noun phrase that names no actor: "the tram derailed as it was
// negotiating a curve", "the ships sank after they were hit". The pronoun
// means that thing, not an actor named earlier ("the inspectors said the
// tram derailed as it …" is not the inspectors). plural is true for
// "they", which needs a plural noun (NNS); "it" a singular one (NN).
func thingAntecedent(st *sentence, covered func(int) bool, extra []actors.Mention, i int, plural bool) bool {
	toks := st.toks
	if i < 4 {
		return false
	}
	switch toks[i-1].Lower {
	case "as", "when", "while", "because", "after", "before", "since", "until", "once", "although", "though":
	default:
		return false
	}
	for k := i - 2; k >= 1 && k >= i-16; k-- {
		t := toks[k]
		if t.Text == ";" || isQuote(t.Text) || t.Text == ":" || t.Text == "," && k != i-2 {
			return false
		}
		if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" {
			continue
		}
		if covered(k) || t.Lemma == "be" && !(k+1 < i && (toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBG")) {
			return false // ("The theme is likely to be its focus, as it retreats": a copula's subject is no agent to go on)
		}
		// the finite verb's subject: the noun right before it (past
		// adverbs and auxiliaries), headed by a determiner
		j := k - 1
		for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
			j--
		}
		if j < 1 || covered(j) || timeWord(toks[j].Lower) || describes(toks[j].Lower) != "" || mentionAt(extra, j) != nil {
			return false // ("the group had been persecuted since it overran": the group named before)
		}
		if want := "NN"; plural && toks[j].Tag != "NNS" || !plural && toks[j].Tag != want {
			return false
		}
		for d := j - 1; d >= 0 && d >= j-4; d-- {
			switch toks[d].Lower {
			case "the", "a", "an", "this": // (not "its": "Its involvement grew when it sent troops" is the owner)
				return d == 0 || toks[d-1].Tag != "IN" || toks[d-1].Lower == "that"
			}
			if covered(d) || !(toks[d].Tag == "JJ" || toks[d].Tag == "NN" || toks[d].Tag == "NNP" || toks[d].Tag == "VBN" || toks[d].Tag == "HYPH" || toks[d].Tag == "CD") {
				return false
			}
		}
		return false
	}
	return false
}

// timeWord lists the nouns that end a time phrase ("earlier this month"),
// never a clause's subject.
func timeWord(w string) bool {
	switch w {
	case "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time", "hour", "decade", "century":
		return true
	}
	return false
}

// newsMedium reports a news organisation (a MED code): one that is told
// things, never the one a later "it" or "they" means ("the firm told
// Reuters that it would appeal").
func newsMedium(m actors.Mention) bool {
	return strings.HasSuffix(m.Code, "MED") || hasSector(m, "MED")
}

// toldMedium reports a news medium as the object of a verb ("Amazon told
// Reuters", "informed the BBC"): the one told, not what a later pronoun
// means.
func toldMedium(toks []dyad.Token, m actors.Mention) bool {
	if !newsMedium(m) {
		return false
	}
	b := m.Start - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	return b >= 0 && (strings.HasPrefix(toks[b].Tag, "VB") || strings.HasSuffix(toks[b].Lower, "ed") && toks[b].Tag != "NNP")
}

// personNounBefore reports an unnamed person named by a common noun
// earlier in the sentence ("the gunman", "a driver"), whom a later "he"
// or "she" means rather than the last named person of the story:
// "Police shot dead the gunman after he opened fire".
func (v *vocab) personNounBefore(toks []dyad.Token, covered func(int) bool, i int) bool {
	for k := 1; k < i; k++ {
		if covered(k) || toks[k].Tag != "NN" {
			continue
		}
		if !v.personNouns[toks[k].Lower] {
			continue
		}
		if d := toks[k-1].Lower; d == "the" || d == "a" || d == "an" || toks[k-1].Tag == "JJ" {
			return true
		}
	}
	return false
}

// personNounMention returns the last actor mention before i that names
// one unnamed person by a common noun ("the gunman", "a Palestinian
// attacker"), whom a later "he" or "she" in the sentence means; nil when
// there is none.
func (v *vocab) personNounMention(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	for j := len(ms) - 1; j >= 0; j-- {
		if m := &ms[j]; m.Start < i && m.End <= i && m.End > m.Start && !m.Plural && !m.Modifier && v.personNouns[toks[m.End-1].Lower] {
			return m
		}
	}
	return nil
}

// govBody reports the head nouns of a government's collective bodies,
// which a story names bare for the government it follows: "Cabinet
// agreed", "the national security council will meet".
func govBody(w string) bool {
	return w == "cabinet" || w == "council"
}

// rememberBody notes the government of a sentence that names a
// cabinet or council ("Theresa May has summoned an emergency cabinet
// meeting", "Israel's security cabinet approved"): its first government
// actor. A later bare "Cabinet agreed" is that government's; with none
// noted it is no actor, never the country the story is about.
func (ctx *articleCtx) rememberBody(st *sentence) {
	// a state as a clause's subject: what a later "its" may mean
	for k := range st.ments {
		m := &st.ments[k]
		if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && !m.Modifier && !m.Place && !m.Possessive &&
			m.End < len(st.toks) && followedByVerb(st, m.End-1) {
			cp := *m // (a copy: the sentence's mentions are not kept)
			ctx.lastState = &cp
		}
	}
	// a titled person keeps the title's body too: "Syria's UN ambassador
	// Bashar Jaafari said … the ambassador denied" is Syria's
	for _, m := range st.ments {
		if !m.Person || m.Country == "" && !intlCode(m.Code) || m.Modifier || m.Place {
			continue
		}
		for i := m.Start; i < m.End && i < len(st.toks); i++ {
			if t := st.toks[i]; t.Tag == "NN" && t.Text == t.Lower {
				if ctx.agents == nil {
					ctx.agents = map[string]actors.Mention{}
				}
				ctx.agents[t.Lower] = m
			}
		}
	}
	body := false
	for i, t := range st.toks {
		if govBody(t.Lower) && (st.at == nil || i >= len(st.at) || st.at[i] < 0 || st.ments[st.at[i]].Kind != actors.KindOrg) {
			body = true
		}
	}
	if !body {
		return
	}
	for _, m := range st.ments {
		if m.Country != "" && hasSector(m, "GOV") && !m.Modifier && !m.Place && !m.Unresolved {
			ctx.lastGov = m.Country
			return
		}
	}
}

// convenes reports a meeting or consultation with nobody named whose
// source is a government's collective body: "the national security
// council will be meeting", "the cabinet met on Tuesday" is the body
// convening, no event between actors.
func convenes(st *sentence, h *verbHit) bool {
	if len(h.source) != 1 || (!strings.HasPrefix(h.code, "03") && !strings.HasPrefix(h.code, "04")) {
		return false
	}
	m := h.source[0]
	return m.Kind != actors.KindOrg && m.End > m.Start && m.End <= len(st.toks) && govBody(st.toks[m.End-1].Lower)
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

// subordinateOrg reports "the group", "the militia", "the bloc" at token
// i right after a word opening a clause ("if the group fired rockets",
// "a day after the group fired a missile"): the subject of that clause,
// which coref resolves to an organisation the sentence named before (see
// namedBefore), not a phrase's object.
func subordinateOrg(toks []dyad.Token, ms []actors.Mention, i int) bool {
	if i == 0 || i+1 >= len(toks) || !subordinator(toks[i-1].Lower) {
		return false
	}
	d := describes(toks[i+1].Lower)
	return d == "org" || d == "igo"
}

// openingPluralNone reports a sentence that opens with people no actor
// covers, the subject of its verb: "Kurdish officials had asked the Syrian
// government to intervene", "Local residents say …". A "they" of the next
// sentence means them (no actor), not the party they acted on.
func openingPluralNone(toks []dyad.Token, ms []actors.Mention) bool {
	for k := 0; k < len(toks) && k < 4; k++ {
		if mentionAt(ms, k) != nil {
			return false
		}
		switch t := toks[k]; {
		case t.Tag == "NNS":
			if !subjectAt(toks, k+1) || k+1 < len(toks) && toks[k+1].Tag != "VBP" && toks[k+1].Tag != "VBD" && toks[k+1].Tag != "MD" && toks[k+1].Tag != "RB" {
				return false // "Sanctions imposed …": a participle, not the verb
			}
			return true
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD":
		default:
			return false
		}
	}
	return false
}

// contactRelative reports a "they" at i that opens a relative clause with
// no pronoun right after a noun ("concessions they have refused to make",
// "the land they hold") when another party stands between ref, the
// subject it would take, and the noun: "Britain and the US … can force
// the Syrian regime to make concessions they have so far refused" is
// the regime's refusal as likely as theirs, so no actor.
func contactRelative(toks []dyad.Token, covered func(int) bool, ms []actors.Mention, ref *actors.Mention, i int) bool {
	if i < 1 || covered(i-1) {
		return false
	}
	if t := toks[i-1].Tag; t != "NN" && t != "NNS" {
		return false
	}
	for j := range ms {
		if m := ms[j]; m.Start >= ref.End && m.End <= i-1 && !m.Modifier && !m.Place && m.Country != "" && m.Code != ref.Code {
			return true
		}
	}
	return false
}

// possessedNominal reports a state or capital m in the possessive that
// owns a noun of an act with "of" and an actor after it, no actor of its
// own: "Washington's creation of the Syrian Democratic Forces", "Russia's
// invasion of Ukraine". Such a sentence is about the act, not the state.
func possessedNominal(st *sentence, m actors.Mention) bool {
	if !m.Possessive || m.Kind != actors.KindCountry && m.Kind != actors.KindCapital || m.End+3 >= len(st.toks) {
		return false
	}
	j := m.End + 1 // after "'s"
	if t := st.toks[j]; st.at[j] >= 0 || t.Tag != "NN" || st.toks[j+1].Lower != "of" {
		return false
	}
	k := j + 2
	if st.toks[k].Lower == "the" {
		k++
	}
	for k < len(st.toks) && (st.toks[k].Tag == "JJ" || strings.HasSuffix(st.toks[k].Lower, "-led")) && st.at[k] < 0 {
		k++
	}
	return k < len(st.toks) && st.at[k] >= 0
}
