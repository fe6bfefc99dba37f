package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestKinAndHosts47 codes, on sentences written for this test, two
// targets src47 fixed. A leader's relative named after the kin word is
// the target, not the leader: "arrested Kim Jong Un's uncle Jang Song
// Thaek" on the day the Politburo removed him (a day that counts in
// office, people.txt) is done to Jang, the target's text his name. A visit to a capital "for a
// state visit to" a leader of that state is a visit to the leader, who
// hosts it (RUSGOV, not Russia); a visit with no host named keeps the
// state.
func TestKinAndHosts47(t *testing.T) {
	c := newCoder(t)
	checkPublished(t, c, []datedCase{
		{"2013-12-09", "North Korea arrested Kim Jong Un's uncle Jang Song Thaek on Sunday for treason.", []string{"PRK 173 PRKGOV asserted"}},
		{"2023-03-20", "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit to Vladimir Putin.", []string{"CHNGOV 042 RUSGOV asserted", "RUSGOV 043 CHNGOV asserted"}},
		{"2023-03-20", "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.", []string{"CHNGOV 042 RUS asserted", "RUS 043 CHNGOV asserted"}},
	})
	a := &dyad.Article{ID: "t", Published: "2013-12-09", Body: []string{"North Korea arrested Kim Jong Un's uncle Jang Song Thaek on Sunday for treason."}}
	evs := c.Code(a)
	if len(evs) != 1 || evs[0].Target == nil || evs[0].Target.Text != "Jang Song Thaek" {
		t.Errorf("arrested Kim Jong Un's uncle Jang Song Thaek: got %+v, want one event aimed at Jang Song Thaek", evs)
	}
}
