package events

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/cameo"
)

// TestRepeatedPatterns: a pattern line that repeats an earlier one (the
// same code and flags, the same words once a plural beside its singular
// is set aside) is flagged with its file and line; the embedded
// verbs.txt has none (it coded "dissolve {party} | 1722" on line 1577 and
// "dissolve {party,parties} | 1722" on line 2697, and "{wrap,round} up
// {visit,trip,tour} | 042" on lines 1827 and 3286).
func TestRepeatedPatterns(t *testing.T) {
	ont, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ParsePatterns(strings.NewReader("dissolve {party} | 1722\nban +{party,parties} | 1722\ndissolve {party,parties} | 1722\nban +{party} | 1722\n@ban {party} | 172\nban {parties} | 172\nban {party,press} | 1722\n"), "v.txt", ont)
	if err != nil {
		t.Fatal(err)
	}
	want := "v.txt:3: repeats line 1 (dissolve {party,parties} | 1722)\nv.txt:4: repeats line 2 (ban +party | 1722)"
	if got := strings.Join(ps.Repeated("v.txt"), "\n"); got != want {
		t.Errorf("repeated:\n%s\nwant\n%s", got, want)
	}
	def, err := ParsePatterns(bytes.NewReader(defaultVerbs), "events/data/verbs.txt", ont)
	if err != nil {
		t.Fatal(err)
	}
	if got := def.Repeated("events/data/verbs.txt"); len(got) > 0 {
		t.Errorf("repeated pattern lines (delete them):\n%s", strings.Join(got, "\n"))
	}
}
