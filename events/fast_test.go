package events

import (
	"strings"
	"testing"
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
