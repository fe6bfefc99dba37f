package events_test

import "testing"

// TestProtestOwnStateAct aims a protest against the protesters' own state
// named as the possessor of an act ("against Kenya's new tax law") at
// that state's government; another state named so is left as it is.
func TestProtestOwnStateAct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan students marched in Nairobi on Tuesday against Kenya's new tax law.", []string{"KENEDU 1412 KENGOV asserted"}},
		{"Kashmiri students marched in Srinagar on Tuesday in protest against India's revocation of the region's special status.", []string{"INDEDU 141 INDGOV asserted"}},
		// near-misses: another state's act, and no possessor
		{"Kenyan students marched in Nairobi on Tuesday against Uganda's new tax law.", []string{"KENEDU 1412 UGA asserted"}},
		{"Kashmiri students marched in Srinagar on Tuesday against the revocation of the region's special status.", []string{"INDEDU 141 INDGOV asserted"}},
	}, false)
}

// TestProtestingShopkeepers finds protesters named by their trade:
// shopkeepers and merchants are business (BUS), as traders are.
func TestProtestingShopkeepers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kashmiri shopkeepers kept their shutters down in Srinagar on Tuesday in protest against India's new land law.", []string{"INDBUS 143 INDGOV asserted"}},
		{"Hundreds of merchants marched in Lagos on Monday against a new market levy.", []string{"NGABUS 141 NGAGOV asserted"}},
		// near-miss: a merchant ship is no actor
		{"Somali pirates seized a merchant ship off the coast of Oman on Monday.", []string{"SOMCRM 171 - asserted"}},
	}, false)
}
