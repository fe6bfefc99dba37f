package events_test

import "testing"

// TestYearsAgoTimeClause: the acts of a time clause after a "N years ago"
// date two or more years back are history, as the act it dates is
// (falseevents_years_ago.go); after "four days ago" or "last year" they
// stay news of the story's date.
func TestYearsAgoTimeClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Chinese mining company left the district four years ago after Kenyan villagers began protesting and blocking trucks.", nil},
		{"The firm pulled out of the area two decades ago, shortly after Kenyan villagers blocked its trucks.", nil},
		{"A Chinese mining company left the district four days ago after Kenyan villagers began protesting and blocking trucks.",
			[]string{"KENCVL 141 - asserted 2024-07-09", "KENCVL 144 KENGOV asserted 2024-07-13"}},
		{"Kenyan villagers blocked trucks on Monday after the company left the district four years ago.",
			[]string{"KENCVL 144 KENGOV asserted 2024-07-08"}},
	}, true)
}
