package actors_test

import "testing"

// TestGroups66 checks, on sentences written for this test, the groups
// added in session 66: drivers who carry passengers for hire are labour
// (LAB), as bus drivers are; people who sell in markets and streets are
// business (BUS), as traders are; wives and widows are private people
// (CVL), as relatives are; self-styled cow protectors are CVL. The near
// misses keep their codes: a bare "drivers" and one driver are no group,
// "cow vigilantes" stays vigilantes (UAF). Every mention as text=CODE.
func TestGroups66(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2014-12-18", "Guinean motorcycle taxi drivers blocked roads.", "Guinean motorcycle taxi drivers=GINLAB"},
		{"2014-12-18", "Bangladeshi rickshaw pullers went on strike.", "Bangladeshi rickshaw pullers=BGDLAB"},
		{"2014-12-18", "Kenyan minibus drivers stopped work.", "Kenyan minibus drivers=KENLAB"},
		{"2015-02-04", "Guinean market women closed their stalls.", "Guinean market women=GINBUS"},
		{"2015-02-04", "Peruvian street vendors clashed with police.", "Peruvian street vendors=PERBUS | police=?COP"},
		{"2015-02-04", "Bolivian widows marched on the palace.", "Bolivian widows=BOLCVL"},
		{"2017-04-04", "Indian cow protectors beat a farmer.", "Indian cow protectors=INDCVL | farmer=?AGR"},
		// near misses: drivers alone, one driver, vigilantes
		{"2014-12-18", "Guinean drivers blocked roads.", "Guinean=~GIN"},
		{"2014-12-18", "A Guinean rickshaw driver was shot.", "Guinean=~GIN"},
		{"2017-04-04", "Indian cow vigilantes beat a farmer.", "Indian cow vigilantes=INDUAF | farmer=?AGR"},
	}, showCode)
}
