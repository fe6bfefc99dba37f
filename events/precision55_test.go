package events_test

// Session 55's precision rules on real news: constructions whose events
// the judged real-news file found wrong, with wordings invented here.

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWestGermanyList: "West Germany" is a country name (the Federal
// Republic, as 1980s wire copy names it), so it joins a list of states
// after "ministers of" and each state's ministers are its government; it
// was the bare state, the others no source.
func TestWestGermanyList(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"1987-03-02", "Finance ministers of Italy, Spain and West Germany reached the accord in Geneva on Monday.",
			[]string{"ITAGOV 057 - asserted", "ESPGOV 057 - asserted", "DEUGOV 057 - asserted"}},
		{"1987-03-02", "Finance ministers of Italy, the U.S. And West Germany agreed on Monday to cooperate on exchange rates.",
			[]string{"ITAGOV 031 - future", "USAGOV 031 - future", "DEUGOV 031 - future"}},
		{"1987-03-02", "West Germany expelled two Libyan diplomats on Monday.",
			[]string{"DEU 161 LBYGOV asserted"}},
	})
}

// TestActVerdictTarget: a condemnation that names the act before its own
// words, as the subject of a verdict ("the test was unacceptable") or as
// the noun of a passive relative clause ("a provocation which was
// condemned by …"), is aimed at the source of the story's last use of
// force, as "condemned the test" is; it had no target. An act with no
// force told before keeps none.
func TestActVerdictTarget(t *testing.T) {
	c := newCoder(t)
	cases := []struct {
		body []string
		want []string
	}{
		{[]string{"Iran test-fired a ballistic missile over the Gulf on Sunday.",
			"Saudi Arabia's foreign minister said the missile test was \"utterly irresponsible\"."},
			[]string{"IRN 150 - asserted", "SAUGOV 111 IRN asserted"}},
		{[]string{"Pakistan fired a cruise missile near the Indian border on Monday.",
			"It was the third such launch this year, a provocation which was swiftly condemned by India's foreign ministry."},
			[]string{"PAK 150 IND asserted", "INDGOV 111 PAK asserted"}},
		{[]string{"Saudi Arabia's foreign minister said the decision was \"utterly irresponsible\"."},
			[]string{"SAUGOV 111 - asserted"}},
	}
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}

// TestAuthoritiesWhereStoryIs: bare "authorities" or "officials" in a
// sentence that names no place are of the land the story just put things
// in, not of the state it named last (the victims' or a mission's); a
// sentence that names their place keeps it.
func TestAuthoritiesWhereStoryIs(t *testing.T) {
	c := newCoder(t)
	cases := []struct {
		body []string
		want []string
	}{
		{[]string{"A gunman shot dead two French tourists in Istanbul on Friday.", "Officials are investigating the motive."},
			[]string{"TURUAF 180 FRACVL asserted", "TURGOV 090 - asserted"}},
		{[]string{"A gunman shot dead two French tourists in Istanbul on Friday.", "Officials in Paris are investigating the motive."},
			[]string{"TURUAF 180 FRACVL asserted", "FRAGOV 090 - asserted"}},
	}
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}
