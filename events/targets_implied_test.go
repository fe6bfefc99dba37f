package events_test

import (
	"testing"
)

// TestProposalOwner checks, on sentences written for this test, that a
// rejection of "its" or "their" call, offer or proposal targets the
// proposer: the actor named before the verb, else the first actor of the
// sentence before (one rejects another's call, never one's own); an
// owner with no state stays out.
func TestProposalOwner(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"The UN is demanding an immediate ceasefire. Russia has dismissed its call.",
			[]string{"IGOUNO 1056 - asserted", "RUS 120 IGOUNO asserted"}},
		{"The EU offered new talks on Monday. Iran rejected its offer on Tuesday.",
			[]string{"IGOEUREEC 036 - future", "IRN 127 IGOEUREEC asserted"}},
		{"Washington proposed a truce on Monday. Moscow rejected its proposal on Tuesday.",
			[]string{"RUS 127 USA asserted"}},
		{"China called for restraint. India dismissed its appeal on Tuesday.",
			[]string{"CHN 0256 - asserted", "IND 120 CHN asserted"}},
		{"The army chief met reporters. Iran rejected its offer.",
			[]string{"IRN 127 - asserted"}},
	})
}

// TestCandidateOwner codes "its accession" after a verb of approval: the
// candidate state named before, not the state approving it (targets_implied.go
// candidateOwner).
func TestCandidateOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sweden moved closer to joining NATO after the Turkish parliament ratified its accession protocol on Tuesday.",
			[]string{"TURLEG 050 SWE asserted"}},
	}, false)
}

// TestTalksHost codes targets_implied.go's talksHost: the office holder a
// planned trip is "for talks with" is its target when the trip names only
// that person's state or capital; a trip made keeps the state visited as
// host (the wire gold's coding); talks with another state's party leave
// the place visited.
func TestTalksHost(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indian Prime Minister Narendra Modi travelled to Moscow on Monday for talks with Vladimir Putin.",
			[]string{"INDGOV 042 RUS asserted", "RUS 043 INDGOV asserted"}},
		{"German Chancellor Olaf Scholz flew to Beijing on Saturday for talks with Chinese President Xi Jinping.",
			[]string{"DEUGOV 042 CHN asserted", "CHN 043 DEUGOV asserted"}},
		{"Kenyan President William Ruto arrived in Addis Ababa on Sunday for talks with Prime Minister Abiy Ahmed.",
			[]string{"KENGOV 042 ETH asserted", "ETH 043 KENGOV asserted"}},
		{"Brazilian President Luiz Inacio Lula da Silva will travel to Moscow next month for talks with Vladimir Putin.",
			[]string{"BRAGOV 036 RUSGOV future"}},
		// talks with a party of another state: the place stays the host
		{"Vladimir Putin did not travel to Istanbul on Thursday for the peace talks with Ukraine.",
			[]string{"RUSGOV 042 TUR negated", "TUR 043 RUSGOV negated"}},
		// no talks named: the state visited
		{"Indian Prime Minister Narendra Modi travelled to Moscow on Monday.",
			[]string{"INDGOV 042 RUS asserted", "RUS 043 INDGOV asserted"}},
	}, false)
}

// TestMutualWithModified codes targets_implied.go's mutualWithModified: a
// mutual verb's party after "with" and lower-case or "-backed"
// modifiers; unnamed collectives stay no party.
func TestMutualWithModified(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sudan's army clashed with the paramilitary Rapid Support Forces in Omdurman on Tuesday.",
			[]string{"SDNMIL 190 SDNREB asserted", "SDNREB 190 SDNMIL asserted"}},
		{"Congolese troops clashed with the Rwanda-backed M23 rebels near Goma on Monday.",
			[]string{"CODMIL 190 CODREB asserted", "CODREB 190 CODMIL asserted"}},
		{"Malian soldiers fought with the separatist Tuareg rebels near Kidal on Sunday.",
			[]string{"MLIMIL 190 MLIREB asserted", "MLIREB 190 MLIMIL asserted"}},
		// (and the guest's visit: "visiting" is a visit word, gold README item 12; visiting_guest.go)
		{"Armenia's prime minister held talks with the visiting Iranian foreign minister on Monday.",
			[]string{"ARMGOV 046 IRNGOV asserted", "IRNGOV 046 ARMGOV asserted", "IRNGOV 042 ARMGOV asserted", "ARMGOV 043 IRNGOV asserted"}},
		// an unnamed collective: no party
		{"China discussed the situation with other Security Council members on Monday.",
			[]string{}},
	}, false)
}

