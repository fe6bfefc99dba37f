package events_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
)

// TestCodeConcurrent codes the example articles on several goroutines at
// once, each article many times in turn, and checks every result equals
// coding it alone: the per-sentence buffers a Coder recycles between
// calls must never be shared by two articles.
func TestCodeConcurrent(t *testing.T) {
	paths, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatal("no ../examples/*.txt")
	}
	var arts []*dyad.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		as, err := article.Read(p, data, article.Options{Date: "2024-07-13"})
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, as...)
	}
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]dyad.Event, len(arts))
	for i, a := range arts {
		want[i] = c.Code(a)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 3; r++ {
				for k := range arts {
					i := (k + g*3 + r) % len(arts)
					if got := c.Code(arts[i]); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("%s: concurrent coding gave %d events, alone %d (or different ones)", arts[i].Input, len(got), len(want[i]))
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
