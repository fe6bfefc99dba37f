package events_test

import "testing"

// TestEmergencyApproved codes a state of emergency, emergency rule,
// martial law or a state of siege approved, endorsed, ratified, backed or
// voted by a legislature as emergency rule imposed (1724), active and
// passive; an emergency budget approved is no emergency rule.
func TestEmergencyApproved(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ecuador's National Assembly endorsed a 45-day state of emergency in four Andean provinces on Tuesday.",
			[]string{"ECULEG 1724 - asserted"}},
		{"Lawmakers in Sri Lanka ratified emergency rule on Saturday after a week of unrest.",
			[]string{"LKALEG 1724 - asserted"}},
		{"A state of emergency was approved by Peru's Congress on Monday.",
			[]string{"PERLEG 1724 - asserted"}},
		{"Thailand's parliament backed martial law in the three southern provinces on Wednesday.",
			[]string{"THALEG 1724 - asserted"}},
		{"The Bolivian senate voted in favour of a state of siege in Cochabamba on Friday.",
			[]string{"BOLLEG 1724 - asserted"}},
		{"Zambia's parliament approved an emergency budget on Tuesday.", nil},
	}, false)
}

// TestDraggedAwayBySecurity codes people dragged, hauled or bundled away
// by police or troops as repression (175, source_kind.go), active and
// passive, and keeps an abduction (181) by gunmen.
func TestDraggedAwayBySecurity(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbian riot police dragged away dozens of students who had occupied a square on Monday.",
			[]string{"SRBCOP 175 SRBEDU asserted", "SRBEDU 144 SRBGOV asserted"}},
		{"Opposition activists were dragged away by Belarusian police in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLROPP asserted"}},
		{"Armenian police bundled an opposition lawmaker into a van outside his home on Friday.",
			[]string{"ARMCOP 175 ARMOPP asserted"}},
		{"Gunmen dragged away two Nigerian priests from a church in Kaduna on Sunday.",
			[]string{"NGAUAF 181 NGAREL asserted"}},
	}, false)
}

// TestStreetsCleared codes a security force that clears the streets, a
// square or a road as repression (175); workers who clear the streets
// after a flood repress no one (flag "security", source_kind.go).
func TestStreetsCleared(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan riot police cleared the main square in Nairobi on Saturday.",
			[]string{"KENCOP 175 - asserted"}},
		{"Serbian troops cleared the streets of Novi Pazar after two nights of riots.",
			[]string{"SRBMIL 175 - asserted"}},
		{"Kenyan riot police cleared the main square in Nairobi on Saturday, dispersing hundreds of protesters.",
			[]string{"KENCOP 175 KENCVL asserted"}},
		{"Zambian council workers cleared the streets of Lusaka after the floods.", nil},
	}, false)
}

// TestBarredFromRace codes a candidate disqualified or barred from a race
// or a ballot as barred from politics (1722), even past a long object,
// and a government dissolved by decree as political rights restricted
// (172).
func TestBarredFromRace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uganda's electoral commission disqualified opposition leader Kizza Besigye from the presidential race on Friday.",
			[]string{"UGAGOV 1722 UGAOPP asserted"}},
		{"Iran's Guardian Council barred former president Mahmoud Ahmadinejad from the ballot on Tuesday.",
			[]string{"IRNGOV 1722 IRN asserted"}},
		{"Sudan's army chief dissolved the transitional government on Monday.",
			[]string{"SDNMIL 172 SDNGOV asserted"}},
	}, false)
}
