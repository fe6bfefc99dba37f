package events

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sentences"
)

// TestSlotPrefilterKeepsMatches: a pattern mayFollow rules out never
// matches. Every verb of the example articles is tried against every
// pattern of its lemma, and each pattern whose slots matchSlots fills
// must pass the prefilter; most that fail it must fail the prefilter too
// (it is worth its cost).
func TestSlotPrefilterKeepsMatches(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tried, matched, skipped := 0, 0, 0
	for _, es := range exampleSentences(t, c) {
		toks := es.Tokens
		for i := range toks {
			rest := sigsFrom(toks, i+1)
			for _, pat := range c.patterns.verbs[toks[i].Lemma] {
				tried++
				_, ok := c.matchSlots(toks, i, pat, len(pat.Slots), pat.has(flagFar), pat.has(flagObject))
				if ok {
					matched++
				}
				if !pat.mayFollow(rest) {
					skipped++
					if ok {
						t.Errorf("%s: %q at %d matches line %d, which mayFollow rules out", es.path, toks[i].Text, i, pat.Line)
					}
				}
			}
		}
	}
	if tried == 0 || skipped*2 < tried-matched {
		t.Errorf("%d patterns tried, %d matched, %d ruled out: want at least half of the rest ruled out", tried, matched, skipped)
	}
	t.Logf("%d patterns tried, %d matched, %d ruled out", tried, matched, skipped)
}

// TestSlotSets: a slot's word set (Pattern.sets) holds what the slot
// holds. Each token of the example articles, as it is and with its
// lemma for its form, is in a long slot's set exactly when inSlot finds
// it among the slot's words.
func TestSlotSets(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var long [][]string
	var sets []map[string]bool
	for _, p := range c.patterns.all {
		for k, slot := range p.Slots {
			if (len(slot) > slotSetMin) != (p.sets[k] != nil) {
				t.Errorf("line %d slot %d: %d words, set %v", p.Line, k, len(slot), p.sets[k] != nil)
			}
			if p.sets[k] != nil {
				long, sets = append(long, slot), append(sets, p.sets[k])
			}
		}
	}
	if len(long) == 0 {
		t.Fatal("no slot has more than slotSetMin words")
	}
	hits := 0
	for _, es := range exampleSentences(t, c) {
		for _, tok := range es.Tokens {
			for k, slot := range long {
				want := inSlot(&tok, slot)
				if got := inSlotSet(&tok, slot, sets[k]); got != want {
					t.Errorf("%q (lemma %q) in %v: set says %v, words %v", tok.Lower, tok.Lemma, slot, got, want)
				}
				if want {
					hits++
				}
			}
		}
	}
	if hits == 0 {
		t.Error("no example word is in a long slot: the test checks nothing")
	}
}

// TestDeathPrefilter: the words mayTellDeath looks for are those the
// obituary expression needs, so a text it rejects never matches.
func TestDeathPrefilter(t *testing.T) {
	ix := newTopicIndex()
	for _, s := range []string{
		"Jalal Talabani, who has died aged 83, was Iraq's first Kurdish president",
		"Actor dies at 77",
		"The former senator passed away at the age of 91 on Sunday",
		"The veteran diplomat is dead at 88.",
		"Israel struck a compound in Gaza on Tuesday",
		"Kenya recalled its ambassador to Uganda",
		"Dead Sea talks resumed in Amman",
	} {
		if ix.died.MatchString(s) && !mayTellDeath(s) {
			t.Errorf("%q: the expression matches but mayTellDeath says no", s)
		}
	}
	for _, s := range []string{"Kenya recalled its ambassador to Uganda", "Actor Dies At 77"} {
		if mayTellDeath(s) {
			t.Errorf("mayTellDeath(%q) = true, want false", s)
		}
	}
}

// TestAnotherActWords: a word of "one more act" is found whatever its
// case and punctuation, and only as a whole word.
func TestAnotherActWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Israel also struck targets in Lebanon on Monday.", true},
		{"ALSO on Monday, Israel struck Lebanon.", true},
		{"In a separate statement, Kenya recalled its ambassador.", true},
		{"Russia shelled Kharkiv again.", true},
		{"Russia shelled Kharkiv—again—on Tuesday.", true},
		{"A second strike hit the port.", true},
		{"Israel struck targets in Lebanon on Monday.", false},
		{"Ukraine's alsos and agains are not words here.", false},
		{"Another's plans were not discussed.", true},
		{"Secondary schools were closed.", false},
		{"", false},
	} {
		e := &dyad.Event{}
		e.Evidence.Text = c.text
		if got := anotherAct(e); got != c.want {
			t.Errorf("anotherAct(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// exampleSentence is a sentence of an example article and its file.
type exampleSentence struct {
	path string
	dyad.Sentence
}

// exampleSentences reads and splits every article of ../examples/*.txt
// (dated 2024-07-13), skipping the test when there is none.
func exampleSentences(t *testing.T, c *Coder) []exampleSentence {
	t.Helper()
	paths, _ := filepath.Glob("../examples/*.txt")
	if len(paths) == 0 {
		t.Skip("no ../examples/*.txt")
	}
	var out []exampleSentence
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := article.Read(p, data, article.Options{Date: "2024-07-13"})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			for _, s := range sentences.Split(a, c.Lexicon()) {
				out = append(out, exampleSentence{p, s})
			}
		}
	}
	return out
}
