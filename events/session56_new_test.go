// Tests of the session-56 rules drawn from the misses of the dev29 and
// dev30 wire sets, each on wordings written for the test.
package events_test

import "testing"

// TestStunGrenadesFired: stun grenades or flash-bangs fired at people are
// violent repression (175) of them, as tear gas is (verbs.txt).
func TestStunGrenadesFired(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Georgian riot police fired stun grenades at demonstrators in Tbilisi on Sunday.", []string{"GEOCOP 175 GEOCVL asserted"}},
		{"Hungarian police fired flash-bangs at students outside parliament on Monday.", []string{"HUNCOP 175 HUNEDU asserted"}},
	}, false)
}

// TestOppositionMarch: an opposition march is the opposition that holds
// it (agents.txt), as the target of force used on it and of a ban lifted.
func TestOppositionMarch(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ugandan police fired tear gas to break up an opposition march in Kampala on Saturday.", []string{"UGACOP 175 UGAOPP asserted"}},
		{"The government lifted a ban on opposition marches in Lusaka on Monday.", []string{"ZMBGOV 0812 ZMBOPP asserted"}},
	}, false)
}

// TestDepositInCentralBank: money deposited in a state's central bank is
// economic aid to the state itself, bare (targets_central_bank.go); other acts on
// the bank keep it as the government.
func TestDepositInCentralBank(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United Arab Emirates deposited $2 billion with Egypt's central bank on Monday.", []string{"ARE 071 EGY asserted"}},
		{"Germany praised Egypt's central bank on Monday.", []string{"DEU 051 EGYGOV asserted"}},
	}, false)
}

// TestOpponentsOfRuler: "opponents of" a head of state or a government
// are that state's opposition (OPP, opponents_of.go), not the ruler.
func TestOpponentsOfRuler(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Belarusian court sentenced 12 opponents of President Alexander Lukashenko to prison on Friday.", []string{"BLRJUD 173 BLROPP asserted"}},
		{"Belarusian police detained 30 opponents of the government in Minsk on Sunday.", []string{"BLRCOP 173 BLROPP asserted"}},
	}, false)
}

// TestStateSecurityCommittee: a state's State Security Committee is its
// intelligence service (SPY, agents.txt).
func TestStateSecurityCommittee(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kyrgyzstan's state security committee detained two former ministers on Tuesday.", []string{"KGZSPY 173 KGZ asserted"}},
	}, false)
}

// TestHimLoneAttacker: "him" with no person named before it in the
// sentence is the one unnamed attacker named before ([lone attackers],
// coref_references.go him), not the victims.
func TestHimLoneAttacker(t *testing.T) {
	checkDyads(t, newCoder(t), "2019-03-16", []dyadCase{
		{"A gunman killed four people at a market in Bamako on Friday before police shot him dead.", []string{"MLIUAF 180 MLICVL", "MLICOP 190 MLIUAF"}},
	})
}

// TestTalibanFightersFacingStates: once the Taliban govern Afghanistan
// (from 2021-08-15) their fighters facing another state's forces are
// Afghanistan's armed forces (AFGMIL, taliban_fighters.go); before, rebels.
func TestTalibanFightersFacingStates(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-02-10", []dyadCase{
		{"Uzbek border troops and Taliban fighters traded fire near Termez on Thursday.", []string{"UZBMIL 190 AFGMIL", "AFGMIL 190 UZBMIL"}},
	})
	checkDyads(t, newCoder(t), "2012-02-10", []dyadCase{
		{"Uzbek border troops and Taliban fighters traded fire near Termez on Thursday.", []string{"UZBMIL 190 AFGREB", "AFGREB 190 UZBMIL"}},
	})
}

// TestAccusedTakenToCourt: after a party is taken to a court, "accusing
// it of" means that party, not the court (roles_object.go courtTakenTo);
// a court condemned itself stays the one accused.
func TestAccusedTakenToCourt(t *testing.T) {
	checkDyads(t, newCoder(t), "2019-03-16", []dyadCase{
		{"Ukraine took Russia to the International Court of Justice on Saturday, accusing it of violating a treaty.", []string{"UKR 115 RUS", "UKR 112 RUS", "RUS 128 -"}},
		{"Israel condemned the International Court of Justice on Friday, accusing it of bias.", []string{"ISR 111 IGOUNOICJ", "ISR 112 IGOUNOICJ"}},
	})
}
