package events_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// TestActorGold scores actor coding on testdata/gold/actors.jsonl: a gold
// actor is found when a mention overlapping its text in the sentence
// carries its code; a gold non-actor (code null: "Washington state",
// "turkey") is right when no actor mention overlaps it. Overlap is by
// byte span: the gold text's whole-word occurrences against the mention's
// span, so "Paris" in "Paris Hilton visited Paris" is judged where it
// stands. It prints precision and recall (and, with -v, every miss, false
// mention and trap coded) and fails under the floors.
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
		type m struct {
			text, code string
			span       [2]int // byte offsets into g.Text
		}
		var ms []m
		off := 0 // byte offset of the sentence in g.Text
		for _, sa := range c.Actors(a) {
			if i := strings.Index(g.Text[off:], sa.Sentence.Text); i >= 0 {
				off += i
			}
			for _, x := range sa.Mentions {
				if !x.Modifier && !x.Place {
					ms = append(ms, m{x.Text, x.Code, [2]int{off + x.Span[0], off + x.Span[1]}})
				}
			}
			off += len(sa.Sentence.Text)
		}
		overlap := func(x m, gt string) bool {
			for _, o := range wordSpans(g.Text, gt) {
				if x.span[0] < o[1] && o[0] < x.span[1] {
					return true
				}
			}
			return false
		}
		used := make([]bool, len(ms))
		for _, ga := range g.Actors {
			if len(wordSpans(g.Text, ga.Text)) == 0 {
				t.Errorf("actors.jsonl:%d: %q is not in the text", n, ga.Text)
			}
			if ga.Code == nil {
				nulls++
				right := true
				for i, x := range ms {
					if overlap(x, ga.Text) {
						right = false
						used[i] = true // counted here, not again as a false mention
						if testing.Verbose() {
							t.Logf("%s: TRAP %q coded %s as %q", g.ID, ga.Text, x.code, x.text)
						}
					}
				}
				if right {
					nullsRight++
				}
				continue
			}
			gold++
			ok := false
			for i, x := range ms {
				if !used[i] && overlap(x, ga.Text) && x.code == *ga.Code {
					used[i], ok = true, true
					correctEmitted++
					break
				}
			}
			if ok {
				found++
			} else if testing.Verbose() {
				t.Logf("%s: MISS %q want %s, got %v", g.ID, ga.Text, *ga.Code, ms)
			}
		}
		emitted += len(ms)
		for i, x := range ms {
			if !used[i] && testing.Verbose() {
				t.Logf("%s: FALSE %q coded %s", g.ID, x.text, x.code)
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
	if recall < 0.98 || precision < 0.92 || nullAcc < 0.82 {
		t.Errorf("actor coding under the floor (recall 0.98, precision 0.92, non-actors 0.82)")
	}
}

// wordSpans returns the byte spans of the whole-word occurrences of sub in
// s, ignoring case.
func wordSpans(s, sub string) [][2]int {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	var out [][2]int
	for i := 0; lsub != "" && i <= len(ls)-len(lsub); {
		k := strings.Index(ls[i:], lsub)
		if k < 0 {
			break
		}
		a, b := i+k, i+k+len(lsub)
		r0, _ := utf8.DecodeLastRuneInString(ls[:a])
		r1, _ := utf8.DecodeRuneInString(ls[b:])
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		if (a == 0 || !word(r0)) && (b == len(ls) || !word(r1)) {
			out = append(out, [2]int{a, b})
		}
		i = a + 1
	}
	return out
}
