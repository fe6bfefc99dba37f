package events_test

import "testing"

// TestReactionTarget codes targets8.go's reactionTarget: a reaction told
// in an appositive after the main clause (", a N the X rejected") targets
// the main clause's subject, every member of a listed subject; a denial
// so told answers the accuser.
func TestReactionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Moscow proposed a ceasefire over Easter, an offer Kyiv swiftly rejected.",
			[]string{"UKR 120 RUS asserted"}},
		{"Israel closed the Kerem Shalom crossing on Sunday, a measure the United Nations criticised.",
			[]string{"ISR 191 - asserted", "IGOUNO 111 ISR asserted"}}, // (the closure: verbs.txt)
		{"Egypt's election commission declared Sisi the winner, a result the opposition rejected as rigged.",
			[]string{"EGYOPP 120 EGYGOV asserted"}},
		{"Brazil and Mexico proposed new talks on Venezuela, an idea Caracas rejected.",
			[]string{"BRA 036 - future", "MEX 036 - future", "VEN 120 BRA asserted", "VEN 120 MEX asserted"}},
		{"Ukraine accused Russia of shelling the plant, an allegation Moscow denied.",
			[]string{"UKR 112 RUS asserted", "RUS 194 UKR denied", "RUS 016 UKR asserted"}},
		// no determiner and noun between the comma and the actor: unchanged
		{"Israel closed the Kerem Shalom crossing on Sunday, and the United Nations criticised the closure.",
			[]string{"ISR 191 - asserted", "IGOUNO 111 - asserted"}},
	}, false)
}

// TestMediatorParties codes targets8.go's mediatorParties: a mediation
// targets the parties of the sentence's other cooperative events, one
// event per party, and talks it names are the parties' 046 each way;
// "hosted by" after talks and "under … auspices" name a mediator too,
// but not in a background phrase or at talks that only set the scene.
func TestMediatorParties(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan signed a peace framework in Washington on Friday, with the United States mediating the talks.",
			[]string{"ARM 057 AZE asserted", "AZE 057 ARM asserted", "USA 045 ARM asserted", "USA 045 AZE asserted",
				"ARM 046 AZE asserted", "AZE 046 ARM asserted"}},
		{"Ethiopia and Egypt resumed negotiations over the dam on Monday, with the African Union and the United States acting as mediators.",
			[]string{"ETH 046 EGY asserted", "EGY 046 ETH asserted", "IGOAFRAFU 045 ETH asserted", "IGOAFRAFU 045 EGY asserted",
				"USA 045 ETH asserted", "USA 045 EGY asserted"}},
		{"Israeli and Hamas negotiators held indirect talks in Doha hosted by Qatar's prime minister on Sunday.",
			[]string{"ISRGOV 046 PSEREB asserted", "PSEREB 046 ISRGOV asserted", "QATGOV 045 ISRGOV asserted", "QATGOV 045 PSEREB asserted"}},
		{"Serbian and Kosovan officials met in Brussels under EU auspices on Thursday.",
			[]string{"SRBGOV 044 KSVGOV asserted", "KSVGOV 044 SRBGOV asserted", "IGOEUREEC 045 SRBGOV asserted", "IGOEUREEC 045 KSVGOV asserted"}},
		{"Thai and Cambodian military officers met in Kuala Lumpur under the auspices of Malaysia on Monday.",
			[]string{"THAMIL 044 KHMMIL asserted", "KHMMIL 044 THAMIL asserted", "MYS 045 THAMIL asserted", "MYS 045 KHMMIL asserted"}},
		// the talks set the scene of the main act: no mediation coded
		{"Rwanda and Congo agreed to a ceasefire on Monday at talks in Luanda hosted by Angola's president.",
			[]string{"RWA 0871 COD asserted", "COD 0871 RWA asserted"}},
		// an intent is no party's event: the mediation keeps no target
		{"Venezuela's government said on Monday it was open to resuming dialogue with the opposition under Norwegian mediation.",
			[]string{"VENGOV 036 VENOPP future", "NOR 045 - asserted"}},
	}, false)
}

