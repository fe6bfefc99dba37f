package events_test

import (
	"testing"
)

// TestVictimsWhereItHappened checks, on sentences written for this test,
// that soldiers killed by an armed group serve the state where it
// happened, and that "Niger State" is in Nigeria.
func TestVictimsWhereItHappened(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"JNIM fighters killed 30 soldiers in an ambush in Niger on Sunday.",
			[]string{"MLIREB 190 NERMIL asserted"}},
		{"Al-Shabaab fighters killed five soldiers near Mogadishu on Tuesday.",
			[]string{"SOMREB 190 SOMMIL asserted"}},
		{"Gunmen kidnapped 15 farmers in Niger State on Friday.",
			[]string{"NGAUAF 181 NGAAGR asserted"}},
	}, false)
}

// TestSurnameNoPlace checks, on sentences written for this test, that a
// place name right after a known given name is a surname, no place an
// actor takes its state from (coref_places.go personNameBefore): the
// activist pardoned in Cairo is Egyptian, not of the Syrian town Douma;
// the town itself is still a place.
func TestSurnameNoPlace(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Egyptian President Abdel Fattah al-Sisi pardoned activist Ahmed Douma on Wednesday.",
			[]string{"EGYGOV 0841 EGYCVL asserted"}},
		{"The court sentenced activist Ahmed Douma to 15 years.", nil},
		{"Syrian jets bombed Douma on Monday.",
			[]string{"SYRMIL 195 SYRCVL asserted"}},
	}, false)
}

// TestEnclosedPlace checks, on sentences written for this test, that a
// town or region placed "in" a larger place is the namesake in that
// place's country (coref_places.go enclosedPlace): Hyderabad in Pakistan
// is Pakistan's, Cordoba in Spain Spain's, and Uri in Kashmir (a name the
// gazetteer does not know) is not the Swiss canton; the near misses: a
// town in its own country's region stays, and a bare "Uri" or
// "Hyderabad" keeps the gazetteer's place.
func TestEnclosedPlace(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"Militants attacked an Indian army base in Uri in Kashmir on Sunday, killing 17 soldiers.",
			[]string{"INDREB 190 INDMIL asserted"}},
		{"Gunmen attacked a police station in Hyderabad in Pakistan on Monday.",
			[]string{"PAKUAF 190 PAKCOP asserted"}},
		{"Police in Cordoba in Spain arrested five men on Tuesday.",
			[]string{"ESPCOP 173 ESPCVL asserted"}},
		// near misses
		{"Russian missiles struck Kherson in southern Ukraine on Monday.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Gunmen attacked a church in Uri on Sunday.",
			[]string{"CHEUAF 190 CHEREL asserted"}},
		{"Police in Hyderabad arrested 12 protesters on Monday.",
			[]string{"INDCOP 173 INDCVL asserted"}},
		{"Russian forces laid siege to Kharkiv in February.",
			[]string{"RUSMIL 191 UKR asserted"}},
	})
}

// TestOfficialNotOfLaterState checks, on sentences written for this test,
// that a state's body or official named by role alone ("The President",
// "the foreign minister", "the government", "Parliament", "the supreme
// court", a party such as the Muslim Brotherhood) takes no country from a state
// named after it, which is what it acts on (coref_places.go
// anyPlaceCountry): no event, not ISRGOV condemning Israel. A place after
// "in" is still where it is, and a state before it still its own.
func TestOfficialNotOfLaterState(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The President approved an arms sale to Iran.", nil},
		{"The foreign minister condemned Israel on Tuesday.", nil},
		{"The interior minister accused Pakistan of sheltering militants.", nil},
		{"The government expelled two Russian diplomats.", nil},
		// a legislature, a court or a party named alone: the same
		{"Parliament authorised the sale of fighter jets to Ukraine.", nil},
		{"Congress approved $1 billion in military aid to Israel.", nil},
		{"Lawmakers voted to send air defence systems to Taiwan.", nil},
		{"The supreme court ordered the extradition of the suspect to Peru.", nil},
		{"The Muslim Brotherhood urged Turkey to expel Israeli diplomats.", nil},
		{"The Muslim Brotherhood condemned Israel.", nil},
		// near misses: a place after "in", a state named before the role
		{"The president imposed a curfew in Nairobi.", []string{"KENGOV 1723 - asserted"}},
		{"Officials in Kabul accused Pakistan of sheltering militants.", []string{"AFGGOV 112 PAK asserted"}},
		{"Jordan banned the Muslim Brotherhood and seized its offices.", []string{"JOR 1722 JORPTY asserted", "JOR 171 JORPTY asserted"}},
		{"Lawmakers in Kyiv condemned Russia on Tuesday.", []string{"UKRLEG 111 RUS asserted"}},
	}, false)
}

// TestGivenNameOfOwner checks, on sentences written for this test, that a
// one-word city name opening an owner's name ("Bryan Kohberger's car") is
// a given name, no place an event takes its target from (coref_places.go
// givenNameOfOwner), while a city's institution and a city alone stay
// places.
func TestGivenNameOfOwner(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Police in Idaho seized parts of Bryan Kohberger's car on Friday.", nil},
		{"Islamic State fighters seized parts of Mosul University's campus on Friday.",
			[]string{"IMGMOSISL 192 IRQ asserted"}},
		{"Russian forces seized parts of Kherson on Friday.",
			[]string{"RUSMIL 192 UKR asserted"}},
	}, false)
}
