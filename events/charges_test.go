package events_test

import "testing"

// TestCriminalCaseFilers codes criminal cases filed, registered or
// lodged (events/charges.go): by the police, prosecutors or a
// government a charge (173); by an opposition party, activists or a
// bare state, or at an international court, a lawsuit (115). Each want
// lists every event as "SOURCE CAMEO TARGET status", in any order.
func TestCriminalCaseFilers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// state authorities charge
		{"Bangladeshi police filed a murder case against Sheikh Hasina.", []string{"BGDCOP 173 BGDGOV asserted"}},
		{"Indian police registered a sedition case against the opposition leader.", []string{"INDCOP 173 INDOPP asserted"}},
		{"The Kenyan government filed a fraud case against the opposition leader.", []string{"KENGOV 173 KENOPP asserted"}},
		// anyone else sues
		{"Pakistan's opposition filed a corruption case against the prime minister in the Supreme Court.", []string{"PAKOPP 115 PAKGOV asserted"}},
		{"Activists lodged a fraud case against the governor of Lagos.", []string{"NGACVL 115 NGAGOV asserted"}},
		{"Ukraine filed a criminal case against Russia at the International Court of Justice.", []string{"UKR 115 RUS asserted"}},
		// a government at an international court sues too
		{"The Ukrainian government filed a criminal case against Russia at the International Court of Justice.", []string{"UKRGOV 115 RUS asserted"}},
	}, false)
}
