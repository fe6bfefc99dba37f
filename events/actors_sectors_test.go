package events_test

import "testing"

// TestBodyPeopleSectors codes, on sentences written for this test, events
// whose target or source is named by a people noun whose role comes from
// its head noun or from the body it belongs to (actors/members.go and
// actors/data/agents.txt): officials and staff "of" a company or outlet,
// a leader "of a" named group, journalists of the opposition, military
// prosecutors, an airliner; and the near misses that keep
// their role (officials of a ministry, the opposition's own leader).
func TestBodyPeopleSectors(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigerian police arrested 14 officials of the state-owned oil company on Friday over missing funds.",
			[]string{"NGACOP 173 NGABUS asserted"}},
		{"Chinese police detained three officials of a Japanese trading company in Dalian on Monday.",
			[]string{"CHNCOP 173 JPNBUS asserted"}},
		{"Azerbaijani police detained six staff members of the independent outlet Abzas Media on Saturday.",
			[]string{"AZECOP 173 AZEMED asserted"}},
		{"Colombian troops captured a leader of a FARC dissident faction in Cauca on Sunday.",
			[]string{"COLMIL 173 COLREB asserted"}},
		{"Azerbaijani police detained an opposition journalist in Baku on Tuesday.",
			[]string{"AZECOP 173 AZEMED asserted"}},
		{"Belarusian police arrested two dissident journalists in Minsk on Thursday.",
			[]string{"BLRCOP 173 BLRMED asserted"}},
		{"Ukraine's military prosecutors charged three Russian soldiers with war crimes on Wednesday.",
			[]string{"UKRJUD 173 RUSMIL asserted"}},
		{"Russian air defences shot down an Azerbaijani airliner over Grozny on Wednesday.",
			[]string{"RUSMIL 195 AZEBUS asserted"}},
		// near misses: officials of a ministry are the government's, the
		// opposition's leader is the opposition
		{"Nigerian police arrested two officials of the petroleum ministry on Friday.",
			[]string{"NGACOP 173 NGAGOV asserted"}},
		{"Kenyan police arrested an opposition leader in Nairobi on Monday.",
			[]string{"KENCOP 173 KENOPP asserted"}},
	}, false)
}

// TestOppositionLeadersParty codes "his/her party" after an opposition
// leader (events/coref.go): the party of the opposition is the
// opposition, as "Imran Khan's party" is; a minister's party stays a
// party (PTY).
func TestOppositionLeadersParty(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-05-01", "Kenyan police detained opposition leader Raila Odinga on Tuesday, and the government banned his party on Friday.",
			[]string{"KENCOP 173 KENOPP asserted", "KENGOV 1722 KENOPP asserted"}},
		{"2024-05-01", "Ugandan police arrested opposition leader Bobi Wine on Monday, and the interior ministry suspended his party.",
			[]string{"UGACOP 173 UGAOPP asserted", "UGAGOV 1722 UGAOPP asserted"}},
		{"2024-05-01", "A Tanzanian court jailed opposition leader Tundu Lissu on Wednesday and the government dissolved his party a week later.",
			[]string{"TZAJUD 173 TZAOPP asserted", "TZAGOV 1722 TZAOPP asserted"}},
		// near miss: a minister's party is a party
		{"2024-05-01", "Police arrested Foreign Minister Jeje Odongo on Monday, and the government banned his party.",
			[]string{"UGACOP 173 UGAGOV asserted", "UGAGOV 1722 UGAPTY asserted"}},
	})
}

// TestNamedCompanyTargets codes, on sentences written for this test,
// events whose target is a company named in actors/data/society.txt, alone
// or after a nationality and a lower-case description ("French dairy
// group Danone"): the company's state and BUS, not the nationality alone.
func TestNamedCompanyTargets(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2019-01-29", "The United States imposed sanctions on Venezuelan oil company PDVSA on Monday.",
			[]string{"USA 163 VENBUS asserted"}},
		{"2023-07-17", "Russia seized control of the local subsidiary of French dairy group Danone on Sunday.",
			[]string{"RUS 171 FRABUS asserted"}},
		{"2024-03-01", "Russian hackers attacked Kyivstar in December.",
			[]string{"RUSCRM 176 UKRBUS asserted"}},
		{"2024-08-17", "Flight attendants at Air Canada walked off the job on Saturday.",
			[]string{"CANLAB 143 CANBUS asserted"}},
	})
}

// TestJudicialAgentNouns checks, on sentences written for this test, the
// agent nouns of judicial bodies and state watchdogs: a jury is its
// state's judiciary (JUD), a grand jury the United
// States' even after a U.S. state's name ("A Georgia grand jury"), an
// anti-corruption watchdog a state office (GOV).
func TestJudicialAgentNouns(t *testing.T) {
	checkDated(t, newCoder(t), "2023-08-15", []coverageCase{
		{"A Texas jury convicted the former Honduran police chief of drug trafficking on Friday.",
			[]string{"USAJUD 116 HND asserted"}},
		{"South Africa's anti-corruption watchdog launched an inquiry on Thursday into allegations that officials took bribes.",
			[]string{"ZAFGOV 091 - asserted"}},
		{"Kenya's anti-graft watchdog charged the Nairobi governor with embezzlement on Monday.",
			[]string{"KENGOV 173 - asserted"}},
		{"A Georgia grand jury indicted former U.S. President Donald Trump on Monday.",
			[]string{"USAJUD 173 USA asserted"}},
		{"A federal grand jury in Miami indicted the Venezuelan minister on Thursday.",
			[]string{"USAJUD 173 VENGOV asserted"}},
	})
}
