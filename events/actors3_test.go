package events_test

import "testing"

// TestActors3 codes sentences written by the dyad team (wire style) for
// the actor-assignment faults found on events-dev.jsonl where the event
// code was right but the source or target was not. Each want lists every
// event of the sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestActors3(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a coordinated object ("tear gas and live rounds") does not end the
		// search for the target: "live" is no second verb
		{"Kenyan police fired tear gas and live rounds at protesters.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-13"}},
		{"Serbian police fired tear gas and stun grenades at students in Belgrade on Friday.",
			[]string{"SRBCOP 175 SRBEDU asserted 2024-07-12"}},
		// a real second verb after "and" still ends it
		{"Kenyan police fired tear gas and arrested dozens of protesters on Tuesday.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-09", "KENCOP 173 KENCVL asserted 2024-07-09"}},
		// "met his <nationality> counterpart": the possessive before the
		// other party does not hide it from the mutual verb
		{"Indian Foreign Minister S. Jaishankar met his Chinese counterpart on Monday.",
			[]string{"INDGOV 040 CHNGOV asserted 2024-07-08", "CHNGOV 040 INDGOV asserted 2024-07-08"}},
		{"Russian President Vladimir Putin met his Iranian counterpart in Moscow on Monday.",
			[]string{"RUSGOV 040 IRNGOV asserted 2024-07-08", "IRNGOV 040 RUSGOV asserted 2024-07-08"}},
		{"Russian President Vladimir Putin met his defence minister on Monday.",
			[]string{"RUSGOV 040 - asserted 2024-07-08"}},
		// a possessive topic between a mutual verb and "with" is no party
		{"French President Emmanuel Macron discussed Iran's nuclear programme with German Chancellor Olaf Scholz on Monday.",
			[]string{"FRAGOV 040 DEUGOV asserted 2024-07-08", "DEUGOV 040 FRAGOV asserted 2024-07-08"}},
		{"Japan's foreign minister discussed China's maritime activity with his Australian counterpart by telephone on Friday.",
			[]string{"JPNGOV 041 AUSGOV asserted 2024-07-12", "AUSGOV 041 JPNGOV asserted 2024-07-12"}},
		{"French President Emmanuel Macron met Iran's foreign minister on Monday.",
			[]string{"FRAGOV 040 IRNGOV asserted 2024-07-08", "IRNGOV 040 FRAGOV asserted 2024-07-08"}},
		// "counterparts in <countries>": each state's holder of the source's office
		{"Britain's GCHQ has been sharing intelligence on Iranian hacking groups with its counterparts in Canada and Australia.",
			[]string{"GBRSPY 064 CANSPY asserted 2024-07-13", "GBRSPY 064 AUSSPY asserted 2024-07-13"}},
		{"Germany's defence minister spoke with his counterpart in Kyiv by phone on Monday.",
			[]string{"DEUGOV 041 UKRGOV asserted 2024-07-08", "UKRGOV 041 DEUGOV asserted 2024-07-08"}},
		{"The French foreign minister met his counterparts in Berlin and Warsaw on Monday.",
			[]string{"FRAGOV 040 DEUGOV asserted 2024-07-08", "DEUGOV 040 FRAGOV asserted 2024-07-08",
				"FRAGOV 040 POLGOV asserted 2024-07-08", "POLGOV 040 FRAGOV asserted 2024-07-08"}},
		// "accusing it of …": "it" is the last non-place actor before the
		// verb, not the victims of the alleged act
		{"Nicaragua filed a case against Germany at the International Court of Justice on Friday, accusing it of breaking international law.",
			[]string{"NIC 115 DEU asserted 2024-07-12", "NIC 112 DEU asserted 2024-07-12"}},
		{"Turkey's president stepped up his rhetoric against Washington on Monday, accusing it of building a terror army along the border.",
			[]string{"TURGOV 112 USA asserted 2024-07-08"}},
	}, true)
}
