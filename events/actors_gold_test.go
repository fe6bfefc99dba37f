package events_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestActorGold scores actor coding on testdata/gold/actors.jsonl: a gold
// actor is found when a mention overlapping its text carries its code; a
// gold non-actor (code null: "Washington state", "turkey") is right when
// no actor mention covers it. It prints precision and recall and fails
// under the floors.
func TestActorGold(t *testing.T) {
	f, err := os.Open("../testdata/gold/actors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newCoder(t)
	var gold, found, emitted, correctEmitted, nulls, nullsRight int
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var g struct {
			ID, Date, Text string
			Actors         []struct {
				Text string
				Code *string
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("actors.jsonl:%d: %v", n, err)
		}
		a := &dyad.Article{ID: g.ID, Published: g.Date, Body: []string{g.Text}}
		type m struct{ text, code string }
		var ms []m
		for _, sa := range c.Actors(a) {
			for _, x := range sa.Mentions {
				if !x.Modifier && !x.Place {
					ms = append(ms, m{strings.ToLower(x.Text), x.Code})
				}
			}
		}
		overlap := func(a, b string) bool { return strings.Contains(a, b) || strings.Contains(b, a) }
		used := make([]bool, len(ms))
		for _, ga := range g.Actors {
			gt := strings.ToLower(ga.Text)
			if ga.Code == nil {
				nulls++
				right := true
				for _, x := range ms {
					if overlap(x.text, gt) {
						right = false
					}
				}
				if right {
					nullsRight++
				} else if testing.Verbose() {
					t.Logf("%s: %q coded, want no actor", g.ID, ga.Text)
				}
				continue
			}
			gold++
			ok := false
			for i, x := range ms {
				if !used[i] && overlap(x.text, gt) && x.code == *ga.Code {
					used[i], ok = true, true
					break
				}
			}
			if ok {
				found++
			} else if testing.Verbose() {
				t.Logf("%s: %q want %s, got %v", g.ID, ga.Text, *ga.Code, ms)
			}
		}
		emitted += len(ms)
		for _, u := range used {
			if u {
				correctEmitted++
			}
		}
	}
	recall := float64(found) / float64(gold)
	precision := float64(correctEmitted) / float64(emitted)
	nullAcc := float64(nullsRight) / float64(nulls)
	t.Logf("actor gold: %d actors, recall %.3f (%d); precision %.3f (%d of %d mentions); non-actors kept out %.3f (%d/%d)",
		gold, recall, found, precision, correctEmitted, emitted, nullAcc, nullsRight, nulls)
	if gold < 300 {
		t.Errorf("only %d gold actors", gold)
	}
	if recall < 0.90 || precision < 0.85 || nullAcc < 0.70 {
		t.Errorf("actor coding under the floor (recall 0.90, precision 0.85, non-actors 0.70)")
	}
}
