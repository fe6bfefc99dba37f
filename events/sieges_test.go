package events_test

import "testing"

// hostageSiegeCases: security forces that end a siege after attackers
// stormed or seized a place end it by force against the attackers (190),
// not by easing a blockade (0872; events/sieges.go); the besieger lifting
// or ending its own siege or blockade, and a siege "of" a place, stay
// 0872. The exact events each sentence gives.
var hostageSiegeCases = []familyCase{
	{"hostage", "Al Shabaab militants stormed a Mogadishu hotel on Friday, and Somali forces ended a 30-hour siege on Sunday.",
		[]string{"SOMREB 180 SOM asserted", "SOMMIL 190 SOMREB asserted"}},
	{"hostage", "Al-Shabaab gunmen stormed a hotel complex in Nairobi on Tuesday, killing 21 people, before security forces ended the siege.",
		[]string{"SOMREB 180 KENCVL asserted", "KENCOP 190 SOMREB asserted"}},
	{"hostage", "Gunmen stormed a shopping mall in Karachi on Monday, and police ended the two-day siege on Wednesday.",
		[]string{"PAKUAF 180 PAKCVL asserted", "PAKCOP 190 PAKUAF asserted"}},
	// near misses: the besieger's own siege or blockade, a siege of a place
	{"besieger", "Israel ended its siege of the Jenin camp on Thursday.",
		[]string{"ISR 0872 PSE asserted"}},
	{"besieger", "The Houthis lifted their blockade of the main road into Taiz on Thursday.",
		[]string{"YEMREB 0872 YEM asserted"}},
	{"besieger", "Philippine troops ended a five-month siege of Marawi by Islamist militants on Monday.",
		[]string{"PHLMIL 0872 PHLREB asserted"}},
}

// TestHostageSiegeEnded codes each case of hostageSiegeCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestHostageSiegeEnded(t *testing.T) { checkFamilies(t, "", hostageSiegeCases, false) }
