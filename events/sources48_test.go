package events_test

import "testing"

// TestSources48: entries act48 added give their events the actor codes
// the gold sets use: "Congo Republic" (COG, countries.txt; it was read as
// DR Congo), Mozambique's Palma (the gazetteer had only Mallorca's) and
// a religious movement between a nationality and its role noun
// ("Mozambican Islamist insurgents" MOZREB, words.txt [communities]), a
// private person's title before a name ("Kenyan activist Boniface
// Ochieng" KENCVL; the sentence had no source), Malaysia's palm oil
// board (GOV), an elected assembly (LEG), Somalia's Islamist movement
// (REB), depositors (CVL), Michel Djotodia in office on the day he
// resigned (people.txt), the Taliban's morality police (AFGCOP), and a
// cleric's title before a person coded by country alone (IRQREL).
// Invented sentences.
func TestSources48(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2015-10-20", "Congo Republic's opposition rejected on Monday the president's plan to change the constitution.", []string{"COGOPP 127 COGGOV asserted"}},
		{"2021-03-28", "Mozambican Islamist insurgents attacked the town of Palma on Saturday.", []string{"MOZREB 190 MOZ asserted"}},
		{"2024-05-21", "Kenyan activist Boniface Ochieng accused the police on Monday of abducting protesters.", []string{"KENCVL 112 KENCOP asserted", "KENCOP 181 KENCVL alleged"}},
		{"2024-05-21", "Egyptian cleric Ahmed Mansour criticised the government on Monday.", []string{"EGYREL 111 EGYGOV asserted"}},
		{"2023-05-17", "Malaysia's palm oil board criticised the European Union on Tuesday over its deforestation rules.", []string{"MYSGOV 111 IGOEUREEC asserted"}},
		{"2008-06-03", "Nepal's newly elected assembly demanded on Monday that the king leave the palace.", []string{"NPLLEG 100 NPLGOV asserted"}},
		{"2006-12-20", "Somalia's Islamist movement threatened on Tuesday to attack Ethiopian troops.", []string{"SOMREB 138 ETHMIL asserted"}},
		{"2022-09-20", "Lebanon's depositors' association stormed a bank in Beirut on Monday.", []string{"LBNCVL 145 - asserted"}},
		{"2014-01-11", "Central African Republic's President Michel Djotodia resigned on Friday.", []string{"CAFGOV 0831 - asserted"}},
		{"2016-02-25", "Iraq's Shi'ite cleric Moqtada al-Sadr demanded on Wednesday that the prime minister resign.", []string{"IRQREL 1041 IRQGOV asserted"}},
		{"2024-10-14", "The Taliban's morality police arrested 20 women in Kabul on Sunday.", []string{"AFGCOP 173 AFGCVL asserted"}},
	})
}
