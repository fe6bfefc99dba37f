package actors

// The shape of the noun phrase around a match, as assemble reads it: compound
// modifiers ("X-flagged"), titles and role nouns, capitalised name runs,
// event, person and military nouns, verb-like nouns, list coordination, and
// the words that bridge a possessive or a modifier to the head noun.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// compoundSuffixes make "X-flagged", "X-linked" … a modifier naming X
// (CODING.md: "UN-backed" names no actor).
var compoundSuffixes = map[string]bool{"flagged": true, "linked": true, "owned": true, "registered": true,
	"based": true, "backed": true, "led": true, "made": true, "allied": true, "aligned": true, "funded": true,
	"supported": true, "controlled": true, "run": true, "operated": true, "sponsored": true, "built": true,
	"administered": true, "occupied": true, "held": true, "annexed": true, "brokered": true, "mediated": true,
	"affiliated": true, "inspired": true, "friendly": true,
	"patrolled": true, "monitored": true, "guarded": true, "enforced": true, "imposed": true, "designated": true,
	"recognised": true, "recognized": true}

// CompoundSuffix reports w (lower case) as the second half of a compound
// modifier naming who backs, leads, patrols or owns a thing: "backed" in
// "UN-backed", "patrolled" in "U.N.-patrolled".
func CompoundSuffix(w string) bool { return compoundSuffixes[w] }

// splitCompound reports a compound modifier the tokenizer cut after its
// first half, a hyphen at k joined to the words on both sides and a
// compound suffix after it: "-", "backed" after "U.N." in "U.N.-backed".
func splitCompound(toks []dyad.Token, k int) bool {
	return k+1 < len(toks) && k > 0 && toks[k].Text == "-" && toks[k].Start == toks[k-1].End && toks[k+1].Start == toks[k].End &&
		compoundSuffixes[toks[k+1].Lower]
}

// OriginModifier reports w (lower case) as a compound adjective of origin,
// style or period, "colonial-era", "Soviet-style", "German-born",
// "Chinese-made": the nationality in it or right before it ("a Spanish
// colonial-era church") tells where a thing or person comes from and
// names no actor.
func OriginModifier(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 {
		return false
	}
	switch w[h+1:] {
	case "era", "style", "born", "made", "built", "designed", "type":
		return true
	}
	return false
}

// agentWords reports whether words (lower case) are also the phrase of an
// agent pattern: "foreign office" is a role noun of agents.txt as well as
// the UK's organ in metonyms.txt.
func (m *Matcher) agentWords(words []string) bool {
	for _, p := range m.first[words[0]] {
		if p.kind == KindAgent && slices.Equal(p.words, words) {
			return true
		}
	}
	return false
}

// isHolderNoun lists singular role nouns a name may follow: "envoy",
// "minister", "spokesman".
func isHolderNoun(w string) bool {
	switch w {
	case "envoy", "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
		"leader", "commander", "chief", "general", "premier", "chancellor", "governor", "mayor", "official",
		"negotiator", "diplomat", "prosecutor", "judge", "lawmaker", "senator", "adviser", "advisor", "ruler", "doctor":
		return true
	}
	return false
}

// nameRun returns how many capitalised NNP words that start no dictionary
// match follow from token k (at most 4).
func nameRun(toks []dyad.Token, raws []raw, k int) int {
	n := 0
	for k+n < len(toks) && n < 4 && toks[k+n].Tag == "NNP" && startsUpper(toks[k+n].Text) && !rawAt(raws, k+n) {
		n++
	}
	return n
}

// titleRole reports role codes whose nouns are titles before a name
// (government, military, police, courts, legislators, opposition,
// parties, rebels, intelligence).
func titleRole(code string) bool {
	switch code[:3] {
	case "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "UAF":
		return true
	}
	return false
}

