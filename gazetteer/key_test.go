package gazetteer

import (
	"strings"
	"testing"
)

// TestASCIIKey checks the allocation-free ASCII path of Key and Lookup
// against keyRunes, the rune-by-rune form, on the embedded gazetteer's
// names and on ASCII text with every kind of separator.
func TestASCIIKey(t *testing.T) {
	ins := []string{"", " ", "Washington, D.C.", "N'Djamena", "Port-au-Prince", "  Sana`a  ", "U.S.", "A.B.C",
		"St. Petersburg", "Gaza City's", "x--y", "9/11", "New\tYork", "KYIV", "Tel Aviv-Yafo", "!!", "a'", ".a."}
	for _, line := range strings.Split(placesTxt, "\n") {
		if name, _, ok := strings.Cut(line, " | "); ok && !strings.HasPrefix(line, "#") {
			ins = append(ins, name, strings.ToUpper(name))
		}
	}
	n := 0
	for _, s := range ins {
		k, ok := appendASCIIKey(nil, s)
		if !ok {
			continue
		}
		n++
		if want := keyRunes(s); string(k) != want || Key(s) != want {
			t.Errorf("appendASCIIKey(%q) = %q, Key %q, want %q", s, k, Key(s), want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d ASCII names checked", n)
	}
	if _, ok := appendASCIIKey(nil, "Łódź"); ok {
		t.Error("appendASCIIKey took a non-ASCII name")
	}
}
