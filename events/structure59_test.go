package events_test

import "testing"

// TestCoordinatedPassive59: a participle with its "by" agent after "and"
// and another passive participle is a passive too: the agent criticises.
// A finite verb after "and" keeps its own subject.
func TestCoordinatedPassive59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2015-03-18", "Netanyahu gave an address to Congress, an appearance arranged by Republican leaders and criticized by the Obama administration.",
			[]string{"USAGOV 111 - asserted"}}, // (the first conjunct's agent is no target)
		{"2015-03-18", "The Iranian minister was received by Egypt and criticized by the Arab League on Sunday.",
			[]string{"EGY 043 IRNGOV asserted", "IRNGOV 042 EGY asserted", "IGOMEAARL 111 IRNGOV asserted"}},
		{"2015-03-18", "Netanyahu gave an address to Congress, an appearance criticized by the Obama administration.",
			[]string{"USAGOV 111 - asserted"}},
		// near miss: an active verb after "and"
		{"2015-03-18", "Egypt's foreign minister returned from Paris on Sunday and criticized the Arab League.",
			[]string{"EGYGOV 111 IGOMEAARL asserted"}},
	}, false)
}

// TestQuotedMe59: "me" and "us" after a verb inside a quotation are its
// speaker, also when the speaker is a name the story gave before.
func TestQuotedMe59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2016-12-16", "“Putin blamed me for the protests,” Hillary Clinton said on Thursday.",
			[]string{"RUSGOV 112 USA asserted"}},
		{"2016-12-16", "“The Kremlin thanked us for the talks,” said the Finnish president.",
			[]string{"RUSGOV 051 FINGOV asserted"}},
		// near miss: no quotation, no speaker for "me"
		{"2016-12-16", "Putin blamed me for the protests, Hillary Clinton said on Thursday.",
			nil},
	}, false)
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Hillary Clinton spoke to donors in New York on Thursday.", "“Putin blamed me for the protests,” Clinton said."},
			[]string{"RUSGOV 112 USA asserted 2024-07-13"}},
	})
}

// TestConjoinedBase59: a list of bare verbs after one modal or one
// promised "to" shares its status (a plan, an intent) and its subject; a
// list of past verbs stays asserted.
func TestConjoinedBase59(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2017-01-13", "In return, Sudan will improve access for aid groups, stop supporting rebels in neighbouring South Sudan, cease the bombing of insurgent territory and cooperate with American intelligence agents.",
			[]string{"SDN 0356 - future", "SDN 031 USASPY future"}},
		{"2017-01-13", "Sudan promised to improve access for aid groups, end the bombing and cooperate with the United States.",
			[]string{"SDN 0356 - future", "SDN 031 USA future"}},
		// near miss: past verbs, asserted deeds both ways
		{"2017-01-13", "Sudan improved access for aid groups and cooperated with the United States.",
			[]string{"SDN 060 USA asserted", "USA 060 SDN asserted"}},
	}, false)
}
