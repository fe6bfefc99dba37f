package actors

import (
	"strings"
	"testing"
)

// TestMatchWordsLoad: the embedded data/words/words.txt gives every list
// the matcher needs, each with words, and a few words the rules rely on
// are where the rules look for them.
func TestMatchWordsLoad(t *testing.T) {
	w, err := parseWords(defaultWords, "actors/data/words/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, l := range w.lists() {
		if len(*l) == 0 {
			t.Errorf("[%s] is empty", name)
		}
	}
	for _, c := range []struct {
		list map[string]bool
		name string
		word string
	}{
		{w.commonNames, "common names", "ahmed"},
		{w.commonNames, "common names", "santos"},
		{w.titlePrefixes, "title prefixes", "deputy"},
		{w.titlePrefixes, "title prefixes", "acting"},
		{w.jurisdictions, "jurisdiction words", "regional"},
		{w.groupHeads, "group heads", "coalition"},
		{w.compass, "compass points", "north-east"},
		{w.bodyNouns, "body nouns", "faction"},
		{w.nameParticles, "name particles", "bin"},
		{w.namePrefixes, "name prefixes", "al"},
		{w.plainAcronyms, "plain acronyms", "who"},
		{w.regionHeads, "region heads", "region"},
		{w.seatEnds, "seat name ends", "bridge"},
		{w.authoredActs, "authored acts", "bill"},
		{w.authoredActs, "authored acts", "order"},
		{w.stateUnits, "state units", "province"},
		{w.peopleUnits, "people units", "region"},
		{w.commUnits, "community units", "community"},
		{w.communities, "communities", "kurdish"},
		{w.companyEnds, "company name ends", "pharma"},
		{w.cameraNames, "camera names", "cctv"},
		{w.broadcastVerb, "broadcast verbs", "reported"},
		{w.broadcastCue, "broadcaster cues", "told"},
		{w.personNouns, "person nouns", "economist"},
		{w.property, "private property", "homes"},
		{w.faithArmed, "faith armed nouns", "rebels"},
		{w.faithArmed, "faith armed nouns", "jihadist"},
	} {
		if !c.list[c.word] {
			t.Errorf("[%s] lacks %q", c.name, c.word)
		}
	}
}

// TestMatchWordsErrors: a typo in the matcher's word lists is an error
// naming the file and the line (the file alone for a missing list).
func TestMatchWordsErrors(t *testing.T) {
	const text = "[common names]\nahmed santos\n\n[title prefixes]\ndeputy acting\n\n[jurisdiction words]\nstate regional\n\n[group heads]\ncoalition\n\n[compass points]\nsouth\n\n[body nouns]\ngroup\n\n[name particles]\nbin\n\n[name prefixes]\nal\n\n[plain acronyms]\nwho\n\n[region heads]\nregion\n\n[seat name ends]\nbridge\n\n[authored acts]\nbill\n\n[state units]\nstate\n\n[people units]\nregion\n\n[community units]\ncommunity\n\n[communities]\nkurdish\n\n[company name ends]\npharma\n\n[camera names]\ncctv\n\n[broadcast verbs]\nsaid\n\n[broadcaster cues]\ntold\n\n[person nouns]\ndriver\n\n[private property]\nhomes\n\n[faith armed nouns]\nrebels\n"
	if _, err := parseWords([]byte(text), "w.txt"); err != nil {
		t.Fatalf("valid text: %v", err)
	}
	for _, c := range []struct {
		name, old, new, want string
	}{
		{"unknown heading", "[title prefixes]", "[title prefix]", "w.txt:4: unknown list [title prefix] (not one of the 23 lists of actors/words.go; the nearest is [title prefixes])"},
		{"heading unclosed", "[title prefixes]", "[title prefixes", "w.txt:4: heading \"[title prefixes\": want [name]"},
		{"heading twice", "[title prefixes]", "[common names]", "w.txt:4: list [common names] again (first at line 1)"},
		{"capital", "ahmed santos", "Ahmed santos", "w.txt:2: \"Ahmed\" in [common names]: want lower-case letters"},
		{"comma", "ahmed santos", "ahmed, santos", "w.txt:2: \"ahmed,\" in [common names]"},
		{"twice", "ahmed santos", "ahmed santos ahmed", "w.txt:2: \"ahmed\" twice in [common names]"},
		{"empty list", "deputy acting\n", "\n", "w.txt:4: list [title prefixes] has no words"},
		{"missing list", "[title prefixes]\ndeputy acting\n", "", "w.txt: no list [title prefixes]"},
		{"words first", "[common names]\n", "", "w.txt:1: words before the first [heading]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseWords([]byte(strings.Replace(text, c.old, c.new, 1)), "w.txt")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %v, want it to start %q", err, c.want)
			}
		})
	}
}
