package events_test

import "testing"

// TestStatuteRepealPlanned codes a plan to repeal a law, a decree or a
// constitutional amendment as a political reform intended (0342, 0344
// future) with no protest named; the repeal itself, unpressured, and a
// plan given up stay no event.
func TestStatuteRepealPlanned(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia's new government pledged on Monday to abolish the colonial-era sedition law.",
			[]string{"ZMBGOV 0342 - future 2024-07-08"}},
		{"Kenya's president said on Friday his government would scrap the emergency decree.",
			[]string{"KENGOV 0342 - future 2024-07-12"}},
		{"Armenia's prime minister vowed to annul the constitutional amendments that extended the president's term.",
			[]string{"ARMGOV 0344 - future 2024-07-13"}},
		{"Zambia's parliament repealed the sedition law on Tuesday.",
			nil},
		{"Uzbekistan's president said he would drop plans to build a dam.",
			nil},
	}, true)
}

// TestAdmissionThatHad codes a past deed owned up to in a that-clause as
// an admission (015, no target); a view conceded in the present or a
// modal clause is none.
func TestAdmissionThatHad(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana's army acknowledged on Friday that its soldiers had beaten traders in Accra.",
			[]string{"GHAMIL 015 - asserted 2024-07-12"}},
		{"The Chilean navy admitted that one of its frigates had rammed a fishing boat.",
			[]string{"CHLMIL 015 - asserted 2024-07-13"}},
		{"Nepal's home ministry conceded on Monday that police had used excessive force.",
			[]string{"NPLGOV 015 - asserted 2024-07-08"}},
		{"The Bolivian minister conceded that the reform has been slow.",
			nil},
		{"Portugal's finance minister admitted that growth would be weaker.",
			nil},
	}, true)
}

// TestMembershipApplied codes a state applying to join a bloc as an
// appeal to it (021, the bloc its target), each of two applicants on its
// own; the infinitive of "applied to join" names the bloc, not an
// appeal's content.
func TestMembershipApplied(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Moldova formally applied to join the European Union on Thursday.",
			[]string{"MDA 021 IGOEUREEC asserted 2024-07-11"}},
		{"Bosnia submitted its application for membership of the European Union.",
			[]string{"BIH 021 IGOEUREEC asserted 2024-07-13"}},
		{"Georgia and Moldova applied for membership of the EU on Thursday.",
			[]string{"GEO 021 IGOEUREEC asserted 2024-07-11", "MDA 021 IGOEUREEC asserted 2024-07-11"}},
	}, true)
}

// TestJointOperationFamily codes forces acting in one joint or combined
// operation as military cooperation both ways (062), a partner after
// "with" too, and a joint brigade agreed to fight someone as its plan
// (0312 future).
func TestJointOperationFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigerien and Beninese troops launched a joint offensive against jihadists near the border.",
			[]string{"NERMIL 062 BENMIL asserted 2024-07-13", "BENMIL 062 NERMIL asserted 2024-07-13",
				"NERMIL 190 NERREB asserted 2024-07-13", "BENMIL 190 NERREB asserted 2024-07-13"}}, // (each attacks the enemy: joint_against.go)
		{"Thai soldiers mounted a combined operation with Malaysian police on Monday.",
			[]string{"THAMIL 062 MYSCOP asserted 2024-07-08", "MYSCOP 062 THAMIL asserted 2024-07-08"}},
		{"Kenya and Ethiopia agreed to form a joint brigade to combat al Shabaab.",
			[]string{"KEN 0312 ETH future 2024-07-13", "ETH 0312 KEN future 2024-07-13"}},
	}, true)
}

// TestSuspectsHandedFamily codes suspects, smugglers, fugitives or pirates
// handed, turned or delivered to another state's authorities as judicial
// cooperation (063, the receiver its target), in the passive too.
func TestSuspectsHandedFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Panama handed the smugglers to Colombian police on Friday.",
			[]string{"PAN 063 COLCOP asserted 2024-07-12"}},
		{"Bulgaria turned the fugitives over to Turkish authorities.",
			[]string{"BGR 063 TURGOV asserted 2024-07-13"}},
		{"Two Somali pirates were handed to Kenyan prosecutors by the Dutch navy.",
			[]string{"NLDMIL 063 KENJUD asserted 2024-07-13"}},
		{"Fiji delivered the suspects to Australian police.",
			[]string{"FJI 063 AUSCOP asserted 2024-07-13"}},
	}, true)
}
