package events_test

import "testing"

// TestFlownTroops: troops flown or airlifted to another state's ground
// are sent there (074, as "sent troops to", events/data/verbs.txt);
// wounded soldiers flown out are no deployment.
func TestFlownTroops(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"France airlifted 300 paratroopers to Chad on Friday.",
			[]string{"FRA 074 TCD asserted"}},
		{"Kenya flew 200 soldiers to Mogadishu on Monday.",
			[]string{"KEN 074 SOM asserted"}},
		{"The air force flew wounded soldiers to a hospital in Kyiv on Friday.",
			nil},
	}, false)
}

// TestFlownPolice: police, commandos and peacekeepers flown to another
// state's ground are sent there too (074, as "sent police to"); police
// flown to their own state's capital step up security (153, refine.go);
// police commanders flown to talks are no deployment.
func TestFlownPolice(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malaysia flew 200 more police commandos to Dili on Friday to help restore order.",
			[]string{"MYS 074 TLS asserted"}},
		{"Australia flew 100 police to the Solomon Islands on Monday.",
			[]string{"AUS 074 SLB asserted"}},
		{"Nigeria flew 150 commandos to Darfur.",
			[]string{"NGA 074 SDN asserted"}},
		{"Jordan flew peacekeepers to Haiti on Monday.",
			[]string{"JOR 074 HTI asserted"}},
		{"Nigeria flew 300 policemen to Abuja on Monday.",
			[]string{"NGA 153 - asserted"}},
		{"Kenya flew police commanders to the talks in Nairobi.",
			nil},
	}, false)
}
