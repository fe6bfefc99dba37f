package events_test

import "testing"

// nounSenseCases: an event word that is a noun of a compound or a fixed
// phrase tells no act (nounsense.go); the verbs and act nouns the
// compounds are built on stay events.
var nounSenseCases = []familyCase{
	// compounds on "sanctions" (were PRK 163, IGOUNO 163)
	{"sanctions negotiations", "David Pressman helped lead North Korea sanctions negotiations as ambassador to the United Nations.", nil},
	{"sanctions monitors", "UN sanctions monitors said the shipments had reached Libya through Chad.", nil},
	// a participle describing its noun, after any word (was PSE 046 -)
	{"negotiating partner", "Mr Chirac said Mr Arafat remains the only negotiating partner for Israel.", nil},
	// a go-between (was IRQCVL 045 SYR)
	{"power brokers", "Sunni tribal leaders and other power brokers in Iraq and Syria accepted the group's authority.", nil},
	// supply and demand (was also IDNGOV 100 -)
	{"supply and demand", "The minister blamed rapid price changes on unbalanced supply and demand in Indonesia.", nil}, // (blame laid on no actor: unaimed.go)
	// an event noun inside a pattern of several words stays ("ceasefire
	// violations", 196): nounSense reads single-word hits only
	{"ceasefire violations", "Armenia reported ceasefire violations by Azerbaijani forces on Monday.", []string{"AZEMIL 196 ARM alleged"}},
	{"truce violations", "Israel accused Hezbollah of truce violations on Sunday.", []string{"ISR 112 LBNREB asserted", "LBNREB 196 ISR alleged"}},
	{"a ceasefire violation", "Russia accused Ukraine of a ceasefire violation near Donetsk.", []string{"RUS 112 UKR asserted", "UKR 196 RUS alleged"}},
	// the court of appeals, whatever the tagger makes of "appeals" when a
	// finite verb follows the compound (was TUNJUD 020 -)
	{"appeals court", "A Tunis appeals court upheld prison sentences of up to 45 years against some 40 opposition figures.", []string{"TUNJUD 173 TUNOPP asserted"}},
	// the acts themselves stay
	{"appealed to", "Ethiopia appealed to the U.N. Security Council on Monday.", []string{"ETH 020 IGOUNO asserted"}},
	{"imposed sanctions", "The UN imposed sanctions on North Korea on Monday.", []string{"IGOUNO 163 PRK asserted"}},
	{"brokered", "Egypt brokered a truce between Israel and Hamas on Sunday.", []string{"EGY 045 ISR asserted", "EGY 045 PSEREB asserted", "ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
	{"began negotiations", "The United States and Iran began negotiations in Oman.", []string{"USA 046 IRN asserted", "IRN 046 USA asserted"}},
	{"negotiating", "Israel and Hamas are negotiating a ceasefire in Cairo.", []string{"ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
	{"demanded", "The EU demanded that Iran release the tanker.", []string{"IGOEUREEC 1053 IRN asserted"}},
}

func TestNounSense(t *testing.T) { checkFamiliesOn(t, "2018-02-01", "", nounSenseCases, false) }
