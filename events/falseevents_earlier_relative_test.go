package events_test

import "testing"

// earlierRelativeCases: an act in a relative clause that the clause dates
// before the date the sentence gives its main act ("the soldiers who
// seized power two days earlier") is background, not coded
// (falseevents_earlier_relative.go); a relative clause dated to the main
// act's day, and the same act as a main verb, are coded. The exact events
// each sentence gives (published 2024-03-14).
var earlierRelativeCases = []familyCase{
	{"earlier-relative", "Several thousand junta supporters marched through Niamey on Saturday to cheer the soldiers who seized power from President Mamadou Tandja two days earlier.",
		[]string{"NERCVL 141 - asserted"}},
	{"earlier-relative", "Kenyan police on Wednesday arrested the rebels who attacked an army base in Garissa last month.",
		[]string{"KENCOP 173 KENREB asserted"}},
	{"earlier-relative", "Kenyan police on Wednesday arrested the rebels who had attacked an army base in Garissa the day before.",
		[]string{"KENCOP 173 KENREB asserted"}},
	// near misses: the clause dated to the main act's day, a clause dated
	// before a report's day, and the act as the main verb, are coded
	{"earlier-relative", "Kenyan police on Wednesday arrested the rebels who attacked an army base in Garissa on Wednesday.",
		[]string{"KENCOP 173 KENREB asserted", "KENREB 190 KENMIL asserted"}},
	{"earlier-relative", "Kenyan police fired tear gas on Wednesday at protesters who stormed parliament in Nairobi that day.",
		[]string{"KENCOP 175 KENCVL asserted", "KENCVL 145 KENLEG asserted"}},
	{"earlier-relative", "Kenyan police said on Wednesday they had arrested the rebels who attacked an army base in Garissa on Tuesday.",
		[]string{"KENCOP 173 KENREB asserted", "KENREB 190 KENMIL asserted"}},
	{"earlier-relative", "Kenyan rebels attacked an army base in Garissa last month.",
		[]string{"KENREB 190 KENMIL asserted"}},
}

// TestEarlierRelative codes each case of earlierRelativeCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestEarlierRelative(t *testing.T) { checkFamilies(t, "", earlierRelativeCases, false) }
