package events_test

import "testing"

// TestDev25DictionaryNouns checks, on sentences written for this test,
// actor words that wire stories of 2015–2026 use and the dictionaries
// lacked: midwives (HLH, as nurses, and a coordination "nurses and
// midwives" keeps its source), a billionaire (BUS, as a tycoon) and the
// U.S. aid agency by its name or acronym (USAGOV, a ministry).
func TestDev25DictionaryNouns(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"Kenyan nurses and midwives went on strike on Monday over unpaid allowances.", []string{"KENHLH 143 KENGOV asserted"}},
		{"Zambian midwives went on strike on Monday over unpaid allowances.", []string{"ZMBHLH 143 ZMBGOV asserted"}},
		{"Nigerian police arrested a billionaire on Monday.", []string{"NGACOP 173 NGABUS asserted"}},
		{"The U.S. Agency for International Development suspended food aid to Malawi on Monday.", []string{"USAGOV 1623 MWI asserted"}},
		{"USAID suspended food aid to Malawi on Monday.", []string{"USAGOV 1623 MWI asserted"}},
	})
}

// TestDev25AgentTeam checks, on sentences written for this test, that a
// team or squad of a state body acts for that body: "A police team
// questioned …" is the police's act (COP), where it had no source.
func TestDev25AgentTeam(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"A Kenyan police team questioned the interior minister on Monday.", []string{"KENCOP 091 KENGOV asserted"}},
		{"A special counsel team questioned the Peruvian interior minister on Monday.", []string{"PERJUD 091 PERGOV asserted"}},
	})
}

// TestDev25WarshipHandedOver checks, on sentences written for this test,
// that a warship or warplane handed over or gifted to another state is
// military aid (072), where "hand over" read it as a suspect handed over
// (063); suspects handed over stay 063.
func TestDev25WarshipHandedOver(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"Japan handed over two used frigates to the Vietnamese navy on Monday.", []string{"JPN 072 VNMMIL asserted"}},
		{"Spain handed over two suspects to French police on Monday.", []string{"ESP 063 FRACOP asserted"}},
	})
}

// TestDev25SellEnergy checks, on sentences written for this test, that
// electricity sold to another state is trade (061), where it was no
// event.
func TestDev25SellEnergy(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"Bhutan began selling hydropower to Bangladesh on Monday.", []string{"BTN 061 BGD asserted"}},
		{"Laos sold power to Thailand on Monday.", []string{"LAO 061 THA asserted"}},
	})
}
