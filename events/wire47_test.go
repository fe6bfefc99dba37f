package events_test

import "testing"

// TestWirePhrasing47: wire wordings of the weak roots (03, 09, 14, 18)
// coded with their exact events: a person placed under investigation
// (091), a grenade attack (183), closer ties pledged (03x, both ways
// for joint subjects, one way with a partner after "with"), power
// promised to civilians (0341), a stay-away and a shutdown strike (143)
// a crowd pelting a visitor with mud (145), an audit ordered (090) and a
// parliament or an embassy broken into (145 by protesters, 190 by troops),
// people held hostage (181; not "a ceremony for the hostages"), a force
// approved for a country (0334) and a law blocked (129).
func TestWirePhrasing47(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"French judges placed former President Jacques Chirac under formal investigation on Wednesday over the misuse of public funds.",
			[]string{"FRAJUD 091 FRA asserted"}},
		{"Italian prosecutors put the Lombardy governor under investigation on Tuesday.",
			[]string{"ITAJUD 091 ITAGOV asserted"}},
		{"The Baloch Liberation Army said on Monday it had carried out a grenade attack on a Chinese engineers' convoy in Gwadar.",
			[]string{"PAKREB 183 CHNCVL asserted"}},
		{"Uruguay and Brazil pledged closer trade ties on Wednesday.",
			[]string{"URY 0311 BRA future", "BRA 0311 URY future"}},
		{"Uruguay pledged closer trade ties with Brazil on Wednesday.",
			[]string{"URY 0311 BRA future"}},
		{"Japan's prime minister pledged closer defence cooperation with Australia on Friday.",
			[]string{"JPNGOV 0312 AUS future"}},
		{"Mali's junta pledged on Monday to return power to civilians.",
			[]string{"MLIGOV 0341 - future"}},
		{"Zimbabwe's teachers stayed away from classrooms on Tuesday.",
			[]string{"ZWEEDU 143 ZWEGOV asserted"}},
		{"Nigerian doctors stayed away from work on Monday over unpaid salaries.",
			[]string{"NGAHLH 143 NGAGOV asserted"}},
		{"Kenyan traders kept their shutters down on Tuesday in protest against a new tax.",
			[]string{"KENBUS 143 KENGOV asserted"}},
		{"Greek police told tourists on Monday to stay away from the beaches near the fire.",
			nil},
		{"Angry residents pelted Spain's prime minister with mud on Sunday.",
			[]string{"ESPCVL 145 ESPGOV asserted"}},
		{"Sierra Leone's new president ordered an audit on Tuesday of all government ministries.",
			[]string{"SLEGOV 090 SLEGOV asserted"}},
		{"Kenyan protesters broke into parliament on Tuesday after lawmakers passed tax increases.",
			[]string{"KENCVL 145 KENLEG asserted"}},
		{"Sudanese soldiers broke into the Ethiopian embassy in Khartoum on Monday.",
			[]string{"SDNMIL 190 ETH asserted"}},
		{"Burglars broke into the house of a lawmaker on Monday.",
			nil},
		{"Gunmen held Fiji's prime minister and most of his cabinet hostage in parliament for a fourth day on Monday.",
			[]string{"FJIUAF 181 FJIGOV asserted"}},
		{"Gunmen held 30 hostages in a hotel in Bamako on Monday.",
			[]string{"MLIUAF 181 MLICVL asserted"}},
		{"Israel's army held a ceremony on Monday for the hostages.",
			nil},
		{"Israel's army held a ceremony in Tel Aviv on Monday for the families of the hostages.",
			nil},
		{"The U.N. Security Council approved on Tuesday a new gang suppression force for Haiti of up to 5,500 troops.",
			[]string{"IGOUNO 0334 HTI future"}},
		{"Kenya's parliament approved the use of force for self-defence on Tuesday.",
			nil},
		{"Venezuela's Supreme Court blocked on Monday an amnesty law passed by the opposition-led National Assembly.",
			[]string{"VENJUD 129 VENLEG asserted"}},
		{"Poland's president blocked legislation on Monday that would have curbed the powers of the central bank.",
			[]string{"POLGOV 129 - asserted"}},
	}, false)
}
