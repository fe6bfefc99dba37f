package events_test

import (
	"testing"
)

// TestRepressionTarget codes targets_protest.go's repressionTarget: a state
// force's repression with no object is aimed at the protesters the
// sentence names, else at its state's civilians when a protest is told;
// an arrest told as a participle after it is a second act with the same
// target. Tear gas with no protest told keeps no target.
func TestRepressionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Senegalese police fired tear gas and arrested dozens of people in Dakar on Friday as protesters rallied against the election delay.",
			[]string{"SENCOP 175 SENCVL asserted", "SENCOP 173 SENCVL asserted", "SENCVL 141 SENGOV asserted"}}, // (the rally: an "as" clause's subject, actors.asClause; gold F0109)
		{"Police in Nairobi broke up a protest against tax rises with tear gas on Tuesday.",
			[]string{"KENCOP 175 KENCVL asserted"}},
		{"Georgian riot police fired tear gas at thousands of protesters in Tbilisi, detaining dozens.",
			[]string{"GEOCOP 175 GEOCVL asserted", "GEOCOP 173 GEOCVL asserted"}},
		{"Serbian police used tear gas on Sunday as thousands rallied outside parliament.",
			[]string{"SRBCOP 175 SRBCVL asserted", "SRBCVL 141 SRBLEG asserted"}}, // (the rally: clauseCrowd, sources_structure.go)
		{"Kenyan police dispersed a rally in Mombasa with tear gas, arresting 20 demonstrators.",
			[]string{"KENCOP 175 KENCVL asserted", "KENCOP 173 KENCVL asserted"}},
		{"Bangladeshi police fired rubber bullets to disperse a march by garment workers in Dhaka.",
			[]string{"BGDCOP 175 BGDLAB asserted"}},
		// no protest told: no target
		{"Israeli troops fired tear gas in Hebron on Friday.",
			[]string{"ISRMIL 175 - asserted"}},
	}, false)
}

// TestGrievanceGov codes targets_protest.go's grievanceGov: a protest whose
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

// TestMarchDemandTarget codes a team-written march whose demand names the
// government: the protest targets it (1412) and nothing demanded is coded
// (targets_protest.go). Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status" ("-" for no target), in any order.
func TestMarchDemandTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Thousands of Chileans marched in Santiago to demand that Chile's government scrap a pension reform.",
			[]string{"CHLCVL 1412 CHLGOV asserted"}},
	}, false)
}
