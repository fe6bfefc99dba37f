package actors

// Word lists the matcher's rules test words against
// (data/words/words.txt): vocabulary, reviewed like code and loaded into
// the Matcher when it is built, as the events package loads its
// data/words.txt. Function words and grammar stay in the Go code of the
// rule that reads them.

import (
	_ "embed"

	"github.com/dyad-events/dyad/internal/wordlist"
)

//go:embed data/words/words.txt
var defaultWords []byte

// matchWords holds the lists of data/words/words.txt, one field per
// "[name]" heading (lists binds the names); each list is the set of its
// words, lower-cased tokens. A Matcher holds one, read-only.
type matchWords struct {
	commonNames   map[string]bool // [common names]: Holder
	titlePrefixes map[string]bool // [title prefixes]: Find, nounBridge
	jurisdictions map[string]bool // [jurisdiction words]: JurisdictionWord
	groupHeads    map[string]bool // [group heads]: groupHeadAt
	compass       map[string]bool // [compass points]: compassOf
	bodyNouns     map[string]bool // [body nouns]: assemble (an agent, a nationality, the body)
	nameParticles map[string]bool // [name particles]: nameRunAt
	namePrefixes  map[string]bool // [name prefixes]: nameRunAt
	plainAcronyms map[string]bool // [plain acronyms]: acronymRules
	regionHeads   map[string]bool // [region heads]: regionAcronym
	seatEnds      map[string]bool // [seat name ends]: seatInPlaceName
	authoredActs  map[string]bool // [authored acts]: authoredAct
	stateUnits    map[string]bool // [state units]: unitOfState
	peopleUnits   map[string]bool // [people units]: unitOfState
	commUnits     map[string]bool // [community units]: unitOfState
	communities   map[string]bool // [communities]: nounBridge
	companyEnds   map[string]bool // [company name ends]: companyStaff
	cameraNames   map[string]bool // [camera names]: camera
	broadcastVerb map[string]bool // [broadcast verbs]: camera
	broadcastCue  map[string]bool // [broadcaster cues]: camera
	personNouns   map[string]bool // [person nouns]: personNounAt
	property      map[string]bool // [private property]: ownersProperty
	faithArmed    map[string]bool // [faith armed nouns]: notActorAgent
}

// lists binds each heading of data/words/words.txt to its field of w.
func (w *matchWords) lists() map[string]*map[string]bool {
	return map[string]*map[string]bool{
		"common names":       &w.commonNames,
		"title prefixes":     &w.titlePrefixes,
		"jurisdiction words": &w.jurisdictions,
		"group heads":        &w.groupHeads,
		"compass points":     &w.compass,
		"body nouns":         &w.bodyNouns,
		"name particles":     &w.nameParticles,
		"name prefixes":      &w.namePrefixes,
		"plain acronyms":     &w.plainAcronyms,
		"region heads":       &w.regionHeads,
		"seat name ends":     &w.seatEnds,
		"authored acts":      &w.authoredActs,
		"state units":        &w.stateUnits,
		"people units":       &w.peopleUnits,
		"community units":    &w.commUnits,
		"communities":        &w.communities,
		"faith armed nouns":  &w.faithArmed,
		"company name ends":  &w.companyEnds,
		"camera names":       &w.cameraNames,
		"broadcast verbs":    &w.broadcastVerb,
		"broadcaster cues":   &w.broadcastCue,
		"person nouns":       &w.personNouns,
		"private property":   &w.property,
	}
}

// parseWords reads the word lists of data, in the format of
// data/words/words.txt (internal/wordlist: "[name]" headings, words
// separated by blanks, "#" comments); file names the source in errors.
// It fails with wordlist.Parse's errors: naming file and line on an
// unknown heading (and the nearest of the lists of matchWords), a
// repeated one, words before the first heading, a word twice in a list,
// or a word that is not lower-case letters, digits, "-", "'" and "."; and
// naming file on a list matchWords needs that the text does not give or
// gives empty.
func parseWords(data []byte, file string) (*matchWords, error) {
	w := &matchWords{}
	if err := wordlist.Parse(data, file, "actors/words.go", w.lists()); err != nil {
		return nil, err
	}
	return w, nil
}

// JurisdictionWord reports a word (lower case) that stands between a
// sub-national place and its official: "Borno state governor", "Kharkiv
// regional governor" ([jurisdiction words] of data/words/words.txt). The
// matcher reads it before a governor's or mayor's title (placeTitled),
// the events package before the official it places.
func (m *Matcher) JurisdictionWord(w string) bool {
	return m.words.jurisdictions[w]
}

// defaultMatchWords parses the embedded data/words/words.txt. It panics
// when the file does not parse: the file is part of the build, and
// TestMatchWordsLoad catches a malformed one before it ships.
func defaultMatchWords() *matchWords {
	w, err := parseWords(defaultWords, "actors/data/words/words.txt")
	if err != nil {
		panic(err)
	}
	return w
}
