package events_test

import "testing"

// TestDeniedReports codes denials of a report (a newspaper's, a rights
// group's, officials' reports): the denial answers the reporter (016) and
// the reported act becomes denied, but the reporter accused nobody, so no
// 112 of the reporter is coded. A denied accusation or allegation keeps
// the accuser's 112 (reports.go).
func TestDeniedReports(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// a newspaper's report, denied in the main clause
		{"Egypt denied a New York Times report that it had shipped weapons to Sudan's army.",
			[]string{"EGY 016 USAMED asserted", "EGY 072 SDNMIL denied"}},
		// a rights group's report, rejected in a coordinated clause
		{"Amnesty International said Ethiopian soldiers had tortured detainees in Tigray, and the army rejected the report.",
			[]string{"ETHMIL 1822 ETHCVL denied", "ETHMIL 016 NGOHRIAMN asserted"}},
		// officials' reports called lies
		{"Israeli officials said Hezbollah fighters had fired the rockets, and the group called the reports lies.",
			[]string{"LBNREB 150 - denied", "LBNREB 016 ISRGOV asserted"}},
		// near misses: an accusation and allegations keep the accuser's 112
		{"Egypt denied Israeli accusations that it had shipped weapons to Hamas.",
			[]string{"EGY 016 ISR asserted", "EGY 072 PSEREB denied", "ISR 112 EGY asserted"}},
		{"Amnesty International said Ethiopian soldiers had tortured detainees in Tigray, and the army rejected the allegations.",
			[]string{"ETHMIL 1822 ETHCVL denied", "ETHMIL 016 NGOHRIAMN asserted", "NGOHRIAMN 112 ETHMIL asserted"}},
	}, false)
}
