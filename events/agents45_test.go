package events_test

import "testing"

// TestAgents45: agent nouns added to actors/data/agents.txt by act45
// and institutions.txt give their events a source or target: a protest
// movement is its protesters (CVL); the KGB after 1991 is Belarus's
// security committee (BLRSPY); landowners and the victims of a disaster
// are civilians (CVL); a customs agency is a state body (GOV);
// managers are business (BUS).
// Invented sentences.
func TestAgents45(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbia's protest movement gave President Aleksandar Vucic 72 hours on Friday to step down.", []string{"SRBCVL 139 SRBGOV asserted"}},
		{"Georgia's prime minister offered on Friday to hold talks with the protest movement.", []string{"GEOGOV 036 GEOCVL future"}},
		{"Belarus's KGB detained two opposition activists in Minsk on Monday.", []string{"BLRSPY 173 BLROPP asserted"}},
		{"The KGB arrested an independent journalist in Minsk on Monday.", []string{"BLRSPY 173 BLRMED asserted"}},
		{"Kenyan police fired tear gas on Tuesday at landowners gathered outside a wind farm.", []string{"KENCOP 175 KENCVL asserted"}},
		{"Uzbekistan suspended cooperation with a Tajik customs agency on Friday.", []string{"UZB 160 TJKGOV asserted"}},
		{"Qatar's foreign minister delivered aid to Pakistan's flood victims in Karachi on Sunday.", []string{"QATGOV 073 PAKCVL asserted"}},
		{"Qatar's foreign minister delivered aid to Sudan's famine victims in Port Sudan on Sunday.", []string{"QATGOV 073 SDNCVL asserted"}},
		{"Chile's copper miners' union threatened on Friday to strike at two mines if managers went ahead with wage cuts.", []string{"CHLLAB 133 CHLBUS asserted"}},
	}, false)
}
