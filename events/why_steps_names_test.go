package events

import (
	"os"
	"regexp"
	"slices"
	"testing"
)

// TestStepNamesDescribed: every refinement step traced is given, at its
// call, a few words saying what it reads, which dyad code --why prints
// after its name; a name is traced once.
func TestStepNamesDescribed(t *testing.T) {
	re := regexp.MustCompile(`tr\.after\("(\w*)", "([^"]*)"\)`)
	seen := map[string]bool{}
	var names []string
	for _, f := range []string{"refine_steps.go", "codesentence.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(src, -1) {
			names = append(names, string(m[1]))
			if len(m[1]) == 0 || len(m[2]) == 0 {
				t.Errorf("%s: %s: a step with no name or no description", f, m[0])
			}
			if seen[string(m[1])] {
				t.Errorf("%s: step %q traced twice", f, m[1])
			}
			seen[string(m[1])] = true
		}
	}
	// the steps, in the files' order: a step added or removed changes
	// this list (and what --why can name)
	want := []string{"restrictedOrg", "partyBanned", "lexFamily", "crowdSeizure", "coupMaker", "shootOrder",
		"occupyFamily", "refine", "builtAbroad", "deployedForce", "refineConflict", "crewPeople", "captiveSailors", "bombedState",
		"villageRaid", "targetFamilies", "documentTarget", "fallenTargets", "conjunctOwner", "conjunctCut", "releaseDetainer",
		"deniedAccuser", "reactedAuthor", "allegedFacility", "recodeForceOnPeople", "massAttackOnPeople",
		"attemptedAssassination", "sighting", "callActs", "aidToUnnamedStates", "jointOwnForces", "jointPolice",
		"employerTarget", "demandedBusiness", "searchJoined", "victimsOfTarget", "intentCode"}
	if !slices.Equal(names, want) {
		t.Errorf("traced steps (%d)\n%q\nwant the %d of refineSteps and intentCode\n%q", len(names), names, len(want), want)
	}
}
