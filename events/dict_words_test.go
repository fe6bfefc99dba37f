package events

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestDictWords: countryWord, roleWord and unaffiliatedHead give the
// answers they gave when each scanned the whole actor dictionary
// (actors.Dictionary.Lookup): first for a table of words with their
// exact answers, then for the phrase of every fourth dictionary entry,
// lower-cased and as written, against that scan.
func TestDictWords(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := c.matcher.Dictionary()
	scanCountry := func(w string) string {
		if w == "" {
			return ""
		}
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, e := range d.Lookup(form) {
				if (e.Kind == actors.KindCountry || e.Kind == actors.KindAdjective) && len(e.Code) == 3 {
					return e.Code
				}
			}
		}
		return ""
	}
	scanRole := func(w string) bool {
		for _, e := range d.Lookup(w) {
			if e.Kind == actors.KindAgent && len(e.Code) != 6 && !strings.HasPrefix(e.Code, "IGO") {
				return true
			}
		}
		return false
	}
	scanUAF := func(w string) bool {
		for _, e := range d.Lookup(w) {
			if e.Kind == actors.KindAgent && e.Code == "UAF" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		w       string
		country string
		role    bool
		uaf     bool
	}{
		{"russian", "RUS", false, false},
		{"China", "CHN", false, false},
		{"us", "USA", false, false},
		{"officials", "", true, false},
		{"prosecutors", "", true, false},
		{"militiamen", "", true, true},
		{"gunmen", "", true, true},
		{"ministry", "", true, false},
		{"Russia-Ukraine", "", false, false},
		{"", "", false, false},
	} {
		if got := c.countryWord(tc.w); got != tc.country {
			t.Errorf("countryWord(%q) = %q, want %q", tc.w, got, tc.country)
		}
		if got := c.roleWord(tc.w); got != tc.role {
			t.Errorf("roleWord(%q) = %v, want %v", tc.w, got, tc.role)
		}
		if got := c.unaffiliatedHead(tc.w); got != tc.uaf {
			t.Errorf("unaffiliatedHead(%q) = %v, want %v", tc.w, got, tc.uaf)
		}
	}
	n := 0
	for i, e := range d.Entries {
		if i%4 != 0 {
			continue // (every fourth entry: the scan is slow)
		}
		for _, w := range []string{e.Phrase, strings.ToLower(e.Phrase)} {
			n++
			if got, want := c.countryWord(w), scanCountry(w); got != want {
				t.Errorf("countryWord(%q) = %q, the dictionary scan %q", w, got, want)
			}
			if got, want := c.roleWord(w), scanRole(w); got != want {
				t.Errorf("roleWord(%q) = %v, the dictionary scan %v", w, got, want)
			}
			if got, want := c.unaffiliatedHead(w), scanUAF(w); got != want {
				t.Errorf("unaffiliatedHead(%q) = %v, the dictionary scan %v", w, got, want)
			}
		}
	}
	if n < 1000 {
		t.Errorf("%d words compared, want at least 1,000", n)
	}
}
