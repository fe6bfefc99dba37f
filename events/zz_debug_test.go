package events

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
	"os"
)

func TestDebugSentence(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	txt := os.Getenv("DYAD_S")
	s := dyad.Sentence{Text: txt, Tokens: sentences.Tag(sentences.Tokenize(txt), c.lex)}
	for _, tk := range s.Tokens {
		fmt.Printf("%s/%s/%s ", tk.Text, tk.Tag, tk.Lemma)
	}
	fmt.Println()
	for _, m := range c.matcher.Find(&s, "2024-07-13") {
		fmt.Printf("mention %d-%d %s %q kind=%s unres=%v poss=%v\n", m.Start, m.End, m.Code, m.Text, m.Kind, m.Unresolved, m.Possessive)
	}
	a := &dyad.Article{ID: "x", Published: "2024-07-13", Body: []string{txt}}
	for _, e := range c.Code(a) {
		fmt.Printf("EVENT %v %s %v %s rep=%v\n", e.Source, e.CAMEO, e.Target, e.Status, e.ReportedBy)
	}
}
