package sentences

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestEachWhile: EachWhile passes the sentences in Each's order and stops
// at the first false, reporting whether fn saw them all; the buffer is
// reusable after a stop.
func TestEachWhile(t *testing.T) {
	a := &dyad.Article{
		Title: "Harbour strike enters third day",
		Body:  []string{"Dockers walked out on Monday. The port authority said talks would resume.", "Ships waited offshore."},
	}
	lx := NewLexicon()
	var all []string
	Each(a, lx, func(s *dyad.Sentence) { all = append(all, s.Text) })
	if len(all) != 4 {
		t.Fatalf("Each gave %d sentences, want 4: %q", len(all), all)
	}
	for _, tc := range []struct {
		stopAt  int // fn returns false on this sentence (0-based; -1 never)
		wantN   int // sentences passed
		wantAll bool
	}{
		{-1, 4, true},
		{0, 1, false}, // the title
		{2, 3, false},
		{3, 4, false}, // the last: not all seen through
	} {
		var b Buffer
		var got []string
		done := b.EachWhile(a, lx, func(s *dyad.Sentence) bool {
			got = append(got, s.Text)
			return len(got)-1 != tc.stopAt
		})
		if done != tc.wantAll || len(got) != tc.wantN {
			t.Errorf("stop at %d: gave %d sentences, all %v; want %d, %v", tc.stopAt, len(got), done, tc.wantN, tc.wantAll)
		}
		for i := range got {
			if got[i] != all[i] {
				t.Errorf("stop at %d: sentence %d %q, Each's %q", tc.stopAt, i, got[i], all[i])
			}
		}
		n := 0
		b.Each(a, lx, func(*dyad.Sentence) { n++ })
		if n != 4 {
			t.Errorf("stop at %d: the buffer then gave %d sentences, want 4", tc.stopAt, n)
		}
	}
}
