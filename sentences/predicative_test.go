package sentences

import (
	"strings"
	"testing"
)

// TestPredicativeAdjectives checks that "ready", "willing", "open" and
// "due" after a form of "be" are adjectives, and that the same words stay
// verbs where the lexicon knows them as event verbs elsewhere.
func TestPredicativeAdjectives(t *testing.T) {
	lx := guessingLexicon("ready", "willing", "open", "due", "negotiate", "talk", "host", "visit")
	tests := []tagCase{
		{"Iran is ready to negotiate", "NNP VBZ JJ TO VB"},
		{"Moscow was not willing to talk", "NNP VBD RB JJ TO VB"},
		{"the country was ready to host talks", "DT NN VBD JJ TO VB NNS"},
		{"China is open to dialogue", "NNP VBZ JJ TO NN"},
		{"Blinken is due to visit Cairo", "NNP VBZ JJ TO VB NNP"},
		{"they are ready", "PRP VBP JJ"},
		// verbs elsewhere
		{"Egypt will open the crossing", "NNP MD VB DT NN"},
		{"Egypt to open the crossing", "NNP TO VB DT NN"},
	}
	checkTags(t, lx, tests)
}

// TestNewSanctions checks that "sanctions" after an adjective of a fresh
// round ("new", "further", "tougher"), which the shape tagger reads NN,
// is a plural noun, and that "sanctions" after a name stays a verb.
func TestNewSanctions(t *testing.T) {
	lx := guessingLexicon("sanction", "balk", "impose", "adopt", "call")
	tests := []tagCase{
		{"Hungary balked at new sanctions on Russia.", "NNP VBD IN NN NNS IN NNP ."},
		{"The EU will adopt further sanctions against Iran.", "DT NNP MD VB NN NNS IN NNP ."},
		{"Abe called for even tougher sanctions on the regime", "NNP VBD IN RB NN NNS IN DT NN"},
		{"Washington sanctions new companies.", "NNP VBZ NN NNS ."},
	}
	checkTags(t, lx, tests)
}

// TestDemonymAfterArticle checks that a plain form after an article and
// a demonym is a noun ("a Ukrainian attack", "the Russian strike"), and
// that it stays a verb when the demonym can name its people in the plural
// ("The British attack the plan") or before "to" ("a Chinese offer to").
func TestDemonymAfterArticle(t *testing.T) {
	lx := guessingLexicon("attack", "strike", "repel", "offer", "mediate", "kill")
	tests := []tagCase{
		{"repelled a Ukrainian attack.", "VBD DT NNP NN ."},
		{"The Russian strike on Kyiv killed 10.", "DT NNP NN IN NNP VBD CD ."},
		{"The British attack the plan.", "DT NNP VBP DT NN ."},
		{"A Chinese offer to mediate", "DT NNP VBP TO VB"},
	}
	checkTags(t, lx, tests)
}

// TestIndefiniteNameNoun checks that a plain form after "a"/"an" and a
// name is a noun even before "to" ("an African Union offer to mediate",
// "a European Union demand to withdraw").
func TestIndefiniteNameNoun(t *testing.T) {
	lx := guessingLexicon("offer", "mediate", "demand", "withdraw", "reject", "welcome")
	tests := []tagCase{
		{"Egypt welcomed an African Union offer to mediate.", "NNP VBD DT NNP NNP NN TO VB ."},
		{"Turkey rejected a European Union demand to withdraw", "NNP VBD DT NNP NNP NN TO VB"},
	}
	checkTags(t, lx, tests)
}

// tagCase is a text and the tags wanted for its tokens, space-separated.
type tagCase struct{ in, want string }

// guessingLexicon is the lexicon the event coder gives the tagger: the
// base verbs, these verbs added, unknown verbs guessed.
func guessingLexicon(verbs ...string) *Lexicon {
	lx := NewLexicon()
	lx.GuessVerbs(true)
	for _, v := range verbs {
		lx.AddVerb(v)
	}
	return lx
}

// checkTags tags each case's text with lx and compares the tags.
func checkTags(t *testing.T, lx *Lexicon, tests []tagCase) {
	t.Helper()
	for _, tc := range tests {
		var got []string
		for _, tk := range Tag(Tokenize(tc.in), lx) {
			got = append(got, tk.Tag)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
	}
}
