package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestAgents51 checks, on sentences written for this test, the criminal
// nouns session 51 added (agents.txt): gangsters, a gang member and
// mobsters are criminals (CRM) as gang members are, with their country's
// demonym before them: every mention as text=CODE (a bare agent as
// ?SECTOR: its state comes from the sentence in the events package).
func TestAgents51(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-01-10", "Mexican gangsters kidnapped two soldiers.", "Mexican gangsters=MEXCRM | soldiers=?MIL"},
		{"2024-01-10", "A gangster shot a judge.", "gangster=?CRM | judge=?JUD"},
		{"2024-01-10", "A Haitian gang member attacked Haitian police.", "Haitian gang member=HTICRM | Haitian police=HTICOP"},
		{"2024-01-10", "Italian mobsters bribed a mayor.", "Italian mobsters=ITACRM | mayor=?GOV"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
