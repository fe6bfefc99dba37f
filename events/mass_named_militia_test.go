package events_test

import "testing"

// TestMassKillingNamedMilitia: a militia the dictionary names as a group
// (groups.txt, kind org) is no lone unidentified attacker whatever its
// name ends with, so its killing of more than 20 counted civilians is a
// mass killing (202, gold README "Mass violence"; dev52 W52028); a lone
// gunman keeps the assault code, and a small count keeps the killing's
// code (codes.go unidentifiedAttacker).
func TestMassKillingNamedMilitia(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Janjaweed horsemen killed at least 40 villagers in a raid on a village east of Nyala on Tuesday, monitors said.", []string{"SDNUAF 202 SDNCVL asserted"}},
		{"Janjaweed fighters killed 35 villagers near Geneina in West Darfur on Sunday.", []string{"SDNUAF 202 SDNCVL asserted"}},
		{"Janjaweed horsemen killed five villagers near Geneina in West Darfur on Sunday.", []string{"SDNUAF 180 SDNCVL asserted"}},
	}, false)
}
