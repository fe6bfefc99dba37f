package events_test

import "testing"

// TestHyphenedVerbPatterns checks verb patterns met in a hyphened
// spelling: "air-dropped" and "air-lifted" are the airdrop and airlift
// lines (073), "re-imposed" impose (163), "court-martialled" a
// prosecution (173); hyphened words that are no verb give nothing.
func TestHyphenedVerbPatterns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordanian aircraft air-dropped food into Gaza on Tuesday.",
			[]string{"JORMIL 073 PSE asserted"}},
		{"The U.S. military air-drops aid to Gaza.",
			[]string{"USAMIL 073 PSE asserted"}},
		{"Britain air-lifted medical supplies to Turkey after the earthquake.",
			[]string{"GBR 073 TUR asserted"}},
		{"The EU re-imposed sanctions on Belarus on Monday.",
			[]string{"IGOEUREEC 163 BLR asserted"}},
		{"Pakistan's army court-martialled three officers over the riots.",
			[]string{"PAKMIL 173 - asserted"}},
		{"The Ugandan army court-martialed two soldiers for killing civilians.",
			[]string{"UGAMIL 173 - asserted"}},
		// near misses: hyphened words that are no verb of a pattern
		{"Erdogan was re-elected president of Turkey on Sunday.", nil},
		{"The so-called Islamic State attacked a checkpoint.", nil},
	}, false)
}

// TestInvitedToPlace checks an invitation to a country or a capital: an
// offer to meet (036, future) to the party invited; an invitation with
// no party named ("invited bids") gives nothing.
func TestInvitedToPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Erdogan invited Putin to Turkey.",
			[]string{"TURGOV 036 RUSGOV future"}},
		{"Erdogan invited Zelensky to Ankara.",
			[]string{"TURGOV 036 UKRGOV future"}},
		{"Macron invited Modi to Paris.",
			[]string{"FRAGOV 036 INDGOV future"}},
		{"Putin was invited to Turkey by Erdogan.",
			[]string{"TURGOV 036 RUSGOV future"}},
		{"Iran invited Saudi Arabia to talks in Baghdad.",
			[]string{"IRN 036 SAU future"}},
		// near misses: no party invited; observers invited stay 0862
		{"The ministry invited bids for the contract.", nil},
		{"Ghana has invited ECOWAS observers to monitor its election.",
			[]string{"GHA 0862 IGOWAFECO asserted"}},
	}, false)
}

// TestPlatformsSanctioned checks social media platforms as their owning
// companies (actors/data/society.txt): one blocked, banned or suspended
// by name is sanctioned (172), access blocked to one restricts freedoms
// (1721, no target), and one named as where a statement was posted is
// no actor.
func TestPlatformsSanctioned(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia blocked Facebook on Friday.",
			[]string{"RUS 172 USABUS asserted"}},
		{"Brazil's Supreme Court suspended the social media platform X on Friday.",
			[]string{"BRAJUD 172 USABUS asserted"}},
		{"The United States banned TikTok on government devices.",
			[]string{"USA 172 CHNBUS asserted"}},
		{"Nigeria lifted its ban on Twitter on Thursday.",
			[]string{"NGA 081 USABUS asserted"}},
		{"The UN Relief and Works Agency criticised Israel.",
			[]string{"IGOUNORWA 111 ISR asserted"}},
		// near misses: access blocked; a platform as the place of a post
		{"Nepal blocked 26 social media platforms including Facebook and YouTube on Thursday.",
			[]string{"NPL 1721 - asserted"}},
		{"Zelensky wrote on X that Russia had attacked Kharkiv.",
			[]string{"RUS 190 UKR asserted"}},
	}, false)
}
