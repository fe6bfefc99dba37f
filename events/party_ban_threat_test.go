package events_test

import "testing"

// TestPartyBanThreatened: a state's threat to suspend or ban an
// opposition group or party is a threat to ban a party (1322); the ban
// done stays 1722 (party_ban.go).
func TestPartyBanThreatened(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bahrain's justice ministry threatened on Tuesday to suspend the main Shi'ite opposition group al-Wefaq unless its leaders stopped meeting foreign diplomats without permission.", []string{"BHRGOV 1322 BHROPP asserted"}},
		{"Bahrain's justice ministry threatened on Tuesday to ban the opposition group al-Wefaq.", []string{"BHRGOV 1322 BHROPP asserted"}},
		{"A Bahraini court suspended Al Wefaq, the kingdom's largest Shi'ite opposition group, on Tuesday.", []string{"BHRJUD 1722 BHROPP asserted"}},
	}, false)
}
