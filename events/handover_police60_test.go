package events_test

import "testing"

// TestPoliceHandover codes a state's police or border guards handing
// wanted people to another state's police, officers or authorities as
// judicial cooperation (063), as a state's own handover is; "officers"
// of the receiving state in a handover between police are its police
// (handover_officers.go). Villagers handing a thief to the police are
// no state and code nothing, and a force handing them to its own
// country's police is no cooperation between states.
func TestPoliceHandover(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Laotian border police handed over nine Thais wanted for timber smuggling to police in Thailand's Nong Khai province on Friday.",
			[]string{"LAOCOP 063 THACOP asserted"}},
		{"Laotian police handed over nine Thai nationals to Thai police on Friday.",
			[]string{"LAOCOP 063 THACOP asserted"}},
		{"Police in Tirana put a Greek businessman wanted for tax fraud on a flight to Athens on Monday, handing him to Greek officers under an extradition ruling.",
			[]string{"ALBCOP 063 GRCCOP asserted"}},
		// near miss: villagers are no state organ
		{"Villagers handed a suspected thief to police in Nong Khai on Friday.",
			nil},
		// near miss: soldiers handing suspects to their own country's police
		{"Thai soldiers handed two suspected smugglers to police in Nong Khai on Friday.",
			nil},
	}, false)
}

// TestPassedCaseMaterial codes case material (records, names, files)
// passed to another state's police or prosecutors as information
// shared (064), the material named before or after the recipient. A
// bill passed to a chamber, or records passed to the same state's
// prosecutors, share nothing between states.
func TestPassedCaseMaterial(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Belgian police passed the phone records of 12 suspected members of a heroin smuggling network to prosecutors in Ankara on Monday.",
			[]string{"BELCOP 064 TURJUD asserted"}},
		{"Serbia's intelligence agency passed to Hungarian police on Monday the names of nine men it says smuggled migrants.",
			[]string{"SRBSPY 064 HUNCOP asserted"}},
		{"Belgium passed the names to Dutch police on Monday.",
			[]string{"BEL 064 NLDCOP asserted"}},
		// near miss: a bill passed to the senate is no material shared with a party
		{"Belgian lawmakers passed the budget bill to the senate on Monday.",
			nil},
		// near miss: police passing records to their own prosecutors
		{"Belgian police passed the phone records of 12 suspects to their own prosecutors on Monday.",
			nil},
	}, false)
}
