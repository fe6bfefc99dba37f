package events

import (
	"os"
	"regexp"
	"testing"
)

// TestStepNamesDescribed: every refinement step traced is given, at its
// call, a few words saying what it reads, which dyad code --why prints
// after its name; a name is traced once.
func TestStepNamesDescribed(t *testing.T) {
	re := regexp.MustCompile(`tr\.after\("(\w*)", "([^"]*)"\)`)
	seen := map[string]bool{}
	n := 0
	for _, f := range []string{"refine_steps.go", "codesentence.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(src, -1) {
			n++
			if len(m[1]) == 0 || len(m[2]) == 0 {
				t.Errorf("%s: %s: a step with no name or no description", f, m[0])
			}
			if seen[string(m[1])] {
				t.Errorf("%s: step %q traced twice", f, m[1])
			}
			seen[string(m[1])] = true
		}
	}
	if n < 30 {
		t.Errorf("found %d traced steps, want the 33 of refineSteps and intentCode", n)
	}
}
