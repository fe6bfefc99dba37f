package sentences_test

import (
	"fmt"

	"github.com/dyad-events/dyad/sentences"
)

// ExampleTag tags a wire sentence: number words are CD, an -ing form
// after an adjective and before the verb is a noun, a participle after a
// number modifies the noun.
func ExampleTag() {
	lx := sentences.NewLexicon()
	for _, v := range []string{"shell", "kill", "suspect"} {
		lx.AddVerb(v)
	}
	for _, t := range sentences.Tag(sentences.Tokenize("Heavy shelling killed three of 12 suspected militants."), lx) {
		fmt.Printf("%s/%s ", t.Text, t.Tag)
	}
	fmt.Println()
	// Output: Heavy/JJ shelling/NN killed/VBD three/CD of/IN 12/CD suspected/VBN militants/NNS ./.
}

// A simple past that is never a participle heads its own clause.
func ExampleLexicon_PastOnly() {
	lx := sentences.NewLexicon()
	lx.AddVerb("speak")
	lx.AddVerb("meet")
	fmt.Println(lx.PastOnly("spoke"), lx.PastOnly("spoken"), lx.PastOnly("met"))
	// Output: true false false
}

// A verb's inflections double a final consonant after one short vowel in a
// stressed last syllable, and only there.
func ExampleLexicon_AddVerb() {
	lx := sentences.NewLexicon()
	for _, v := range []string{"chip", "readmit", "visit", "offer", "open"} {
		lx.AddVerb(v)
	}
	for _, f := range []string{"chipped", "readmitted", "readmitting", "visited", "offered", "opened", "chiped", "visitted"} {
		fmt.Print(f, " ", lx.IsVerb(f), "; ")
	}
	fmt.Println()
	// Output: chipped true; readmitted true; readmitting true; visited true; offered true; opened true; chiped false; visitted false;
}
