package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestCaretakerAfterResignation: a prime minister who resigns and stays
// on as caretaker keeps the resignation day and the caretaker days in
// office (people.txt's rule for a term cut short on one day), and is
// the country alone once the successor takes office.
func TestCaretakerAfterResignation(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2021-08-16", "Muhyiddin Yassin resigned on Monday.", "Muhyiddin Yassin=MYSGOV"},
		{"2021-08-19", "Muhyiddin Yassin chaired a cabinet meeting.", "Muhyiddin Yassin=MYSGOV"},
		{"2021-08-21", "Muhyiddin Yassin attended the swearing-in.", "Muhyiddin Yassin=MYS"},
	}, func(mn actors.Mention) string { return mn.Text + "=" + mn.Code })
}