// titleCased reports a headline written in title case, where a capital
// says nothing about names: four words or more and no lower-case word of
// four letters or more ("Police Arrest Protesters in Paris"). A sentence
// full of names still has its verbs in lower case.
func titleCased(toks []dyad.Token) bool {
	words := 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsLower(r) && utf8.RuneCountInString(t.Text) >= 4 {
			return false
		}
	}
	return words >= 4
}

// isBranchNoun reports a noun naming a group's regional offshoot:
// "Al Qaeda's Yemen branch", "Islamic State's Afghan affiliate".
func isBranchNoun(w string) bool {
	switch w {
	case "branch", "affiliate", "franchise", "offshoot", "wing":
		return true
	}
	return false
}

// isTitleWord lists role nouns that may follow an organisation before
// its holder's name: "watchdog chief Rafael Grossi".
func isTitleWord(w string) bool {
	switch w {
	case "chief", "head", "boss", "commander", "director", "secretary-general", "chairman", "chair", "president", "envoy", "spokesman", "spokeswoman", "leader":
		return true
	}
	return false
}

// headOf returns the start of "a panel of", "a team of" (a collective
// noun, "of" and an optional "the") that ends just before token k, the
// start of an organisation's name; -1 when there is none. ("The head of
// the WFP" waits: it would give the verb coder sources it still codes
// wrongly, "warned that … famine" as a threat.)
func headOf(toks []dyad.Token, k int) int {
	j := k - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j].Lower != "of" {
		return -1
	}
	switch toks[j-1].Lower {
	case "head", "chief", "director", "director-general", "secretary-general", "chairman", "chair", "panel", "team":
	default:
		return -1
	}
	j--
	if j > 0 && (toks[j-1].Lower == "the" || toks[j-1].Lower == "a") {
		j--
	}
	return j
}

// rawAt reports whether a dictionary match starts at token k.
func rawAt(raws []raw, k int) bool {
	for _, r := range raws {
		if r.start == k {
			return true
		}
	}
	return false
}

// isModifiedNoun reports a lower-case common noun or adjective right
// after an agent, which makes the agent its modifier.
func isModifiedNoun(t dyad.Token) bool {
	if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" {
		return false
	}
	switch t.Lower {
	case "last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "overnight", "early", "late", "again", "too", "alone", "themselves", "itself":
		return false // a date or adverb after the agent: "the army last month"
	}
	switch strings.TrimSuffix(t.Lower, "s") {
	case "drone", "jet", "helicopter", "warship", "vessel", "convoy", "base", "position", "patrol", "post",
		"unit", "vehicle", "plane", "aircraft", "ship", "boat", "tank", "checkpoint", "camp", "barrack",
		"headquarter", "outpost", "officer", "personnel", "commander", "chief", "official", "member",
		"troop", "soldier", "force", "fighter", "crew", "spokesman", "spokeswoman", "spokesperson", "target", "station", "building", "compound", "academy", "depot",
		"airport", "airfield", "airbase", "team", "squad":
		return false // the unit itself: "a Malian army drone", "police officers", "a special counsel team"
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// modifies reports whether the token at i, right after an actor, is a
// common noun or adjective that the actor modifies ("Russian gas"), not a
// verb the tagger left as a noun ("the Greek navy shadowed a frigate").
func modifies(toks []dyad.Token, i int) bool {
	if i < len(toks) {
		switch toks[i].Lower {
		case "talks", "ties", "relations", "cooperation", "contacts", "links", "spending", "budget", "aid":
			return true // "restart military talks": tagged as a verb or not, a topic
		case "attacks", "strikes", "raids", "threats", "plots", "bombings", "cells", "networks":
			// "terrorist attacks in the UK": a plural noun the tagger took
			// for a verb ("the army attacks the city" has its object next,
			// as "Russia attacks Ukraine" has a name: not a date, "Russian
			// strikes Monday")
			named := i+1 < len(toks) && toks[i+1].Tag == "NNP" && !dateName(toks[i+1].Lower)
			return !verbLike(toks, i) && !named
		}
	}
	if i < len(toks) && toks[i].Lower == "ahead" {
		return false // "talks between Sudan and Chad ahead of a summit": a time phrase, no noun the name modifies
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].Tag == "NNS" && strings.HasSuffix(toks[i].Lower, "ing") && (placePrep(toks[i+1].Lower) || participlePrep(toks[i+1].Lower)) {
		return false // a participle after plural people: "Iranian gunboats operating near the strait"
	}
	if i > 0 && i+1 < len(toks) && toks[i].Tag == "JJ" && strings.HasSuffix(toks[i-1].Lower, "s") && feelingPrep(toks[i+1].Lower) {
		return false // an adjective after plural people, the head: "Haitians angry over food prices"
	}
	return i < len(toks) && isModifiedNoun(toks[i]) && !verbLike(toks, i)
}

// feelingPrep reports a preposition that, after an adjective, names
// what a feeling is about: "angry over", "furious at".
func feelingPrep(w string) bool {
	return w == "over" || w == "at" || w == "about"
}

// placePrep reports a preposition of place that, after an "-ing" word,
// makes it a participle: "operating near", "serving in".
func placePrep(w string) bool {
	switch w {
	case "near", "off", "along", "around", "across", "inside", "outside", "in", "close":
		return true
	}
	return false
}

// verbLike reports a word tagged as a noun that reads as a verb in
// context: a past form the lexicon does not know ("shadowed", "ousted",
// "presented") or a word followed by a determiner or possessive ("help
// Ukraine rebuild its army").
func verbLike(toks []dyad.Token, i int) bool {
	w := toks[i].Lower
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.ContainsRune(w, '-') && !edNoun(w) || irregularPast(w) {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "DT", "PRP$":
			return true
		}
		if leavingParticle(toks[i+1].Lower) && !strings.HasSuffix(w, "s") {
			return true // "demanded that the new prime minister step aside": a bare verb and its particle
		}
	}
	return false
}

