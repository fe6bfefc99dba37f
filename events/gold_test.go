package events_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/eval"
)

// TestGoldEvents runs the team's event gold set (testdata/gold/events.jsonl)
// and fails when the scores fall under the floors: they sit just under
// what the coder reaches, so a regression shows. The full report, with
// every missed and false event, is `dyad eval testdata/gold/events.jsonl`.
func TestGoldEvents(t *testing.T) {
	f, err := os.Open("../testdata/gold/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, "testdata/gold/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Run(newCoder(t), gold)
	var b strings.Builder
	rep.Print(&b, false)
	t.Log("\n" + b.String())
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"root F1", rep.Root.F1(), 0.875},
		{"root precision", rep.Root.Precision(), 0.905},
		{"full-code F1", rep.Code.F1(), 0.78},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f under the floor %.2f", f.name, f.got, f.floor)
		}
	}
	if len(gold) < 800 {
		t.Errorf("gold set has %d sentences, want at least 800", len(gold))
	}
}
