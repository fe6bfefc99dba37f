package events_test

import "testing"

// TestCompanyStaffTargets: a national named as an employee of a company
// is that state's business (BUS) as the target of an arrest, a sentence
// or a kidnapping, not a private person; with no employer told, or a body
// that is no company, the national stays CVL (actors/company_staff.go).
func TestCompanyStaffTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A court in Beijing jailed a South Korean employee of drugmaker Celltrion on Tuesday.", []string{"CHNJUD 173 KORBUS asserted"}},
		{"Gunmen kidnapped a French employee of a mining company in northern Niger on Monday.", []string{"NERUAF 181 FRABUS asserted"}},
		{"Police in Dubai detained a British employee of Vantage Holdings on Monday.", []string{"ARECOP 173 GBRBUS asserted"}},
		// near misses: no employer, or an employer that is no company
		{"Police in Dubai detained a British employee on Monday.", []string{"ARECOP 173 GBRCVL asserted"}},
		{"Gunmen kidnapped a French employee of a local charity in northern Niger on Monday.", []string{"NERUAF 181 FRACVL asserted"}},
	}, false)
}
