package events_test

import "testing"

// TestNominalReactions codes a nominal event named as the object of a
// reaction (an attack, an arrest, a seizure, a killing) ("condemned the US strikes on Iraq"): its actor comes from the
// initialism, adjective, possessive or by-agent around it and its target
// from the "of"/"on" phrase, never the by-agent; a counted series ("three
// nights of US airstrikes") is the acts themselves, a time phrase ("within
// a day of", "for a spate of") background.
func TestNominalReactions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran on Saturday condemned the US strikes on Iraq and Syria.",
			[]string{"IRN 111 USA asserted", "USA 190 IRQ asserted", "USA 190 SYR asserted"}},
		{"Iran condemned US strikes on Iraq.", []string{"IRN 111 USA asserted", "USA 190 IRQ asserted"}},
		// the party a violation wrongs is no target of the criticism
		{"Iran condemned the US strikes on Iraq, calling them a violation of Iraqi sovereignty.",
			[]string{"IRN 111 USA asserted", "USA 190 IRQ asserted"}},
		// cutting off trade is an embargo, and threatening it a threat of one
		{"Pakistan threatened on Monday to cut off trade with Afghanistan if it did not act against militants.",
			[]string{"PAK 1312 AFG asserted"}},
		{"China cut off trade with Lithuania.", []string{"CHN 163 LTU asserted"}},
		{"Egypt condemned the bombardment of Rafah by Israeli forces.",
			[]string{"EGY 111 ISRMIL asserted", "ISRMIL 190 PSE asserted"}},
		{"Egypt condemned the bombardment of Rafah.", []string{"EGY 111 - asserted"}}, // no attacker named
		{"At least 40 civilians have been killed in two nights of US airstrikes near Kandahar.",
			[]string{"USAMIL 195 AFGCVL asserted"}},
		{"Aid agencies fear that thousands could flee within a day of a Russian bombardment of Idlib.", nil},
		// arrests, seizures and killings named as nouns, with a target
		{"Greece condemned Iran's seizure of a Greek-owned oil tanker.",
			[]string{"GRC 111 IRN asserted", "IRN 171 GRCBUS asserted"}},
		{"The EU condemned Belarus's arrest of opposition leaders.",
			[]string{"IGOEUREEC 111 BLR asserted", "BLR 173 BLROPP asserted"}},
		{"Turkey denounced the killing of Turkish soldiers by PKK militants.",
			[]string{"TUR 111 TURREB asserted", "TURREB 190 TURMIL asserted"}},
		{"Navalny's arrest sparked protests.", nil},
		// a vow to defend against an invasion is armed defence, no diplomatic intent
		{"Maduro vowed to defend the country against any US invasion.", nil},
		{"Germany pledged to defend Ukraine's right to self-defence.", []string{"DEU 032 UKR future"}},
		// warning of a situation is a pessimistic comment, a date between or not
		{"The head of the World Food Programme warned on Tuesday that northern Gaza was in the grip of a full-blown famine.",
			[]string{"IGOUNOWFP 012 - asserted"}},
		// a standing description in a relative clause is no act of the day
		{"Russia, which supplies weapons to Syria, vetoed the resolution.", []string{"RUS 129 - asserted"}},
		// warning of another's act is no threat
		{"Russia has been warning for weeks of the possibility of a staged chemical attack by Syrian rebels.", []string{"RUS 012 - asserted"}},
		// a place phrase inside "talks … between"
		{"The talks in Doha between Israel and Hamas ended on Thursday.", []string{"ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}}, // the possessive is the one arrested
		{"A court issued an arrest warrant for the former president.", nil},                                                               // a warrant is no arrest
		{"The Home Office criticised the ruling.", []string{"GBRGOV 111 - asserted"}},                                                     // Britain's interior ministry, not an office of the US
		// the dead of an attack they were killed in are its target
		{"Civilians were killed in Russian shelling of Kharkiv.", []string{"RUS 194 UKRCVL asserted"}},
		{"Two Ukrainian soldiers were killed in Russian shelling.", []string{"RUS 194 UKRMIL asserted"}},
	}, false)
}

// TestReducedClauses codes events whose actor is separated from its verb
// by a reduced relative: a participle with its phrase ("gunmen armed with
// rifles attacked"), a participle's agent naming a nominal attack's actor
// ("a roadside bomb planted by Maoist rebels struck"), whose toll and
// date are the attack's; an adverb after a plural subject; and verbs of
// watching that govern a nominal event ("Kim Jong Un oversaw a missile
// test").
func TestReducedClauses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen armed with rifles attacked a police station in Kano.", []string{"NGAUAF 190 NGACOP asserted 2024-07-13"}},
		{"Haitian gang members armed with assault rifles opened fire on villagers on Thursday.",
			[]string{"HTICRM 193 HTICVL asserted 2024-07-11"}},
		{"A roadside bomb planted by Baloch separatists killed seven soldiers in Pakistan on Tuesday.",
			[]string{"PAKREB 1833 PAKMIL asserted 2024-07-09"}},
		{"A roadside bomb planted by Maoist rebels struck a police vehicle in India on Monday, killing eight officers.",
			[]string{"INDREB 1833 INDCOP asserted 2024-07-08"}},
		{"Russian shelling killed two Ukrainian soldiers in Kharkiv on Monday.", []string{"RUS 194 UKRMIL asserted 2024-07-08"}},
		{"Kim Jong Un oversaw a missile test on Monday.", []string{"PRKGOV 150 - asserted 2024-07-08"}},
		{"Gunmen armed with AK-47 rifles and machetes attacked a village in Zamfara on Sunday.", []string{"NGAUAF 190 NGACVL asserted 2024-07-07"}}, // the villagers (targets_village_raid.go)
		{"Bandits riding motorcycles attacked a mosque in Katsina on Friday.", []string{"NGACRM 190 NGA asserted 2024-07-12"}},
		{"Hundreds of fighters belonging to the M23 rebel group captured the airport in Goma.", []string{"CODREB 192 COD asserted 2024-07-13"}},
		// a place hit by a state's weapons: no bare "hit" ("hit by sanctions")
		{"Kharkiv was hit by Russian missiles on Monday.", []string{"RUSMIL 195 UKR asserted 2024-07-08"}},
		{"A hospital in Kyiv was hit by Russian missiles.", []string{"RUSMIL 195 UKR asserted 2024-07-13"}},
		{"Russian exporters were hit by sanctions.", nil},
		// armed men storming a place assault it; protesters riot
		{"Israeli troops stormed the Jenin refugee camp on Monday.", []string{"ISRMIL 190 PSE asserted 2024-07-08"}},
		{"Protesters in Nairobi stormed parliament on Tuesday.", []string{"KENCVL 145 KENLEG asserted 2024-07-09"}},
		// two verbs of one subject are no reduced relative
		{"Thai and Cambodian negotiators met in Kuala Lumpur on Monday and agreed to reopen border crossings.",
			[]string{"THAGOV 044 KHMGOV asserted 2024-07-08", "KHMGOV 044 THAGOV asserted 2024-07-08", "THAGOV 0351 KHMGOV future 2024-07-08", "KHMGOV 0351 THAGOV future 2024-07-08"}},
	}, true)
}
