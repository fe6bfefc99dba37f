package events

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordListsLoad: the embedded data/words.txt gives every list vocab
// needs, each with words, and a few words the rules rely on are where
// the rules look for them.
func TestWordListsLoad(t *testing.T) {
	v, err := parseVocab(defaultWords, "events/data/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, l := range v.lists() {
		if len(*l) == 0 {
			t.Errorf("[%s] is empty", name)
		}
	}
	for _, c := range []struct {
		list wordList
		name string
		word string
	}{
		{v.acceptanceVerbs, "acceptance verbs", "accept"},
		{v.defiantVerbs, "defiant verbs", "defy"},
		{v.demandParticiples, "demand participles", "demanding"},
		{v.ultimatumVerbs, "ultimatum verbs", "order"},
		{v.restatedReports, "restated reports", "findings"},
		{v.restatedActs, "restated acts", "mutiny"},
		{v.kidnapWords, "kidnapping words", "kidnap"},
		{v.borderNouns, "border nouns", "frontier"},
		{v.disasterWords, "disaster words", "covid-19"},
		{v.consentWords, "consent words", "mandate"},
		{v.falsityWords, "falsity words", "baseless"},
		{v.reportNouns, "report nouns", "findings"},
		{v.diplomatNouns, "diplomat nouns", "attaché"},
	} {
		if !c.list[c.word] {
			t.Errorf("[%s] lacks %q", c.name, c.word)
		}
	}
}

// TestWordListErrors: a typo in a word list stops the coder from loading
// with the file and the line of the typo (or the file alone for a list
// that is missing).
func TestWordListErrors(t *testing.T) {
	text := string(defaultWords)
	lineOf := func(s string) int {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("data/words.txt has no %q", s)
		}
		return strings.Count(text[:i], "\n") + 1
	}
	defiant, heading, accept := lineOf("[defiant verbs]"), lineOf("[acceptance verbs]"), lineOf("\naccept approve\n")+1
	for _, c := range []struct {
		name, old, new, want string
	}{
		{"unknown heading", "[defiant verbs]", "[defiant verb]", fmt.Sprintf("w.txt:%d: unknown list [defiant verb] (not one of the %d lists of events/vocab.go; the nearest is [defiant verbs])", defiant, len((&vocab{}).lists()))},
		{"heading unclosed", "[defiant verbs]", "[defiant verbs", fmt.Sprintf("w.txt:%d: heading \"[defiant verbs\": want [name]", defiant)},
		{"heading twice", "[defiant verbs]", "[acceptance verbs]", fmt.Sprintf("w.txt:%d: list [acceptance verbs] again (first at line %d)", defiant, heading)},
		{"capital", "\naccept approve\n", "\naccept Approve\n", fmt.Sprintf("w.txt:%d: \"Approve\" in [acceptance verbs]: want lower-case letters", accept)},
		{"accented capital", "\naccept approve\n", "\naccept Éclat\n", fmt.Sprintf("w.txt:%d: \"Éclat\" in [acceptance verbs]: want lower-case letters", accept)},
		{"comma", "\naccept approve\n", "\naccept, approve\n", fmt.Sprintf("w.txt:%d: \"accept,\" in [acceptance verbs]", accept)},
		{"quoted", "\naccept approve\n", "\n\"accept\" approve\n", fmt.Sprintf("w.txt:%d: \"\\\"accept\\\"\" in [acceptance verbs]", accept)},
		{"twice", "\naccept approve\n", "\naccept approve accept\n", fmt.Sprintf("w.txt:%d: \"accept\" twice in [acceptance verbs]", accept)},
		{"empty list", "\naccept approve\n", "\n\n", fmt.Sprintf("w.txt:%d: list [acceptance verbs] has no words", heading)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(text, c.old) {
				t.Fatalf("data/words.txt has no %q", c.old)
			}
			_, err := parseVocab([]byte(strings.Replace(text, c.old, c.new, 1)), "w.txt")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %v, want it to start %q", err, c.want)
			}
		})
	}
	if _, err := parseVocab([]byte("accept approve\n"+text), "w.txt"); err == nil || !strings.HasPrefix(err.Error(), "w.txt:1: words before the first [heading]") {
		t.Errorf("words before a heading: error %v", err)
	}
	if _, err := parseVocab([]byte(strings.Replace(text, "[defiant verbs]\n", "", 1)), "w.txt"); err == nil || err.Error() != "w.txt: no list [defiant verbs]" {
		t.Errorf("missing list: error %v, want \"w.txt: no list [defiant verbs]\"", err)
	}
}
