package events

import (
	"strings"
	"testing"
	"time"
)

// TestHasPrefixFold checks oldYear's prefix test against the
// strings.ToLower form it replaces, length test included.
func TestHasPrefixFold(t *testing.T) {
	words := []string{"mid-2016", "Mid-2016", "MID-2016", "mId-1999", "early-1990", "EARLY-1990", "Early-20",
		"late-2001", "LATE-2001", "late–2001", "mİd-2016", "mİd-201", "MİD-201", "mi\u0307d-2016", "earlK-2001",
		"mid-", "mi", "", "2016", "middle-2016", "\xffid-2016", "mid\xff2016", "late-\u212a016"}
	for _, w := range words {
		for _, p := range []string{"mid-", "early-", "late-"} {
			want := strings.HasPrefix(strings.ToLower(w), p) && len(w) == len(p)+4 && w[len(p)] >= '0' && w[len(p)] <= '9'
			got := hasPrefixFold(w, p) && len(w) == len(p)+4 && w[len(p)] >= '0' && w[len(p)] <= '9'
			if got != want {
				t.Errorf("%q, %q: hasPrefixFold gives %v, strings.ToLower %v", w, p, got, want)
			}
		}
	}
}

// TestSlotMasks checks that every word of every slot of the embedded
// patterns passes its slot's mask, so that matchSlots's mask test never
// hides a match.
func TestSlotMasks(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range c.patterns.all {
		for k, slot := range p.Slots {
			for _, w := range slot {
				if p.masks[k]&wordSig(w) == 0 {
					t.Errorf("line %d: slot %d word %q not in its mask", p.Line, k, w)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d slot words checked", n)
	}
}

// TestPastYear checks the year test oldYear, untilYear and yearModified
// share against the three parses it replaces (a four-character token, a
// first digit 1 or 2, 1900 to two years before publication).
func TestPastYear(t *testing.T) {
	cases := []struct {
		tok  string
		pub  int
		want bool
	}{
		{"2015", 2024, true}, {"1900", 2024, true}, {"2022", 2024, true}, {"2023", 2024, false},
		{"2024", 2024, false}, {"2031", 2024, false}, {"1899", 2024, false}, {"1850", 2024, false},
		{"3000", 2024, false}, {"0999", 2024, false}, {"+999", 2024, false}, {"-200", 2024, false},
		{"1,20", 2024, false}, {"201", 2024, false}, {"20155", 2024, false}, {"", 2024, false},
		{"mid-2015", 2024, false}, {"2003", 2005, true}, {"2004", 2005, false},
	}
	for _, c := range cases {
		if got := pastYear(c.tok, c.pub); got != c.want {
			t.Errorf("pastYear(%q, %d) = %v, want %v", c.tok, c.pub, got, c.want)
		}
	}
}

// TestDaysBefore checks the days an event's date lies before the
// publication day, the publication day parsed once.
func TestDaysBefore(t *testing.T) {
	pub := time.Date(2024, 7, 13, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		date string
		pub  time.Time
		want float64
	}{
		{"2024-07-13", pub, 0}, {"2024-07-12", pub, 1}, {"2024-07-14", pub, -1}, {"2024-05-14", pub, 60},
		{"2024-07", pub, 12}, {"2024", pub, 194}, {"2023", pub, 559}, {"", pub, 0}, {"2024-7-1", pub, 0},
		{"2024-13-01", pub, 0}, {"July 2024", pub, 0}, {"2024-07-12", time.Time{}, 0},
	}
	for _, c := range cases {
		if got := daysBefore(c.date, c.pub); got != c.want {
			t.Errorf("daysBefore(%q, %v) = %v, want %v", c.date, c.pub, got, c.want)
		}
	}
}
