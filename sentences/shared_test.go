package sentences

import (
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestEachShared checks that EachShared gives each sentence the same
// text, indexes and tokens as Each, though it reuses one token buffer.
func TestEachShared(t *testing.T) {
	a := &dyad.Article{
		Title: "Seoul protests Pyongyang's missile launch",
		Body: []string{
			"North Korea fired a ballistic missile on Tuesday. South Korea's military said it was a short-range one.",
			"Mr. Kim said the U.S. would respond. “It’s a provocation,” he added.",
			"Talks ended.",
		},
	}
	lx := NewLexicon()
	lx.AddVerb("fire")
	var want []dyad.Sentence
	Each(a, lx, func(s *dyad.Sentence) { want = append(want, *s) })
	if len(want) != 6 {
		t.Fatalf("Each gave %d sentences, want 6", len(want))
	}
	check := func(name string, each func(*dyad.Article, *Lexicon, func(*dyad.Sentence))) {
		n := 0
		each(a, lx, func(s *dyad.Sentence) {
			if n >= len(want) {
				t.Fatalf("%s gave more than %d sentences", name, len(want))
			}
			if !reflect.DeepEqual(*s, want[n]) {
				t.Errorf("sentence %d: %s gave %+v, Each %+v", n, name, *s, want[n])
			}
			n++
		})
		if n != len(want) {
			t.Errorf("%s gave %d sentences, want %d", name, n, len(want))
		}
	}
	check("EachShared", EachShared)
	var b Buffer
	b.Each(&dyad.Article{Title: "A longer title that fills the buffer with more tokens than the others", Body: []string{"One. Two. Three."}}, lx, func(*dyad.Sentence) {})
	check("Buffer.Each (reused)", b.Each)
	check("Buffer.Each (again)", b.Each)
}

// TestTokenizeAppend checks that a reused buffer gives Tokenize's tokens.
func TestTokenizeAppend(t *testing.T) {
	buf := TokenizeAppend(nil, "A much longer first sentence, with many tokens in it.")
	for _, s := range []string{"Russia's forces didn't withdraw.", "", "U.S. officials met on 3.5 percent"} {
		buf = TokenizeAppend(buf[:0], s)
		if want := Tokenize(s); !reflect.DeepEqual(buf, want) && !(len(buf) == 0 && len(want) == 0) {
			t.Errorf("TokenizeAppend(%q) = %v, want %v", s, buf, want)
		}
	}
}
