package events_test

import "testing"

// TestCorpusGaps codes sentences written by the dyad team for the patterns
// of the "gaps found from the open corpus" section of events/data/verbs.txt:
// congratulations offered, sent or extended to a named party (051), a
// border or crossing closed, shut or sealed (191; a threat to close one
// 130; "close to the border" no event), water cannon fired or turned on a
// crowd (175) and a group designated or proscribed as terrorist (163).
func TestCorpusGaps(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 051 congratulations
		{"Prime Minister Narendra Modi offered his congratulations to the new Sri Lankan president on Sunday.",
			[]string{"INDGOV 051 LKAGOV asserted 2024-07-07"}},
		{"Japan's prime minister sent a congratulatory message to the new South Korean president.",
			[]string{"JPNGOV 051 KORGOV asserted 2024-07-13"}},
		{"The Kremlin sent congratulations to Iran's new president on Saturday.",
			[]string{"RUSGOV 051 IRNGOV asserted 2024-07-13"}},
		{"French President Emmanuel Macron extended his warmest congratulations to Keir Starmer.",
			[]string{"FRAGOV 051 GBRGOV asserted 2024-07-13"}},
		{"Putin has sent a congratulatory telegram to Kim Jong Un on the anniversary.",
			[]string{"RUSGOV 051 PRKGOV asserted 2024-07-13"}},
		// congratulations to no named party are no event
		{"The Belgian prime minister offered his congratulations, a spokesman said.",
			nil},
		// 191 a border or crossing closed
		{"Hungary sealed its border with Serbia on Tuesday.",
			[]string{"HUN 191 SRB asserted 2024-07-09"}},
		{"Pakistan shut its border crossings with Afghanistan on Monday.",
			[]string{"PAK 191 AFG asserted 2024-07-08"}},
		{"Finland closed four crossing points on its border with Russia on Saturday.",
			[]string{"FIN 191 RUS asserted 2024-07-13"}},
		{"Poland shut down its main border crossing with Belarus.",
			[]string{"POL 191 BLR asserted 2024-07-13"}},
		{"Iran threatened to shut its border crossings with Pakistan.",
			[]string{"IRN 130 PAK asserted 2024-07-13"}},
		// "close" as an adjective
		{"Kurdish fighters operating close to the Syria-Iraq border captured the two men.",
			nil},
		{"The girls were freed in a town close to the Cameroon border, local sources said.",
			nil},
		// 175 water cannon
		{"Police fired water cannon at protesters in Tbilisi on Sunday.",
			[]string{"GEOCOP 175 GEOCVL asserted 2024-07-07"}},
		{"Georgian riot police turned water cannon on demonstrators outside parliament.",
			[]string{"GEOCOP 175 GEOCVL asserted 2024-07-13"}},
		// cannon deployed, or with no crowd named, is no event
		{"Turkey deployed water cannon trucks along the Greek border.",
			nil},
		{"Police used water cannon on Sunday.",
			nil},
		// 163 designated or proscribed as terrorist
		{"The United States designated the Houthis a terrorist organisation.",
			[]string{"USA 163 YEMREB asserted 2024-07-13"}},
		{"The U.S. designated two Haitian gangs as foreign terrorist organisations on Friday.",
			[]string{"USA 163 HTICRM asserted 2024-07-12"}},
		{"Britain proscribed Hamas as a terrorist group.",
			[]string{"GBR 163 PSEREB asserted 2024-07-13"}},
	}, true)
}