// leavingParticle reports a particle that makes the bare word before it a
// phrasal verb of giving way ("step down", "stand aside", "back down"),
// which the tagger, after a mandative "that" or "must", may read as a
// noun ("that the new prime minister step/NN aside/NN"): no common noun
// takes it right after itself, so the actor before it is the verb's
// subject, not the noun's modifier.
func leavingParticle(w string) bool {
	return w == "down" || w == "aside"
}

// irregularPast lists irregular past forms that are no nouns: "North
// Korean hackers stole", "an Israeli drone struck".
func irregularPast(w string) bool {
	switch w {
	case "stole", "struck", "took", "sent", "fled", "met", "won", "lost", "held", "told", "said", "gave", "went", "came",
		"ran", "began", "broke", "brought", "built", "bought", "caught", "chose", "drew", "drove", "fell", "fought",
		"found", "flew", "grew", "hid", "kept", "knew", "meant", "paid", "rose", "saw", "sold", "shook", "sank", "spoke",
		"spent", "stood", "swept", "swore", "tore", "thought", "threw", "wrote", "withdrew", "overran", "overthrew",
		"sought", "shot", "seized", "led", "left", "made", "got", "became", "hit", "killed",
		// present forms the tagger may take for plurals after a name ("The
		// UK remains committed")
		"remains", "says", "insists", "wants", "seeks", "warns", "urges", "denies", "accuses":
		return true
	}
	return false
}

// edNoun lists nouns and adjectives ending in -ed that are no verb forms.
func edNoun(w string) bool {
	switch w {
	case "hundred", "speed", "creed", "breed", "greed", "steed", "tweed", "seabed", "bloodshed", "watershed",
		"hatred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "wretched", "beloved", "aged",
		"armed", "embed", "airbed", "seaweed", "proceed":
		return true
	}
	return false
}

