package wordset_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad/internal/wordset"
)

func TestFilter(t *testing.T) {
	var f wordset.Filter
	in := []string{"the", "said", "north", "korea", "", "ministry", "über", "x"}
	for _, w := range in {
		f.Add(w)
	}
	for _, w := range in {
		if !f.Has(w) || !f.HasBytes([]byte(w)) {
			t.Errorf("Has(%q) = %v, HasBytes = %v after Add", w, f.Has(w), f.HasBytes([]byte(w)))
		}
	}
	for i := 0; i < 1000; i++ {
		w := fmt.Sprint("w", i)
		if f.Has(w) != f.HasBytes([]byte(w)) {
			t.Errorf("Has(%q) = %v, HasBytes %v", w, f.Has(w), f.HasBytes([]byte(w)))
		}
	}
	// a few thousand words in: most other words are certain misses
	var g wordset.Filter
	for i := 0; i < 3000; i++ {
		g.Add(fmt.Sprintf("word%d", i))
	}
	miss := 0
	for i := 0; i < 10000; i++ {
		if !g.Has(fmt.Sprintf("other%d", i)) {
			miss++
		}
	}
	if miss < 9000 {
		t.Errorf("%d of 10000 absent words filtered out, want at least 9000", miss)
	}
	var zero wordset.Filter
	if zero.Has("the") || zero.Has("") {
		t.Error("the zero Filter has a word")
	}
}

func ExampleFilter() {
	var f wordset.Filter
	f.Add("kremlin")
	fmt.Println(f.Has("kremlin"), f.Has("tuesday"))
	// Output: true false
}