// TestWithdrawnForces codes targets_implied.go's withdrawnForces: a demand that
// a state pull "its troops" out targets that state's forces, whatever
// verb carries the demand; an appeal and other demands keep the state.
func TestWithdrawnForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lebanon's prime minister insisted on Monday that Israel pull its troops out of five hilltop positions.",
			[]string{"LBNGOV 1056 ISRMIL asserted"}},
		{"Kyiv insisted that Russia withdraw all its forces from Ukrainian territory.",
			[]string{"UKR 1056 RUSMIL asserted"}},
		{"Lebanon insisted that Israel stop its strikes on the south.",
			[]string{"LBN 1056 ISR asserted"}},
		{"Congo called on Rwanda to withdraw its soldiers from its territory.",
			[]string{"COD 0256 RWA asserted"}},
		// the troops counted or described (withdrawn_object.go)
		{"Ukraine demanded on Sunday that Russia pull back the tens of thousands of troops it has massed near their common border.",
			[]string{"UKR 1056 RUSMIL asserted"}},
		{"Georgia insisted on Friday that Russia withdraw the remaining 3,000 soldiers from its territory.",
			[]string{"GEO 1056 RUSMIL asserted"}},
		// no forces withdrawn: the state stays
		{"Ukraine demanded on Sunday that Russia pull back from the border.",
			[]string{"UKR 1056 RUS asserted"}},
	}, false)
}

// TestAttackPlaceToll codes a nominal attack with its own place phrase
// whose toll verb names fighters (targets_implied.go attackPlacePhrase, used by
// codeSentence): the fighters are the target and the verb's date the
// attack's; civilians killed leave the place's state as target.
func TestAttackPlaceToll(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An Israeli airstrike on a car in southern Lebanon killed three Hezbollah fighters on Monday.",
			[]string{"ISRMIL 195 LBNREB asserted"}},
		{"A Russian missile strike on a hotel in Kramatorsk killed two Ukrainian soldiers on Monday.",
			[]string{"RUS 195 UKRMIL asserted"}},
		{"A Turkish drone strike in northern Iraq killed four PKK militants on Sunday.",
			[]string{"TURMIL 1952 TURREB asserted"}},
		{"An Israeli airstrike on a house in Gaza City killed 12 people on Monday.",
			[]string{"ISRMIL 195 PSE asserted"}},
		{"A Russian drone attack on Odesa killed three civilians on Monday.",
			[]string{"RUSMIL 1952 UKR asserted"}},
	}, false)
}

// TestLeadershipTarget codes targets_implied.go's leadershipTarget: a protest
// for a resignation targets the protesters' government, not the
// parliament they march on.
func TestLeadershipTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of Serbians marched to parliament on Saturday to demand the resignation of the prime minister.",
			[]string{"SRBCVL 1411 SRBGOV asserted"}},
		{"Demonstrators in Nairobi marched on parliament on Tuesday to demand the president's resignation.",
			[]string{"KENCVL 1411 KENGOV asserted"}},
		// no leadership change demanded: the parliament marched to stays
		{"Demonstrators in Nairobi marched to parliament on Tuesday.",
			[]string{"KENCVL 141 KENLEG asserted"}},
	}, false)
}

// TestAccusedSubject codes targets_implied.go's accusedSubject: the accusation
// a denial answers targets the named person its "that" clause accuses;
// a state's forces or firms leave it on the denying state.
func TestAccusedSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Venezuela denied US accusations that President Nicolas Maduro leads a drug cartel.",
			[]string{"VEN 016 USA asserted", "USA 112 VENGOV asserted"}},
		{"Venezuela denied US accusations that it had sheltered drug traffickers.",
			[]string{"VEN 016 USA asserted", "USA 112 VEN asserted"}},
		{"Beijing denied Washington's accusation that Chinese companies were sending weapons to Russia.",
			[]string{"CHN 016 USA asserted", "USA 112 CHN asserted", "CHNBUS 072 RUS denied"}},
	}, false)
}

// TestPersonnelOf codes targets_implied.go's personnelOf: the force whose
// crews or officers an act names is its target.
func TestPersonnelOf(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan began training Philippine coast guard crews in Manila on Friday.",
			[]string{"JPN 062 PHLMIL asserted"}},
		{"The US trained Ukrainian army crews on Patriot systems.",
			[]string{"USA 062 UKRMIL asserted"}},
		// the source's own crews: no target
		{"Germany trained its own army crews.",
			[]string{"DEU 062 - asserted"}},
	}, false)
}

// TestDenialTail codes targets_implied.go's denialTail: a denial's participle
// tail that restates the accusation names its author after "by"; an act
// said to be staged by someone names no accuser.
func TestDenialTail(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea denied on Thursday that it had sold artillery shells to Russia, calling the reports a smear campaign by Washington.",
			[]string{"PRK 016 USA asserted", "PRK 072 RUS denied"}},
		{"Iran denied on Monday that it had sent drones to Russia, dismissing the allegations as fabrications by Israel.",
			[]string{"IRN 016 ISR asserted", "IRN 072 RUS denied"}},
		{"The Kremlin on Friday denied that Russian drones had deliberately entered Polish airspace, calling the incident a provocation staged by Warsaw.",
			[]string{"RUSGOV 016 - asserted", "RUSMIL 150 POL denied"}},
	}, false)
}

