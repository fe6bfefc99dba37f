package events_test

import (
	"testing"
)

// TestHostEnvoyEvents checks, on sentences written for this test, that
// "Russia's UK ambassador" speaks for Russia, and so does a later "he".
func TestHostEnvoyEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-04-13", []coverageCase{
		{"Russia's UK ambassador Alexander Yakovenko gave a press conference in London. He criticised Britain on Friday.",
			[]string{"RUSGOV 111 GBR asserted"}},
		{"China's US ambassador criticised Washington on Friday.",
			[]string{"CHNGOV 111 USA asserted"}},
	})
}

// TestResponseClause checks, on sentences written for this test, "it"
// after "after", "when", "because" or "since": before an act of its own
// it is whom the main clause responds to; before a passive or a verb of
// blaming or saying it stays the main clause's subject.
func TestResponseClause(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-04-13", []coverageCase{
		{"The Security Council imposed new sanctions on North Korea after it staged two long-range missile launches in July.",
			[]string{"IGOUNO 163 PRK asserted", "PRK 150 - asserted"}},
		{"NATO warned Russia on Monday after it attacked a Ukrainian port.",
			[]string{"IGOWSTNAT 130 RUS asserted", "RUS 190 UKR asserted"}},
		{"China criticised the United States after it approved arms sales to Taiwan.",
			[]string{"CHN 111 USA asserted", "USA 072 TWN asserted"}},
		{"Iran condemned Israel after it was hit by missiles.",
			[]string{"IRN 111 ISR asserted"}},
		{"Poland ordered the closure of Russia's consulate in Krakow on Monday after it blamed Russian intelligence for an arson attack.",
			[]string{"POL 161 RUS asserted", "POL 112 RUSSPY asserted"}},
	})
}

// TestPronounGender resolves "he" and "she" only to a person they can
// mean: a given name or a title that tells the other gender rules a
// person out, and the next person of the last sentence is taken; no one
// when none fits. Names that tell nothing (family-name-first "Kim Jong
// Un") fit both.
func TestPronounGender(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Kamala Harris met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
			"He praised the United States for its support of Ukraine."},
			[]string{"JPNGOV 051 USA asserted 2024-07-13"}},
		{[]string{"Keir Starmer held talks with Giorgia Meloni in Rome on Friday.",
			"She criticised Russia over its attacks on Ukraine."},
			[]string{"ITAGOV 111 RUS asserted 2024-07-13"}},
		{[]string{"Giorgia Meloni held talks with Keir Starmer in Rome on Friday.",
			"She criticised Russia over its attacks on Ukraine."},
			[]string{"ITAGOV 111 RUS asserted 2024-07-13"}},
		{[]string{"German Chancellor Friedrich Merz spoke with French President Emmanuel Macron on Tuesday.",
			"She urged Russia to accept a ceasefire."}, nil},
		{[]string{"Kim Jong Un met Vladimir Putin in Pyongyang on Sunday.", "He praised Russia."},
			[]string{"PRKGOV 051 RUS asserted 2024-07-13"}},
		// a one-person office that is the subject, before the last sentence's person
		{[]string{"Kenyan President William Ruto met protesters in Nairobi on Monday.",
			"The Russian foreign minister met his Chinese counterpart in Beijing on Tuesday, and he later flew to Pyongyang."},
			[]string{"RUSGOV 040 CHNGOV asserted 2024-07-09", "CHNGOV 040 RUSGOV asserted 2024-07-09",
				"RUSGOV 042 PRK asserted 2024-07-13", "PRK 043 RUSGOV asserted 2024-07-13"}},
	})
}

// TestStoryGovernment: a bare "the government" is the government of the
// state the story is about, not one named once in passing; with two
// states as much in the story, the one named last.
func TestStoryGovernment(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{
			"The Nigerian government said on Thursday that Boko Haram had freed 21 schoolgirls in Nigeria.",
			"The release was brokered by the Swiss government, a Nigerian spokesman said.",
			"The government has been negotiating with Boko Haram for months.",
		}, []string{"NGAGOV 046 NGAREB asserted 2024-07-13", "NGAREB 046 NGAGOV asserted 2024-07-13"}},
		{[]string{
			"The Swiss government said on Thursday it was ready to host talks.",
			"The government has been negotiating with Boko Haram for months.",
		}, []string{"CHEGOV 046 NGAREB asserted 2024-07-13", "NGAREB 046 CHEGOV asserted 2024-07-13"}},
	})
}
