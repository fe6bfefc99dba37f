package events_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/eval"
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

// TestCodersAgree codes the gold sentences with three coders built
// apart: each build fills its maps in a new random order, so any output
// that hangs on a map's order (which lemma a shared verb form keeps, which
// pattern wins a tie) shows up as a difference.
func TestCodersAgree(t *testing.T) {
	f, err := os.Open("../testdata/gold/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, "events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var first []dyad.Event
	for run := 0; run < 3; run++ {
		c, err := events.New(events.Config{})
		if err != nil {
			t.Fatal(err)
		}
		var all []dyad.Event
		for _, g := range gold {
			all = append(all, c.Code(&dyad.Article{ID: g.ID, Published: g.Date, Body: []string{g.Text}})...)
		}
		if run == 0 {
			first = all
			continue
		}
		if !reflect.DeepEqual(all, first) {
			for i := range min(len(all), len(first)) {
				if !reflect.DeepEqual(all[i], first[i]) {
					t.Fatalf("coder %d differs from coder 0 at event %d: %+v, want %+v", run, i, all[i], first[i])
				}
			}
			t.Fatalf("coder %d: %d events, coder 0: %d", run, len(all), len(first))
		}
	}
}