// TestRepressionTarget codes targets8.go's repressionTarget: a state
// force's repression with no object is aimed at the protesters the
// sentence names, else at its state's civilians when a protest is told;
// an arrest told as a participle after it is a second act with the same
// target. Tear gas with no protest told keeps no target.
func TestRepressionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Senegalese police fired tear gas and arrested dozens of people in Dakar on Friday as protesters rallied against the election delay.",
			[]string{"SENCOP 175 SENCVL asserted", "SENCOP 173 SENCVL asserted"}},
		{"Police in Nairobi broke up a protest against tax rises with tear gas on Tuesday.",
			[]string{"KENCOP 175 KENCVL asserted"}},
		{"Georgian riot police fired tear gas at thousands of protesters in Tbilisi, detaining dozens.",
			[]string{"GEOCOP 175 GEOCVL asserted", "GEOCOP 173 GEOCVL asserted"}},
		{"Serbian police used tear gas on Sunday as thousands rallied outside parliament.",
			[]string{"SRBCOP 175 SRBCVL asserted", "SRBCVL 141 - asserted"}}, // (the rally: clauseCrowd, subjects8.go)
		{"Kenyan police dispersed a rally in Mombasa with tear gas, arresting 20 demonstrators.",
			[]string{"KENCOP 175 KENCVL asserted", "KENCOP 173 KENCVL asserted"}},
		{"Bangladeshi police fired rubber bullets to disperse a march by garment workers in Dhaka.",
			[]string{"BGDCOP 175 BGDLAB asserted"}},
		// no protest told: no target
		{"Israeli troops fired tear gas in Hebron on Friday.",
			[]string{"ISRMIL 175 - asserted"}},
	}, false)
}

// TestGrievanceGov codes targets8.go's grievanceGov: a protest whose
// grievance the protesters' mood tells ("in anger at", "angry at", "in
// outrage at") is aimed at their government, unless the cause is
// abroad; a protest over a person's arrest is aimed at the government,
// not at the person.
func TestGrievanceGov(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistani protesters torched electricity company offices on Thursday in anger at soaring power bills.",
			[]string{"PAKCVL 145 PAKGOV asserted"}},
		{"Thousands of Nigerians marched in Lagos on Monday, angry at soaring food prices.",
			[]string{"NGACVL 141 NGAGOV asserted"}},
		{"Hundreds of Kenyans rallied in Nairobi in outrage at a new finance bill.",
			[]string{"KENCVL 141 KENGOV asserted"}},
		{"Supporters of Imran Khan rallied in Lahore over Khan's detention.",
			[]string{"PAKOPP 141 PAKGOV asserted"}},
		{"Thousands of Pakistanis marched in Lahore on Sunday to denounce Imran Khan's arrest.",
			[]string{"PAKCVL 141 PAKGOV asserted"}},
		{"Hundreds of Kenyans rioted in Nairobi in anger at the death of a blogger in police custody.",
			[]string{"KENCVL 145 KENCOP asserted"}},
		// a cause abroad: no target
		{"Thousands of Britons marched in London on Saturday, angry at the war in Gaza.",
			[]string{"GBRCVL 141 - asserted"}},
	}, false)
}

// TestArmedGroupNames codes the dictionary lines added for targets8: the
// Amhara militias by their own name ("Fano", groups.txt) are ETHREB, and
// vigilantes and vigilante groups are militias, UAF (agents.txt), as
// targets and sources.
func TestArmedGroupNames(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ethiopian federal troops and Fano militiamen fought for control of the town of Debre Tabor on Thursday.",
			[]string{"ETHMIL 190 ETHREB asserted", "ETHREB 190 ETHMIL asserted"}},
		{"Ethiopian drones struck Fano fighters near Bahir Dar on Sunday.",
			[]string{"ETHMIL 1952 ETHREB asserted"}},
		{"Nigerian troops killed 12 members of a vigilante group in an air strike in Zamfara state.",
			[]string{"NGAMIL 195 NGAUAF asserted"}},
	}, false)
}
