package events_test

import "testing"

// src13Cases: the source of an event in constructions the dictionary
// match alone leaves without one (src13.go), with the team's own
// wire-style sentences and the exact events each must give; true events
// of nearby shapes beside. Two sentences are two paragraphs (split).
var src13Cases = []familyCase{
	// an "X-led coalition" acting on its own is X's forces, and so is a
	// later bare "the coalition" of the same story
	{"led-coalition", "The Saudi-led coalition bombed a market in Saada on Tuesday.", []string{"SAUMIL 195 YEM asserted"}},
	{"led-coalition", "Warplanes of the Saudi-led coalition struck a bridge near Hodeidah on Monday.", nil},
	{"led-coalition", "Houthi rebels fired a missile at Riyadh on Sunday. The Saudi-led coalition hit back with air strikes on Sanaa on Monday.", []string{"YEMREB 195 SAU asserted", "SAUMIL 195 YEM asserted"}},
	{"led-coalition", "The US-led coalition killed an Islamic State commander in a raid in eastern Syria. The coalition said the raid was carried out on Thursday.", []string{"USAMIL 190 IMGMOSISL asserted"}},
	{"led-coalition", "The Saudi-led coalition shelled the port of Hodeidah on Monday. The coalition also struck a fuel depot near Sanaa.", []string{"SAUMIL 194 YEM asserted", "SAUMIL 190 YEM asserted"}},
	{"led-coalition", "Saudi-led coalition jets bombed a wedding in Yemen, killing 20 people.", []string{"SAUMIL 195 YEM asserted"}},
	// a coalition of a story that named no X-led one is no force
	{"not-led", "The ruling coalition rejected the opposition's demand for early elections on Tuesday.", nil},
	{"not-led", "The coalition collapsed on Monday after the Greens quit in a dispute over the budget.", nil},
	{"not-led", "The Saudi-led coalition's spokesman said the jets had hit only military targets.", nil},
	// a force in the words of a state's officials is that state's, not
	// the state the story named before
	{"reporter", "North Korea fired a ballistic missile over Hokkaido on Tuesday. Japanese officials said the military did not try to shoot down the missile.", []string{"PRK 150 - asserted", "JPNMIL 190 - negated"}},
	{"reporter", "North Korea fired two missiles into the sea on Friday. South Korean officials said the military had tracked the launches from Pyongyang.", []string{"PRK 150 - asserted"}},
	{"reporter", "Russia launched a wave of drones at Kyiv overnight. Polish officials said that the military scrambled jets to protect the country's airspace.", []string{"RUS 1952 UKR asserted", "POLMIL 150 - asserted"}},
}

func TestSrc13Families(t *testing.T) { checkFamilies(t, "", src13Cases, true) }

// TestSrc13Federal: a "federal" state body is a federation's, the one of
// a place or modifier its sentence names, else the first the story
// named, never a unitary state the story named last (src13.go).
func TestSrc13Federal(t *testing.T) {
	first := "Afghanistan closed its border crossings with Iran on Monday."
	// (the first sentence's closure is its own event, 191: verbs.txt)
	cases := []familyCase{
		{"federal", "The Federal Government is negotiating with the United States over the fate of a Brisbane man held in Afghanistan.",
			[]string{"AFG 191 IRN asserted", "AUSGOV 046 USA asserted", "USA 046 AUSGOV asserted"}},
		{"federal", "Federal police arrested a Melbourne man on Tuesday over a plot to attack the Israeli consulate.",
			[]string{"AFG 191 IRN asserted", "AUSCOP 173 - asserted"}},
		{"federal", "The federal government in Ottawa expelled two Afghan diplomats on Tuesday.",
			[]string{"AFG 191 IRN asserted", "CANGOV 161 AFGGOV asserted"}},
		// a state acted with is no owner; nor is a unitary state
		{"not-federal", "The government condemned the attack on Tuesday.",
			[]string{"AFG 191 IRN asserted", "AFGGOV 111 - asserted"}},
	}
	checkFamilies(t, first, cases, false)
}

// TestSrc13HisHer: "his"/"her" before a state office is the office
// holder named before it in the sentence, also one the dictionary knows
// only by a later surname (src13.go); with holders of two states before
// it, the pronoun is left to the resolver.
func TestSrc13HisHer(t *testing.T) {
	first := "North Korea fired a ballistic missile into the sea on Monday."
	cases := []familyCase{
		{"his", "Biden's comments came as his envoy to the United Nations Linda Thomas-Greenfield rejected Moscow's proposal for a truce.",
			[]string{"PRK 150 - asserted", "USAGOV 127 RUS asserted"}},
		{"his", "Biden's warning came a day after his ambassador to the United Nations criticised Pyongyang for the launch.",
			[]string{"PRK 150 - asserted", "USAGOV 111 PRK asserted"}},
		{"his", "Putin's remarks came as his foreign minister condemned the Lithuanian blockade of Kaliningrad.",
			[]string{"PRK 150 - asserted", "RUSGOV 111 LTU asserted"}},
	}
	checkFamilies(t, first, cases, false)
}
