// Tests of the report's "-" for a precision or recall with nothing to divide by.
package eval

import (
	"strings"
	"testing"
)

// TestByRootNoShare: a root the coder emitted nothing of has no
// precision, printed "-" (it was 1.000, as if every event were right); a
// root with no gold event has no recall. Shares with a denominator are
// printed as before.
func TestByRootNoShare(t *testing.T) {
	gold, err := ReadGold(strings.NewReader(`{"id":"n1","date":"2024-07-13","text":"a","events":[{"source":"RUR","target":"BOR","cameo":"042"}]}
{"id":"n2","date":"2024-07-13","text":"b","events":[{"source":"BOR","target":"RUR","cameo":"112"}]}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := cannedCoder{
		"n1": {ev("RUR", "042", "BOR"), ev("RUR", "190", "BOR")},
	}
	var b strings.Builder
	Run(c, gold).Print(&b, false)
	for _, want := range []string{
		"  04           1.000     1.000     1.000      1      1      1\n",
		"  11               -     0.000     0.000      1      0      0\n",
		"  19           0.000         -     0.000      0      1      0\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
