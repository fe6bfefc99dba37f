package events_test

import "testing"

// plannedPastCases: an act a relative clause tells with "was to" or
// "were to" ("a summit … where Qatar's emir was to meet …") was a plan
// of the past, called off, and is no event (falseevents_planned_past.go
// plannedPast); the cancelling act is coded. The exact events each
// sentence gives.
var plannedPastCases = []familyCase{
	{"planned-past", "Egypt called off a summit in Cairo on Sunday where Qatar's emir was to meet Sudanese army chief Abdel Fattah al-Burhan.", []string{"EGY 125 QATGOV asserted"}},
	// near miss: "was to meet" as the main verb stays a plan
	{"planned-past", "Qatar's emir was to meet Sudanese army chief Abdel Fattah al-Burhan in Cairo on Sunday.", []string{"QATGOV 036 SDNMIL future"}},
}

// TestPlannedPast codes each case of plannedPastCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestPlannedPast(t *testing.T) { checkFamilies(t, "", plannedPastCases, false) }
