package events_test

import "testing"

// TestBordersOpened: a border, frontier or crossing opened or reopened to
// a neighbour eases an administrative restriction (081), one way when the
// neighbour follows "with", each way when both open it, 0351 when only
// promised; a rail link opened stays economic cooperation (061).
func TestBordersOpened(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bolivia has reopened its frontier with Chile to lorries, customs officials said.",
			[]string{"BOL 081 CHL asserted"}},
		{"Laos and Cambodia reopened their border checkpoints on Friday.",
			[]string{"LAO 081 KHM asserted", "KHM 081 LAO asserted"}},
		{"Kenya said it would reopen its border with Somalia next month.",
			[]string{"KEN 0351 SOM future"}},
		{"Georgia and Armenia reopened a rail link on Wednesday.",
			[]string{"GEO 061 ARM asserted", "ARM 061 GEO asserted"}},
		// a bare post, checkpoint or crossing, or a border with no second
		// state named, is no eased restriction (review of lexcoop37)
		{"Russia opened a military post in northern Syria.", nil},
		{"Turkey opened a new observation post near Idlib.", nil},
		{"The United States reopened a consular post in Havana.", nil},
		{"The Taliban opened a checkpoint on the road to Kandahar.", nil},
		{"Iran opened a new crossing into Iraq for pilgrims.", nil},
		{"Nepal reopened two border posts with India on Saturday.",
			[]string{"NPL 081 IND asserted"}},
	}, false)
}

// TestResignationsHandedIn: a resignation tendered, handed in or submitted
// is one (0831), and a phrasal "step down" keeps its meaning before its
// date ("stepped down on Friday" is no "step down on").
func TestResignationsHandedIn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chile's interior minister tendered her resignation on Thursday.",
			[]string{"CHLGOV 0831 - asserted"}},
		{"Three Estonian ministers handed in their resignations on Sunday.",
			[]string{"ESTGOV 0831 - asserted"}},
		{"Peru's finance minister submitted her resignation, the presidency said.",
			[]string{"PERGOV 0831 - asserted"}},
		{"Latvian Prime Minister Janis Ozols stepped down on Friday.",
			[]string{"LVAGOV 0831 - asserted"}},
		{"Bus drivers in Lagos walked out on Monday, demanding higher wages.",
			[]string{"NGALAB 1432 NGAGOV asserted"}},
	}, false)
}

// TestPardonedPeople: people pardoned are released (0841); a pardon of no
// named party is no event.
func TestPardonedPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana's president pardoned three Togolese fishermen on Friday.",
			[]string{"GHAGOV 0841 TGOCVL asserted"}},
		{"The President of Kenya pardoned two goats at a festival on Friday.", nil},
	}, false)
}

// TestElectionsPromised: elections or a handover to civilian rule promised
// by a ruler are political reform intended (034, 0341).
func TestElectionsPromised(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali's interim president vowed on Friday to organise a presidential vote within a year.",
			[]string{"MLIGOV 034 - future"}},
		{"Chad's military ruler pledged to hold elections by next October.",
			[]string{"TCDGOV 034 - future"}},
		{"Burkina Faso's military rulers have pledged a handover to civilian government by 2027.",
			[]string{"BFAGOV 0341 - future"}},
	}, false)
}

// TestCessationOfHostilities: a cessation of hostilities agreed, signed or
// declared is a ceasefire (0871).
func TestCessationOfHostilities(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Sudanese army and the RSF have agreed to a cessation of hostilities for the Eid holiday, Saudi mediators said.",
			[]string{"SDNMIL 0871 SDNREB asserted", "SDNREB 0871 SDNMIL asserted"}},
		{"Ethiopia and Eritrea signed a cessation of hostilities agreement on Monday.",
			[]string{"ETH 0871 ERI asserted", "ERI 0871 ETH asserted"}},
		{"The Somali government declared a cessation of hostilities with al Shabaab on Friday.",
			[]string{"SOMGOV 0871 SOMREB asserted"}},
	}, false)
}

// TestPeacekeepingApproved: a deployment or mission approved or authorised
// for another country, and security guarantees offered to one, are
// peacekeeping promised (0334).
func TestPeacekeepingApproved(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lawmakers in Burundi endorsed the deployment of a battalion to the Central African Republic at the request of its government.",
			[]string{"BDILEG 0334 CAF future"}},
		{"Ghana's parliament approved the deployment of 800 soldiers to Somalia under an African Union mandate.",
			[]string{"GHALEG 0334 SOM future"}},
		{"Nepal's cabinet authorised the deployment of 900 peacekeepers to Lebanon on Thursday.",
			[]string{"NPLGOV 0334 LBN future"}},
		{"The U.N. Security Council authorised the deployment of Kenyan police to Haiti.",
			[]string{"IGOUNO 0334 HTI future"}},
		// troops sent with no peace word, consent or mandate are an
		// invasion or a build-up, a force sent to a border a build-up, and
		// a foreign force let in is no peacekeeping of the approver's
		// (review of lexcoop37)
		{"Russia's upper house approved the deployment of troops to Ukraine.", nil},
		{"Israel's cabinet approved the deployment of troops to Gaza.", nil},
		{"Russia approved the deployment of troops to Belarus for joint drills.", nil},
		{"India authorised the deployment of additional troops to its border with China.", nil},
		{"Chad's parliament approved the deployment of 500 police officers to the Sudanese border.", nil},
		{"Mali's junta endorsed the deployment of Russian peacekeepers to the country.", nil},
		{"The African Union's peace council authorised a regional mission to help Mozambique's army.",
			[]string{"IGOAFRAFU 0334 MOZMIL future"}},
		{"France and Italy will provide security guarantees for Moldova, the French president said.",
			[]string{"FRA 0334 MDA future", "ITA 0334 MDA future"}},
	}, false)
}

// TestPlantsBuilt: a plant, factory or pipeline built or opened together,
// or by one country in another, is economic cooperation (061), an arms
// plant military cooperation (062); a plant with no partner is no event
// (built_abroad.go).
func TestPlantsBuilt(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korea started building a desalination plant in Oman on Tuesday.",
			[]string{"KOR 061 OMN asserted"}},
		{"Russia began constructing a reactor in Bangladesh on Friday.",
			[]string{"RUS 061 BGD asserted"}},
		{"Hungary and Serbia completed a new oil pipeline on Tuesday.",
			[]string{"HUN 061 SRB asserted", "SRB 061 HUN asserted"}},
		{"Turkey and Azerbaijan inaugurated a joint munitions plant on Thursday.",
			[]string{"TUR 062 AZE asserted", "AZE 062 TUR asserted"}},
		{"Brazil and India agreed to build a joint missile factory.",
			[]string{"BRA 0312 IND future", "IND 0312 BRA future"}},
		{"Nigeria opened a new refinery near Lagos on Monday.", nil},
		// an army builds where it fights, and a bridge or dam is no plant
		// (review of lexcoop37)
		{"Russian forces built a pontoon bridge in Kherson.", nil},
		{"Ukraine's army built a bridge in the Kursk region of Russia.", nil},
		{"Israel opened a bridge in the occupied West Bank to settlers.", nil},
		{"Egyptian troops built a railway in Libya on Sunday.", nil},
	}, false)
}
