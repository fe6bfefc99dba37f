package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestStandingForce codes team-written sentences for standing.go: a
// force told in the simple present with a count ("stations 28,500
// troops") is a standing fact of the background, no deployment; the
// past tense, a date, and the headline keep the deployment.
func TestStandingForce(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The United States stations 28,500 troops in South Korea, a legacy of the 1950-53 Korean war.", nil},
		{"France deploys about 1,000 soldiers in Chad under a defence pact.", nil},
		{"Washington deploys 700 troops to Mexico's border each year.", nil},
		// near misses: another tense, or a date of the day
		{"The United States stationed 3,000 more troops in Poland on Monday.",
			[]string{"USA 154 - asserted"}},
		{"The Pentagon deploys 2,000 troops to Jordan, officials said on Monday.",
			[]string{"USAGOV 074 JOR asserted"}},
		// news in the present: a move, a change, or no verb of keeping
		{"North Korea fires two ballistic missiles into the sea off its east coast, South Korea's military says.",
			[]string{"PRK 150 - asserted"}},
		{"China sends 30 warplanes into Taiwan's air defence zone, Taipei says.",
			[]string{"CHN 150 TWN asserted"}},
		{"India deploys 2,000 extra police to Manipur after fresh clashes.",
			[]string{"IND 153 - asserted"}},
		{"Russia deploys 10,000 more troops near the Ukrainian border, NATO officials say.",
			[]string{"RUS 154 UKR asserted"}},
	}, false)
	checkHeadline(t, c, "US deploys 3,000 troops to Poland", "USA 074 POL asserted")
}

// checkHeadline codes title as an article's headline (with a body
// sentence of no event) and checks that its events are exactly want.
func checkHeadline(t *testing.T, c *events.Coder, title string, want ...string) {
	t.Helper()
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: title, Body: []string{"The weather was mild."}}
	var got []string
	for _, e := range c.Code(a) {
		got = append(got, eventLine(e, false))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\n got: %q\nwant: %q", title, got, want)
	}
}
