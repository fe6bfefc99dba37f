package events_test

import "testing"

// The constructions of the dev43 and dev44 wire sets (session 62): each
// table holds the rule's invented wire sentences and a near miss that must
// stay as it was.

// TestLowOverflight62: warplanes flying low over a place show force (150)
// as those flying over it do, and a place in an "in" phrase after "over"
// names the state flown over. A sea names none.
func TestLowOverflight62(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-01-10", "Syrian jets flew low over the Turkish town of Kilis on Friday.",
			[]string{"SYRMIL 150 TUR asserted"}},
		{"2015-01-10", "Russian warplanes flew low over villages in eastern Ukraine on Friday.",
			[]string{"RUSMIL 150 UKR asserted"}},
		// near miss: over a sea, no state
		{"2015-01-10", "Russian warplanes flew low over ships in the Black Sea on Friday.",
			[]string{"RUSMIL 150 - asserted"}},
	}, false)
}

// TestFlightsCalledViolation62: a criticism told by a participle after the
// speaker's "said", calling the first clause's act a violation of the
// speaker's own sovereignty, targets that act's author; a summing-up noun
// phrase with a participle and its "by" agent (", a move condemned by
// Tallinn") does too.
func TestFlightsCalledViolation62(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-01-10", "Israeli warplanes flew over Sidon on Monday, Lebanon's army said, calling the flights a violation of Lebanese sovereignty.",
			[]string{"ISRMIL 150 LBN asserted", "LBNMIL 111 ISRMIL asserted"}},
		{"2015-01-10", "Russian jets flew low over Estonian islands on Saturday, a move condemned by Tallinn as a violation of its airspace.",
			[]string{"RUSMIL 150 - asserted", "EST 111 RUSMIL asserted"}},
		// near misses: the act called a violation is the speaker's own; a
		// participle of no criticism
		{"2015-01-10", "Lebanon's parliament voted on Monday to annul the accord, calling it a violation of Lebanese sovereignty.",
			[]string{"LBNLEG 160 - asserted", "LBNLEG 111 - asserted"}},
		{"2015-01-10", "Russian jets flew low over Estonian islands on Saturday, a show of strength watched by Tallinn.",
			[]string{"RUSMIL 150 - asserted"}},
	}, false)
}

// TestBeatings62: men, refugees or herders beaten are assaulted
// (182), also when a second verb is coordinated with "beat" before the
// object; a demand coordinated after an accusation of a beating is made of
// the accused. A team beaten at sport is nothing.
func TestBeatings62(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-01-10", "Sudanese soldiers beat four Chadian herders near the border town of Adre on Sunday.",
			[]string{"SDNMIL 182 TCDCVL asserted"}},
		{"2015-01-10", "Kenyan police beat and robbed six Somali refugees in Nairobi on Sunday.",
			[]string{"KENCOP 182 SOMREF asserted"}},
		{"2015-01-10", "Ethiopia accused Eritrea on Monday of beating herders from the Afar region and demanded their release.",
			[]string{"ETH 112 ERI asserted", "ERI 182 ETHCVL alleged", "ETH 1053 ERI asserted"}},
		// near miss: sport
		{"2015-01-10", "Brazil beat Argentina 2-1 in a friendly in Sao Paulo on Sunday.",
			nil},
	}, false)
}

// TestSuppliesAbroad62: electricity fed or exported to another state is
// trade (061); a field hospital, medics or water-bombing aircraft flown or
// sent to another state are humanitarian aid (073). Sent within the
// state, they are nothing.
func TestSuppliesAbroad62(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-01-10", "Laos began exporting electricity to two Thai provinces on Monday.",
			[]string{"LAO 061 THA asserted"}},
		{"2015-01-10", "Spain sent three water-bombing planes to Portugal on Sunday to help firefighters tackle forest fires.",
			[]string{"ESP 073 PRT asserted"}},
		{"2015-01-10", "Jordan flew a field hospital and 60 army medics to the Iraqi city of Mosul on Sunday.",
			[]string{"JOR 073 IRQ asserted"}},
		// near misses: at home
		{"2015-01-10", "Laos began feeding electricity into its own grid on Monday.",
			nil},
		{"2015-01-10", "Spain sent firefighters to Valencia on Sunday.",
			nil},
		{"2015-01-10", "The army rushed the wounded to a hospital in Kabul on Sunday.",
			nil},
	}, false)
}
