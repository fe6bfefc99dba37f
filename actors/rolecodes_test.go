package actors_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestRoleOnlySectors checks that a role word with no country of its own
// keeps its role as its sector for every CAMEO role code, the religion
// (REL), human rights (HRI), development (DEV) and settler (SET) codes
// too: a bare "monks" is "?REL" with no country and sectors [REL], not a
// country "REL" with no sector (which made coreference give it the
// possessor's code with no sector, read further on as a state).
func TestRoleOnlySectors(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Monks marched through the old town.", "Monks=?REL country= sectors=REL"},
		{"2025-03-04", "Rights activists gathered on Monday.", "Rights activists=?HRI country= sectors=HRI"},
		{"2025-03-04", "The bishops met on Friday.", "The bishops=?REL country= sectors=REL"},
		{"2025-03-04", "Police detained two clerics.", "Police=?COP country= sectors=COP | clerics=?REL country= sectors=REL"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code + " country=" + mn.Country + " sectors=" + strings.Join(mn.Sectors, ",")
	})
}
