package events_test

import "testing"

// TestWhenClauseTakesClauseDate codes team-written wire sentences whose
// act sits in a "when" clause that says when the clause before it
// happened: the act takes that clause's date, fronted with or without a
// comma ("Last week the banks came under pressure, when officials
// endorsed …", "Last week, tensions rose when …"). Near misses: a when-
// clause with a date of its own keeps it; a time clause opening the
// sentence before the subject ("On Monday, three days after … spoke,")
// keeps its own undated act undated. Publication date Saturday
// 2024-07-13.
func TestWhenClauseTakesClauseDate(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2024-07-13", []pubCase{
		{"", "Last week the banks came under pressure from Moscow, when senior U.S. officials endorsed the sanctions.",
			[]string{"USAGOV 051 - asserted 2024-07 month text"}},
		{"", "Last week the markets fell sharply, when U.S. officials criticised China's export curbs.",
			[]string{"USAGOV 111 CHN asserted 2024-07 month text", "CHN 163 - asserted 2024-07 month text"}},
		{"", "Last month the dispute escalated, when Beijing expelled two Canadian diplomats.",
			[]string{"CHN 161 CANGOV asserted 2024-06 month text"}},
		{"", "In March, the talks broke down when Russia rejected the Turkish proposal.",
			[]string{"RUS 127 TUR asserted 2024-03 month text"}},
		{"", "Last week, tensions rose when Chinese ships blocked a Philippine supply boat.",
			[]string{"CHN 191 PHL asserted 2024-07 month text"}},
		// near misses
		{"", "Last week the dispute escalated, when Beijing expelled two Canadian diplomats on Thursday.",
			[]string{"CHN 161 CANGOV asserted 2024-07-11 day text"}},
		{"", "On Monday, three days after Trump and Erdogan spoke by phone, Ankara pledged to help Washington.",
			[]string{"USA 041 TURGOV asserted 2024-07-13 day published", "TURGOV 041 USA asserted 2024-07-13 day published", "TUR 033 USA future 2024-07-08 day text"}},
	})
}

// TestApproximateYears codes sentences dated by a year with "late",
// "early" or "mid-" ("in late 2013", "since early 2024", "in mid-2013"):
// the year dates the act, at year precision, as "in 2013" does, never the
// publication day; an act two or more years before publication is
// history and is set aside (as "banned protests in 2013" in a 2017
// story). Near miss: the year of a participle on a noun is the noun's
// ("under a law adopted in late 2013", dateowner.go), and the act keeps
// the publication day.
func TestApproximateYears(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2017-12-30", []pubCase{
		{"", "Egypt banned protests in late 2013.", nil},
		{"", "Egypt banned protests in mid-2013.", nil},
		{"", "Egypt banned protests in early 2017.", []string{"EGY 1721 EGYCVL asserted 2017 year text"}},
		{"", "Egypt banned protests in late 2017.", []string{"EGY 1721 EGYCVL asserted 2017 year text"}},
		{"2024-07-13", "Russia has shelled Kharkiv since early 2024.", []string{"RUS 194 UKR asserted 2024 year text"}},
		{"", "Egypt banned protests earlier this year.", []string{"EGY 1721 EGYCVL asserted 2017 year text"}},
		// near miss
		{"", "Egypt banned all protests under a law adopted in late 2013.", []string{"EGY 1721 EGYCVL asserted 2017-12-30 day published"}},
	})
}

// TestWithdrawnCandidacy: a candidate withdrawing from a race or a
// primary is no military withdrawal (0874): no event; troops withdrawn
// still are.
func TestWithdrawnCandidacy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Biden withdrew from the race on Sunday.", nil},
		{"Senator Smith withdrew from the Democratic primary on Tuesday.", nil},
		{"The president withdrew from the presidential runoff on Monday.", nil},
		{"Russia withdrew its troops from Kherson.", []string{"RUS 0874 UKR asserted"}},
	}, false)
}
