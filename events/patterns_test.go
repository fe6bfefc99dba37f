package events_test

import (
	"bytes"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/sentences"
)

// TestVerbHeadsOrderFree checks that no head word of data/verbs.txt is an
// inflected form of another head ("examining" beside "examine",
// "initialed" beside "initial"). The coder adds the heads to the tagger's
// lexicon in map order and the lexicon keeps the first lemma of a shared
// form, so such a pair made a word's lemma and tag, and with them the
// events, change from run to run ("is examining possible war crimes"
// lost its 094 one run in two).
func TestVerbHeadsOrderFree(t *testing.T) {
	b, err := os.ReadFile("data/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := events.ParsePatterns(bytes.NewReader(b), "data/verbs.txt", ont)
	if err != nil {
		t.Fatal(err)
	}
	lemmas := ps.VerbLemmas()
	sort.Strings(lemmas)
	fwd, back := sentences.NewLexicon(), sentences.NewLexicon()
	for i := range lemmas {
		fwd.AddVerb(lemmas[i])
		back.AddVerb(lemmas[len(lemmas)-1-i])
	}
	for _, l := range lemmas {
		last := l[len(l)-1:]
		stem := l[:len(l)-1]
		for _, f := range []string{l, l + "s", l + "es", l + "d", l + "ed", l + "ing", stem + "ing", stem + "ied", stem + "ies", l + last + "ed", l + last + "ing"} {
			if a, z := fwd.Lemma(f), back.Lemma(f); a != z {
				t.Errorf("%q is a form of two heads, %q and %q: keep only the base form in verbs.txt", f, a, z)
			}
		}
	}
}

// TestParseAdjacent checks the "+" slot syntax: a slot may be marked, the
// head may not.
func TestParseAdjacent(t *testing.T) {
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := events.ParsePatterns(strings.NewReader("speak +{with,to} | 040 | mutual\n"), "ok.txt", ont); err != nil {
		t.Errorf("ok.txt: %v", err)
	}
	_, err = events.ParsePatterns(strings.NewReader("+speak with | 040\n"), "bad.txt", ont)
	if err == nil || !strings.HasPrefix(err.Error(), `bad.txt:1: malformed word "+speak"`) {
		t.Errorf("bad.txt: got %v", err)
	}
}

// TestParseClasses checks word classes: defined by a "$NAME = …" line,
// expanded in braces, and refused when undefined, malformed or bare.
func TestParseClasses(t *testing.T) {
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := events.ParsePatterns(strings.NewReader("$AID = aid, Assistance ,loans\nsend {$AID,food} | 073\n"), "ok.txt", ont)
	if err != nil || ps.Len() != 1 {
		t.Fatalf("ok.txt: %v, %d patterns", err, ps.Len())
	}
	for _, tt := range []struct{ in, want string }{
		{"send {$AID} | 073\n", `bad.txt:1: unknown word class $AID (define it on a line above: "$AID = …")`},
		{"$aid = aid\n", `bad.txt:1: want "$NAME = word, word, …" (NAME in capitals), got "$aid = aid"`},
		{"$AID = aid\n$AID = help\n", "bad.txt:2: word class $AID defined twice"},
		{"$AID = aid\nsend $AID | 073\n", "bad.txt:2: a word class is written in braces: {$AID}"},
		{"$AID = ,\n", "bad.txt:1: word class $AID has no words"},
	} {
		_, err := events.ParsePatterns(strings.NewReader(tt.in), "bad.txt", ont)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %s", tt.in, err, tt.want)
		}
	}
}
