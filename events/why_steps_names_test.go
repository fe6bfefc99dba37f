package events

import (
	"os"
	"regexp"
	"testing"
)

// TestStepNamesDescribed: every step name the refinement steps trace has
// stepDoes's few words, which dyad code --why prints after it.
func TestStepNamesDescribed(t *testing.T) {
	re := regexp.MustCompile(`tr\.after\("(\w+)"\)`)
	n := 0
	for _, f := range []string{"refine_steps.go", "codesentence.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(src, -1) {
			n++
			if stepDoes(string(m[1])) == "" {
				t.Errorf("%s: step %q has no description in stepDoes", f, m[1])
			}
		}
	}
	if n < 30 {
		t.Errorf("found %d traced steps, want the 33 of refineSteps and intentCode", n)
	}
}