// TestHostageThreat codes targets_implied.go's hostageThreat: a threat against
// hostages targets their state; taking or freeing them keeps the
// civilians.
func TestHostageThreat(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas warned on Monday that it would execute an Israeli hostage for every unannounced strike on civilian homes in Gaza.",
			[]string{"PSEREB 138 ISR asserted"}},
		{"Islamic State threatened to behead two Japanese hostages.",
			[]string{"IMGMOSISL 138 JPN asserted"}},
		{"Hamas released three Israeli hostages on Saturday.",
			[]string{"PSEREB 0841 ISRCVL asserted"}},
	}, false)
}

// TestAccuserState codes targets_implied.go's accuserState: an act alleged by
// a state's official against no named target targets the state; a
// target the text names, a pronoun too, stays.
func TestAccuserState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas did not hand over the bodies of four hostages on Thursday as scheduled, an Israeli official said, accusing the group of breaching the truce.",
			[]string{"PSEREB 0841 - negated", "ISRGOV 112 PSEREB asserted", "PSEREB 196 ISR alleged"}},
		{"Ukraine's foreign minister accused Russia of violating the ceasefire.",
			[]string{"UKRGOV 112 RUS asserted", "RUS 196 UKR alleged"}},
		{"Ecuador's President Daniel Noboa accused the Los Lobos gang on Wednesday of plotting to assassinate him.",
			[]string{"ECUGOV 112 ECUCRM asserted", "ECUCRM 185 ECUGOV alleged"}},
	}, false)
}

// TestBlockadePlace codes targets_implied.go's blockadePlace: a blockade
// imposed or eased on a place targets its state, a rebel group's own
// country's town too; a state's own place keeps no target.
func TestBlockadePlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Houthis lifted their blockade of the main road into Taiz on Thursday.",
			[]string{"YEMREB 0872 YEM asserted"}},
		{"The Houthis eased their siege of Taiz on Thursday.",
			[]string{"YEMREB 0872 YEM asserted"}},
		{"Russia lifted its blockade of Ukraine's Black Sea ports.",
			[]string{"RUS 0872 UKR asserted"}},
		{"India imposed a blockade on Kashmir.",
			nil}, // Kashmir its own or contested: no one named (unaimed.go)
	}, false)
}

// TestCountrysTerritory codes targets_implied.go's countrysTerritory: force
// against "the country's airspace" targets the state named before it,
// not the source's own.
func TestCountrysTerritory(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Romania said Russian drones had violated the country's airspace.",
			[]string{"RUSMIL 150 ROU asserted"}},
		{"Russia said Ukrainian drones had entered the country's airspace.",
			[]string{"UKRMIL 150 RUS asserted"}},
	}, false)
}

// TestCondemnedAgent codes targets_implied.go's condemnedAgent: a condemned act
// whose participle names its author after "by" targets the author.
func TestCondemnedAgent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The EU condemned the violence used against protesters by Georgian police.",
			[]string{"IGOEUREEC 111 GEOCOP asserted"}},
		{"France condemned the attack carried out on Sunday by Houthi rebels.",
			[]string{"FRA 111 YEMREB asserted"}},
	}, false)
}

// TestDebtOwner codes targets_implied.go's debtOwner: aid paying a state's
// debts targets that state, not its creditor.
func TestDebtOwner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Qatar and Saudi Arabia paid off Syria's debts to the World Bank.",
			[]string{"QAT 071 SYR asserted", "SAU 071 SYR asserted"}},
		{"Germany sent aid to Ukraine's army.",
			[]string{"DEU 073 UKRMIL asserted"}},
	}, false)
}

// TestBannedGathering codes targets_implied.go's bannedGathering: a ban on a
// vigil, march or rally targets the state's own civilians; a curfew
// keeps no target.
func TestBannedGathering(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hong Kong banned the annual vigil for the Tiananmen Square victims.",
			[]string{"HKG 1721 HKGCVL asserted"}},
		{"Turkey banned the Pride march in Istanbul.",
			[]string{"TUR 1721 TURCVL asserted"}},
		{"Myanmar's junta imposed a curfew in Yangon on Monday.",
			[]string{"MMRGOV 1723 - asserted"}},
	}, false)
}

// withdrawTroopsFromCases: troops withdrawn "from" a state target it
// (targets_implied.go): planned, a pullout intent (0356), under way, a
// retreat (0874). The exact events each sentence gives.
var withdrawTroopsFromCases = []familyCase{
	{"withdraw", "Kenya plans to withdraw all Kenyan troops from Somalia.", []string{"KEN 0356 SOM future"}},
	{"withdraw", "Kenya was withdrawing Kenyan forces from Somalia on Monday.", []string{"KEN 0874 SOM asserted"}},
	{"withdraw", "Kenya will withdraw its troops from Somalia next month.", []string{"KEN 0356 SOM future"}},
	{"withdraw", "Islamic State fighters surrendered to Syrian troops on Monday.", []string{"IMGMOSISL 0874 SYRMIL asserted"}},
}

// TestWithdrawTroopsFrom codes each case of withdrawTroopsFromCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestWithdrawTroopsFrom(t *testing.T) { checkFamilies(t, "", withdrawTroopsFromCases, false) }