// eventNounAt returns the end of an event noun (after at most two noun
// modifiers) starting at token i, or 0: "air strikes", "military drills",
// "shelling". An actor modifying it is the nominal event's actor ("the
// Israeli strike on Jabalia was condemned"), not a mere modifier.
func eventNounAt(toks []dyad.Token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if startsUpper(t.Text) {
			return 0
		}
		switch strings.TrimSuffix(t.Lower, "s") {
		case "strike", "airstrike", "attack", "raid", "drill", "exercise", "offensive", "bombing", "bombardment",
			"shelling", "incursion", "invasion", "blockade", "crackdown", "assault", "shootdown",
			"counteroffensive", "counter-offensive":
			return k + 1
		}
		if t.Tag != "NN" && t.Tag != "JJ" || verbLike(toks, k) {
			return 0
		}
	}
	return 0
}

// nounBridge reports whether tokens [a, b) are one or two lower-case
// noun or adjective modifiers that may stand between a nationality and
// an agent noun: "federal" in "Ethiopian federal troops", "air" in
// "Iranian air defences". Plurals, verbs and dates end the phrase
// ("Chinese batteries worries officials").
//
// After a possessive a participle is an adjective too: "Myanmar's
// detained leader", and so, up to three words, are a "-ly" adverb and an
// "-ing" participle: "Yemen's internationally recognised government",
// "Estonia's newly appointed ambassador", "Bangladesh's acting high
// commissioner", and a lower-case plural naming the body's field:
// "Japan's fisheries agency", "India's external affairs ministry". "late" there is the holder's death, not a time: "Iran's
// late president". A capitalised word that starts a title may stand
// right before the agent: "Iranian Deputy Foreign Minister".
func (m *Matcher) nounBridge(toks []dyad.Token, a, b int, poss bool) bool {
	if b-a < 1 || b-a > 2 && !(poss && b-a == 3) {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if poss && !startsUpper(t.Text) && (t.Tag == "VBN" || t.Tag == "VBD" || strings.HasSuffix(t.Lower, "ed") ||
			t.Tag == "RB" && strings.HasSuffix(t.Lower, "ly") && k+1 < b ||
			t.Tag == "VBG" && strings.HasSuffix(t.Lower, "ing") ||
			t.Lower == "late" && k == a) {
			continue
		}
		if m.words.titlePrefixes[t.Lower] && startsUpper(t.Text) && k == b-1 {
			continue // "Iranian Deputy Foreign Minister", "Chilean Acting President"
		}
		if m.words.communities[t.Lower] && startsUpper(t.Text) && k == a && a > 0 && b-a == 1 && toks[a-1].Lower != "syrian" {
			// "Iraqi Kurdish authorities", "an Iranian Kurdish opposition
			// party", "Bosnian Serb leaders": a community of that state,
			// its actors (CAMEO codes a domestic group by the country it
			// lives in); Syria's Kurdish forces are syrianKurds'
			continue
		}
		if poss && t.Tag == "NNS" && !startsUpper(t.Text) && !verbLike(toks, k) {
			// a plural noun naming the field of a state's body after the
			// possessive: "Japan's fisheries agency", "Russia's sports
			// ministry", "India's consumer affairs agency" are the
			// state's government, as "Japan's immigration agency" is
			// (CODING.md: a state's agencies and ministries are GOV)
			continue
		}
		if (t.Tag == "VB" || t.Tag == "VBP") && b-a == 1 && !poss && !startsUpper(t.Text) && !verbLike(toks, k) {
			// one word the tagger read as a verb between a nationality
			// and its role noun is the noun's modifier: "American trade
			// officials" (trade/VBP), "Chinese aid workers"
			continue
		}
		if t.Tag != "NN" && t.Tag != "JJ" || startsUpper(t.Text) || verbLike(toks, k) || OriginModifier(t.Lower) {
			return false // ("a Spanish colonial-era church" is no Spanish church)
		}
		switch t.Lower {
		case "last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "overnight", "early", "late",
			"again", "too", "alone", "themselves", "itself":
			return false
		}
	}
	return true
}

