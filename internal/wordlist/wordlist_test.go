package wordlist_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/wordlist"
)

// twoLists is the text the error cases edit: two lists, each with words.
const twoLists = "# a comment\n[kill verbs]\nkill slay # after the words\n\n[office  titles]\nprime-minister attaché\n"

// bind returns fresh lists for the headings of twoLists.
func bind() (map[string]*map[string]bool, *map[string]bool, *map[string]bool) {
	var kill, office map[string]bool
	return map[string]*map[string]bool{"kill verbs": &kill, "office titles": &office}, &kill, &office
}

// TestParseLists: each heading's words land in its own set, comments and
// blank lines are skipped, inner blanks of a heading fold to one.
func TestParseLists(t *testing.T) {
	lists, kill, office := bind()
	if err := wordlist.Parse([]byte(twoLists), "w.txt", "x.go", lists); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		got  map[string]bool
		want []string
	}{
		{*kill, []string{"kill", "slay"}},
		{*office, []string{"attaché", "prime-minister"}},
	} {
		if got := slices.Sorted(maps.Keys(c.got)); !slices.Equal(got, c.want) {
			t.Errorf("words %q, want %q", got, c.want)
		}
	}
}

// TestParseErrors: a typo is an error naming the file and the line (the
// file alone for a missing list), and an unknown heading names the
// nearest known one.
func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name, old, new, want string
	}{
		{"unknown heading", "[kill verbs]", "[kill verb]", "w.txt:2: unknown list [kill verb] (not one of the 2 lists of x.go; the nearest is [kill verbs])"},
		{"heading unclosed", "[kill verbs]", "[kill verbs", "w.txt:2: heading \"[kill verbs\": want [name]"},
		{"heading twice", "[office  titles]", "[kill verbs]", "w.txt:5: list [kill verbs] again (first at line 2)"},
		{"capital", "kill slay", "kill Slay", "w.txt:3: \"Slay\" in [kill verbs]: want lower-case letters, digits, \"-\", \"'\" or \".\""},
		{"accented capital", "attaché", "Attaché", "w.txt:6: \"Attaché\" in [office titles]: want lower-case letters"},
		{"comma", "kill slay", "kill, slay", "w.txt:3: \"kill,\" in [kill verbs]"},
		{"quoted", "kill slay", "\"kill\" slay", "w.txt:3: \"\\\"kill\\\"\" in [kill verbs]"},
		{"no letter", "kill slay", "kill 19", "w.txt:3: \"19\" in [kill verbs]"},
		{"twice", "kill slay", "kill slay kill", "w.txt:3: \"kill\" twice in [kill verbs]"},
		{"words first", "# a comment\n", "murder\n", "w.txt:1: words before the first [heading]: \"murder\""},
		{"empty list", "kill slay # after the words\n", "\n", "w.txt:2: list [kill verbs] has no words"},
		{"missing list", "[office  titles]\nprime-minister attaché\n", "", "w.txt: no list [office titles]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(twoLists, c.old) {
				t.Fatalf("text has no %q", c.old)
			}
			lists, _, _ := bind()
			err := wordlist.Parse([]byte(strings.Replace(twoLists, c.old, c.new, 1)), "w.txt", "x.go", lists)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %v, want it to start %q", err, c.want)
			}
		})
	}
}

// TestWord: the words a list may hold.
func TestWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"kill", true}, {"attaché", true}, {"covid-19", true}, {"o'neill", true}, {"u.s.", true},
		{"", false}, {"19", false}, {"-", false}, {"Kill", false}, {"Éclat", false}, {"kill,", false}, {"9/11", false},
	} {
		if got := wordlist.Word(c.w); got != c.want {
			t.Errorf("Word(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// The caller's own map type works as well as map[string]bool: a value
// binds its fields to the headings and Parse fills them.
func ExampleParse() {
	type set map[string]bool
	var verbs, nouns set
	lists := map[string]*set{"kill verbs": &verbs, "attack nouns": &nouns}
	data := "[kill verbs]\nkill slay # lemmas\n\n[attack nouns]\nraid ambush strike\n"
	if err := wordlist.Parse([]byte(data), "words.txt", "example.go", lists); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(verbs), verbs["slay"], len(nouns), nouns["raid"], nouns["kill"])

	err := wordlist.Parse([]byte("[kill verb]\nkill\n"), "words.txt", "example.go", lists)
	fmt.Println(err)
	// Output:
	// 2 true 3 true false
	// words.txt:1: unknown list [kill verb] (not one of the 2 lists of example.go; the nearest is [kill verbs])
}
