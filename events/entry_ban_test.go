package events_test

import "testing"

// TestEntryBan: a ban "from entering" a country named by its name is a
// sanction (163), as "from entering the country" is; a ban from entering
// a building or a site stays 172 (entry_ban.go).
func TestEntryBan(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Estonia banned four Russian lawmakers from entering Estonia on Tuesday.", []string{"EST 163 RUSLEG asserted"}},
		{"Canada banned six Iranian officials from entering the United States on Friday.", []string{"CAN 163 IRNGOV asserted"}},
		{"Israel banned Palestinian worshippers from entering the Al-Aqsa mosque on Friday.", []string{"ISR 172 PSECVL asserted"}},
	}, false)
}