// peoplePlace reports a noun after an agent that names a place or a
// state of theirs, not them: "the Jenin refugee camp", "refugee flows",
// "terrorist camps".
//
// Craft are the unit itself only for a military, police or government
// ("an army drone"); for others they are things ("spy planes", "a
// civilian aircraft").
func peoplePlace(sectors []string, toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := strings.TrimSuffix(toks[i].Lower, "s")
	if !hasRole(sectors, "MIL") && !hasRole(sectors, "COP") && !hasRole(sectors, "GOV") && len(sectors) > 0 {
		switch w {
		case "plane", "ship", "vessel", "satellite", "balloon", "drone", "aircraft", "boat", "helicopter":
			return true
		}
	}
	if !hasRole(sectors, "MIL") && !hasRole(sectors, "COP") && !hasRole(sectors, "GOV") && len(sectors) > 0 && (w == "camp" || w == "hideout") {
		return true // "terrorist camps", "militant hideouts": places
	}
	if !hasRole(sectors, "REF") && !hasRole(sectors, "CVL") {
		return false
	}
	switch w {
	case "camp", "settlement", "centre", "center", "shelter", "crisi", "statu", "flow", "influx", "area", "home", "village":
		return true
	}
	return false
}

// headNoun reports a word that may head a noun phrase after a
// nationality: a capitalised word or a lower-case noun, adjective or
// plural the tagger took for a verb ("28 Afghan convicts").
func headNoun(t dyad.Token) bool {
	if startsUpper(t.Text) {
		return true
	}
	switch t.Tag {
	case "NN", "NNS", "JJ", "VBZ", "VBP":
		return !isAuxWord(t.Lower)
	}
	return false
}

func isAuxWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "do", "does", "did":
		return true
	}
	return false
}

// personNounAt returns the end of a person noun (perhaps after one or two
// modifiers) starting at token i, or 0: "basketball player", "teenager",
// "football fans" (a nation's sports fans are its civilians), "economist",
// "filmmaker", "sprinter" (a private person of a trade or sport the agent
// dictionary has no role for: "freed Australian economist Sean Turnell"
// AUSCVL, not the state AUS). The nouns are the [person nouns] of
// data/words/words.txt, read with a plural "s" trimmed.
func (m *Matcher) personNounAt(toks []dyad.Token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k].Lower
		if m.words.personNouns[w] || m.words.personNouns[strings.TrimSuffix(w, "s")] {
			return k + 1
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "NNP" {
			return 0
		}
	}
	return 0
}

// militaryNoun lists nouns that make a nationality adjective a military
// actor: "attacked Russian positions", "opened fire on a Thai patrol". ("Targets" is none: "sanctions on
// 500 Russian targets", "attacks on Israeli targets" name the state, and
// "military targets" say military themselves.)
func militaryNoun(w string) bool {
	switch w {
	case "positions", "position", "column", "convoy", "bases", "base", "outposts", "outpost", "posts",
		"warship", "warships", "lines", "trenches", "units", "garrison", "checkpoint", "checkpoints",
		"drone", "helicopter", "gunboat", "warplane", "jet", "tank", "submarine", "frigate", "destroyer", "patrol", "patrols",
		"general", "generals", "admiral", "admirals", "colonel", "colonels", "commander", "commanders":
		return true
	}
	return false
}

// hasConj reports "and" or "or" among tokens [a, b): "Israel, the
// Israeli army said" is no list.
func hasConj(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Lower == "and" || toks[k].Lower == "or" {
			return true
		}
	}
	return false
}

// Coordinated reports whether tokens [a, b) only join list items: ",",
// "and", "or", "the" (at most three of them).
func Coordinated(toks []dyad.Token, a, b int) bool {
	if a < 0 || b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case ",", "and", "or", "the":
		default:
			return false
		}
	}
	return true
}

// isTitledAgent reports whether tokens [a,b) end in a capitalised title
// ("Foreign Minister", "President"), so that following capitalised words
// are the holder's name.
func isTitledAgent(toks []dyad.Token, a, b int) bool {
	last := toks[b-1]
	return startsUpper(last.Text) && last.Tag != "NNS"
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPoss(t dyad.Token) bool { return t.Lower == "'s" || t.Lower == "'" }
