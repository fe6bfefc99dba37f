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
	n := 0
	EachShared(a, lx, func(s *dyad.Sentence) {
		if n >= len(want) {
			t.Fatalf("EachShared gave more than %d sentences", len(want))
		}
		if !reflect.DeepEqual(*s, want[n]) {
			t.Errorf("sentence %d: EachShared gave %+v, Each %+v", n, *s, want[n])
		}
		n++
	})
	if n != len(want) {
		t.Errorf("EachShared gave %d sentences, want %d", n, len(want))
	}
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
