package events_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// countdown is a context whose Err turns to context.Canceled after its
// first left calls, counting the calls made after that: a Ctrl-C arriving
// in the middle of an article.
type countdown struct {
	context.Context
	left, after int
}

func (c *countdown) Err() error {
	if c.left > 0 {
		c.left--
		return nil
	}
	c.after++
	return context.Canceled
}

// TestCodeContext: CodeContext with a live context codes as Code does;
// with a done one it returns no events and the context's error, and a
// context done in the middle of an article stops the coding at the next
// sentence (its Err asked at most twice more, not once a sentence left).
func TestCodeContext(t *testing.T) {
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "cc1", Published: "2024-05-02", Title: "Lisbon and Rabat sign water accord"}
	for i := range 40 {
		a.Body = append(a.Body, fmt.Sprintf("Portugal signed a water-sharing accord with Morocco in Rabat on Wednesday, officials said in statement %d.", i))
	}
	want := c.Code(a)
	if len(want) == 0 {
		t.Fatal("Code gave no event: the test article needs one")
	}
	got, err := c.CodeContext(context.Background(), a)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("live context: %d events, err %v; want Code's %d, nil", len(got), err, len(want))
	}
	done, cancel := context.WithCancel(context.Background())
	cancel()
	if got, err := c.CodeContext(done, a); got != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("done context: %d events, err %v; want none, context.Canceled", len(got), err)
	}
	for _, left := range []int{1, 2, 10, 30} {
		cd := &countdown{Context: context.Background(), left: left}
		got, err := c.CodeContext(cd, a)
		if got != nil || !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled after %d checks: %d events, err %v; want none, context.Canceled", left, len(got), err)
		}
		if cd.after > 2 {
			t.Errorf("cancelled after %d checks: Err asked %d times after, want at most 2 (coding went on)", left, cd.after)
		}
	}
}

// TestExplainContext: ExplainContext with a live context gives Explain's
// events and drops; a context done before or in the middle of an article
// gives none of either and the context's error, asked at most twice after
// it turned (dyad code --why stops within a sentence of a Ctrl-C).
func TestExplainContext(t *testing.T) {
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "ec1", Published: "2024-05-02", Title: "Oslo and Lima talk fisheries"}
	for i := range 40 {
		a.Body = append(a.Body, fmt.Sprintf("Norway criticised Peru over fishing quotas on Tuesday, and talks on the treaty may resume, aide %d said.", i))
	}
	wantEvs, wantDrops := c.Explain(a)
	if len(wantEvs) == 0 {
		t.Fatal("Explain gave no event: the test article needs one")
	}
	evs, drops, err := c.ExplainContext(context.Background(), a)
	if err != nil || !reflect.DeepEqual(evs, wantEvs) || !reflect.DeepEqual(drops, wantDrops) {
		t.Errorf("live context: %d events, %d drops, err %v; want Explain's %d, %d, nil", len(evs), len(drops), err, len(wantEvs), len(wantDrops))
	}
	for _, left := range []int{0, 1, 10, 30} {
		cd := &countdown{Context: context.Background(), left: left}
		evs, drops, err := c.ExplainContext(cd, a)
		if evs != nil || drops != nil || !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled after %d checks: %d events, %d drops, err %v; want none, none, context.Canceled", left, len(evs), len(drops), err)
		}
		if cd.after > 2 {
			t.Errorf("cancelled after %d checks: Err asked %d times after, want at most 2 (coding went on)", left, cd.after)
		}
	}
}
