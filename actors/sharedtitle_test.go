package actors_test

import "testing"

// TestSharedTitle checks two titles joined by "and" before one name: one
// person, one mention (the name and its nearer title); two people when
// the second title has a determiner or the second is a bare name.
func TestSharedTitle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-10-09", "The former governor and United Nations ambassador Nikki Haley thanked the departing general.", "United Nations ambassador Nikki Haley=USAGOV"},
		{"2023-12-22", "Deputy Prime Minister and Foreign Minister Ayman Safadi met Antony Blinken.", "Foreign Minister Ayman Safadi=JORGOV | Antony Blinken=USAGOV"},
		{"2023-12-22", "Jordan's deputy prime minister and foreign minister Ayman Safadi met Blinken.", "foreign minister Ayman Safadi=JORGOV"},
		{"2024-03-02", "The defence minister and army chief Asim Munir visited troops.", "army chief Asim Munir=PAKMIL | troops=?MIL"},
		// near misses: two people
		{"2023-12-22", "The president and the foreign minister Sergei Lavrov met.", "The president=?GOV | the foreign minister Sergei Lavrov=RUSGOV"},
		{"2023-12-22", "The minister and Sergei Lavrov met.", "The minister=?GOV | Sergei Lavrov=RUSGOV"},
		{"2023-12-22", "Ministers and Foreign Secretary David Cameron met.", "Ministers=?GOV | Foreign Secretary David Cameron=GBRGOV"},
	}, showCode)
}

// TestStatesDiplomatAtOrganisation checks an organisation's ambassador
// named by a person of the dictionary: a state's diplomat, the person's
// state's government also on a date outside the entry (the text names
// the post), never the organisation; the organisation's own envoy keeps
// its code.
func TestStatesDiplomatAtOrganisation(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-12-22", "United Nations ambassador Susan Rice criticized Russia.", "United Nations ambassador Susan Rice=USAGOV | Russia=RUS"},
		{"2024-05-22", "UN ambassador Nikki Haley criticized Iran on Monday.", "UN ambassador Nikki Haley=USAGOV | Iran=IRN"},
		{"2018-05-22", "UN ambassador Nikki Haley criticized Iran on Monday.", "UN ambassador Nikki Haley=USAGOV | Iran=IRN"},
		{"2019-05-22", "UN ambassador Danny Danon accused Iran of lying.", "UN ambassador Danny Danon=ISRGOV | Iran=IRN"},
		{"2019-05-22", "Former UN ambassador Nikki Haley criticized Iran.", "UN ambassador Nikki Haley=USA | Iran=IRN"},
		{"2023-05-22", "China's UN envoy Zhang Jun accused Washington.", "China's UN envoy Zhang Jun=CHNGOV | Washington=USA"},
		{"2023-05-22", "The UN envoy to Yemen urged talks.", "The UN envoy=IGOUNO | Yemen=YEM"},
	}, showCode)
}
