package events_test

import (
	"testing"
)

// approxAgoCases: an approximate count of years ago ("more than five
// years ago", "nearly two decades ago") dates its clause as the bare
// count does, history; weeks ago stay news. The exact events each
// sentence gives ("SOURCE CAMEO TARGET status"; nil: none).
var approxAgoCases = []familyCase{
	// an approximate count of years ago dates its clause as the bare count does: history
	{"approx-ago", "More than five years ago, Hezbollah fighters attacked an Israeli patrol near the border.", nil},
	{"approx-ago", "About three years ago, Turkey expelled the Dutch ambassador.", nil},
	{"approx-ago", "Nearly two decades ago, Russian troops invaded Georgia.", nil},
	{"approx-ago", "At least four years ago, Iran seized a British tanker in the Gulf.", nil},
	{"approx-ago", "Nearly two weeks ago, Turkey expelled the Dutch ambassador.", []string{"TUR 161 NLDGOV asserted"}},
	{"approx-ago", "Turkey expelled the Dutch ambassador about two weeks ago.", []string{"TUR 161 NLDGOV asserted"}},
}

// TestApproxYearsAgo codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestApproxYearsAgo(t *testing.T) { checkFamilies(t, "", approxAgoCases, false) }

// historyRetoldCases: an act of history told again by an official or a
// pronoun ("…, officials said", "In 2014, he said, …", "according to
// officials") stays history; a finding disclosed now by an inquiring
// body or a verb of finding is news (falseevents_history.go
// reportsFinding).
var historyRetoldCases = []familyCase{
	{"retold", "Russia annexed Crimea in 2014.", nil},
	{"retold", "Russia annexed Crimea in 2014, officials said.", nil},
	{"retold", "In 2014, he said, Russia annexed Crimea.", nil},
	{"retold", "Russia annexed Crimea in 2014, according to officials.", nil},
	{"retold", "Ukraine's foreign minister said Russia annexed Crimea in 2014.", nil},
	{"retold", "Iraq invaded Kuwait in 1990, the minister told reporters.", nil},
	{"retold", "Russia annexed Crimea on Monday, officials said.", []string{"RUS 192 UKR asserted"}},
	{"finding", "UN investigators said Syrian forces used chemical weapons in 2017.", []string{"SYRMIL 2041 SYRCVL asserted"}},
	{"finding", "The OPCW said Syrian government forces used chlorine in an attack on Douma in 2018.", []string{"SYRMIL 2041 SYRCVL asserted"}},
}

// TestHistoryRetold codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestHistoryRetold(t *testing.T) { checkFamilies(t, "", historyRetoldCases, false) }

// habitualAdverbCases: a habit told with "traditionally" is no act of the
// day (falseevents_history.go backgroundAdverb); the act on a day stays.
// The exact events each sentence gives.
var habitualAdverbCases = []familyCase{
	// a habit told by an analyst is no act of the day
	{"habit", "Iran has traditionally fired fewer missiles in winter, an analyst said.", nil},
	{"habit", "Iran fired two missiles at Israel on Sunday.", []string{"IRN 195 ISR asserted"}},
}

// TestHabitualAdverb codes each case of habitualAdverbCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestHabitualAdverb(t *testing.T) { checkFamilies(t, "", habitualAdverbCases, false) }

// yearModifiedNominalCases: a nominal act premodified by a year two or
// more years back is history in passing (yearModified); a recent year, or
// none, leaves it an event. The exact events each sentence gives.
var yearModifiedNominalCases = []familyCase{
	// a year two or more years back premodifying a nominal act: history in passing
	{"year-nominal", "China condemned the 2019 Indian crackdown in Kashmir.", []string{"CHN 111 IND asserted"}},
	{"year-nominal", "Li Peng, the former Chinese premier, oversaw the bloody 1989 crackdown on protesters.", nil},
	{"year-nominal", "The US backed Indonesia's 1975 invasion of East Timor.", nil},
	{"year-nominal", "Human rights groups condemned China's 1989 crackdown in Tiananmen Square.", []string{"CHNHRI 111 CHN asserted"}},
	{"year-nominal", "The minister condemned Russia's 2014 annexation of Crimea.", []string{"UKRGOV 111 RUS asserted"}}, // (of no state named after it, but of the region: coref_places.go anyPlaceCountry)
	{"year-nominal", "Ukraine's foreign minister condemned Russia's 2014 annexation of Crimea.", []string{"UKRGOV 111 RUS asserted"}},
	// a recent year, or none, leaves the nominal act an event
	{"year-nominal", "China condemned the Indian crackdown in Kashmir.", []string{"CHN 111 IND asserted", "IND 175 - asserted"}},
	{"year-nominal", "The UN condemned the 2023 attack by Hamas on Israel.", []string{"IGOUNO 111 PSEREB asserted"}},
}

// TestYearModifiedNominal codes each case of yearModifiedNominalCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestYearModifiedNominal(t *testing.T) { checkFamilies(t, "", yearModifiedNominalCases, false) }

// untilYearWhenCases: a "when" clause after "until" or "since" <past year> tells
// history (falseevents_history.go untilYear): no event; after a recent
// date it stays. The exact events each sentence gives.
var untilYearWhenCases = []familyCase{
	// a "when" clause after "until <past year>" tells history: no event
	{"until-when", "The group operated openly until 2013, when Pakistan banned the group.", nil},
	{"until-when", "The group operated openly until last week, when Pakistan banned the group.", nil}, // "the group" unread: no one banned (unaimed.go)
	{"until-when", "The group operated openly until 2023, when Pakistan banned the group.", nil},      // "the group" unread: no one banned (unaimed.go)
	{"until-when", "The party operated openly until last week, when Pakistan banned the opposition party.", []string{"PAK 1722 PAKOPP asserted"}},
	// "since <past year>, when": the clause tells what happened that year
	{"since-when", "Morocco and Algeria have kept their border closed since 1994, when Rabat blamed Algerian intelligence for an attack on a hotel.", nil},
	{"since-when", "The two countries have had no ties since 2016, when Riyadh executed a Shi'ite cleric.", nil},
	// a recent year, or a "since" with no "when" clause, leaves the act
	{"since-when", "Relations have been frozen since 2023, when Morocco recalled its ambassador from Algiers.", []string{"MAR 161 DZA asserted"}},
}

// yearMadeActCases: a verb that makes or authorises the act its object
// names ([made act verbs]: approve, sign, seal, …) with a year two or more
// back before that noun tells history (objectYear, yearModified), as the
// README's "approved the 1985 arms sale" does: no event. A verb acting on
// an existing thing keeps its act ("withdrew from the 2015 deal"); a date
// of the verb's clause, or a recent year, leaves the act an event.
var yearMadeActCases = []familyCase{
	{"year-made-act", "Germany approved the 2019 arms deal with Egypt.", nil},
	{"year-made-act", "Sweden signed its 2018 defence pact with Finland.", nil},
	{"year-made-act", "Britain sealed its 2017 trade deal with Japan.", nil},
	{"year-made-act", "Kenya's president approved a 2020 arms sale to Uganda.", nil},
	// near misses: the verb's own act, its clause's date, a recent year
	{"year-made-act", "Russia withdrew from the 2015 grain deal with Ukraine.", []string{"RUS 160 UKR asserted"}},
	{"year-made-act", "Israel violated the 2014 ceasefire with Hamas.", []string{"ISR 196 PSEREB asserted"}},
	{"year-made-act", "Sweden signed its 2018 defence pact with Finland on Tuesday.", []string{"SWE 057 FIN asserted", "FIN 057 SWE asserted"}},
	{"year-made-act", "Germany approved the 2023 arms deal with Egypt.", []string{"DEU 072 EGY asserted"}},
}

// TestYearMadeAct codes each case of yearMadeActCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestYearMadeAct(t *testing.T) { checkFamilies(t, "", yearMadeActCases, false) }

// TestUntilYearWhen codes each case of untilYearWhenCases as an article
// published on 2024-03-14, one paragraph per sentence, and compares its
// events exactly.
func TestUntilYearWhen(t *testing.T) { checkFamilies(t, "", untilYearWhenCases, true) }

// TestStrikeNounFiniteClause: a strike noun that a finite verb follows is
// the subject of a finite clause, coded in a time phrase as CODING.md
// codes finite clauses there (falseevents_history.go finiteNoun); a bare
// strike noun after "after" stays a background nominal.
func TestStrikeNounFiniteClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Houthis vowed to retaliate after U.S. air strikes killed 20 people in Sanaa.",
			[]string{"YEMREB 138 USA asserted", "USAMIL 195 YEM asserted"}},
		{"Hamas vowed revenge on Monday after U.S. drone strikes hit a house in Gaza.",
			[]string{"PSEREB 138 USA asserted", "USAMIL 1952 PSE asserted"}},
		{"Iraq summoned the U.S. envoy on Friday after U.S. air strikes destroyed a militia depot near Baghdad.",
			[]string{"IRQ 114 USAGOV asserted", "USAMIL 195 IRQUAF asserted"}},
		// near miss: no finite verb after the noun, background
		{"The Houthis vowed to retaliate after U.S. air strikes on Sanaa.",
			[]string{"YEMREB 138 - asserted"}},
	}, false)
}

// presentRelativeCases: a non-restrictive relative clause in the present,
// simple, progressive or passive, after "which", "who" or "whose" and its
// noun phrase, says how things stand with its antecedent: no act of its
// own (falseevents_history.go presentRelative). The main clause stays; so
// do the past tense, a date in the clause, a trip under way, and the same
// act told by a main clause. The exact events each sentence gives.
var presentRelativeCases = []familyCase{
	{"standing", "The Wagner group, which is fighting alongside Malian troops, denied on Monday that its men had killed civilians in Moura.",
		[]string{"RUSMIL 016 - asserted", "RUSMIL 190 RUSCVL denied"}},
	{"standing", "Mali's junta, whose Russian instructors are fighting alongside its army, expelled the French ambassador on Monday.",
		[]string{"MLIGOV 161 FRAGOV asserted"}},
	{"standing", "Belarus, whose border guards are backed by Russian troops, summoned the Polish ambassador on Monday.",
		[]string{"BLR 114 POLGOV asserted"}},
	// an act of force going on is coded, the relation told so is not
	{"ongoing", "The UN condemned Myanmar's junta, which is bombing villages in Rakhine state.",
		[]string{"IGOUNO 111 MMRGOV asserted", "MMRGOV 195 MMRCVL asserted"}},
	{"ongoing", "Amnesty criticised Sudan's army, which is shelling camps near El Fasher.",
		[]string{"NGOHRIAMN 111 SDNMIL asserted", "SDNMIL 194 SDNCVL asserted"}},
	{"ongoing", "Ukraine appealed for air defence for Kharkiv, which is being pounded by Russian missiles.",
		[]string{"UKR 0232 - asserted", "RUSMIL 194 UKR asserted"}},
	{"standing", "Jimmy Lai, who is currently detained by Hong Kong police, lost an appeal on Monday.", nil},
	// near misses: the past tense, a main clause, a date, a trip under way
	{"told", "Hezbollah, which fought alongside Syrian troops in Qusair on Monday, said it had lost 10 men.",
		[]string{"LBNREB 062 SYRMIL asserted"}},
	{"told", "Hezbollah fighters are fighting alongside Syrian troops near Qusair, a commander said on Monday.",
		[]string{"LBNREB 062 SYRMIL asserted"}},
	{"told", "Hamas, which is holding talks with Egyptian mediators on Monday, rejected the Israeli proposal.",
		[]string{"PSEREB 046 EGYGOV asserted", "EGYGOV 046 PSEREB asserted", "PSEREB 127 ISR asserted"}},
	{"told", "Chinese Foreign Minister Wang Yi, who is visiting Moscow, met Putin on Tuesday.",
		[]string{"CHNGOV 042 RUS asserted", "RUS 043 CHNGOV asserted", "CHNGOV 040 RUSGOV asserted", "RUSGOV 040 CHNGOV asserted"}},
}

// TestPresentRelativeState codes each case of presentRelativeCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestPresentRelativeState(t *testing.T) { checkFamilies(t, "", presentRelativeCases, false) }

// reactionAtCases: a nominal act with its actor after a reaction noun and
// "at" ("in protest at the Israeli offensive") is the reaction's cause,
// told in passing (falseevents_history.go backgroundNominal, [reaction
// at]): no event of its own, as after "over" and "against". The exact
// events each sentence gives.
var reactionAtCases = []familyCase{
	{"reaction-at", "Bolivia recalled its ambassador to Israel on Tuesday in protest at the Israeli offensive in Gaza.", []string{"BOL 161 ISR asserted"}},
	{"reaction-at", "Bolivia recalled its ambassador to Israel on Tuesday in protest over the Israeli offensive in Gaza.", []string{"BOL 161 ISR asserted"}},
	// near miss: the offensive as the verb's own object is the act
	{"reaction-at", "Bolivia condemned the Israeli offensive in Gaza on Tuesday.", []string{"BOL 111 ISR asserted", "ISR 190 PSE asserted"}},
}

// TestReactionAt codes each case of reactionAtCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestReactionAt(t *testing.T) { checkFamilies(t, "", reactionAtCases, false) }

// intoYearCases: "continued into <year>", "dragged on into <year>" dates
// its clause to that year (dates.go), so a year two or more back is
// history, as "until 2015" is: no event. The year bounds the continuing
// act only, and lends no date to a "with" clause beside it ("…, with Baku
// blaming Yerevan": undated, the publication day). A year before a noun
// ("an inquiry into 2019 election fraud") is no date of the act.
var intoYearCases = []familyCase{
	{"into-year", "Fighting between Sudanese troops and Chadian rebels continued into 2021.", nil},
	{"into-year", "Clashes between Armenian and Azerbaijani troops dragged on into 2020, with Baku blaming Yerevan.", []string{"AZE 112 ARM asserted"}},
	{"into-year", "Kenyan police opened an inquiry into 2019 election fraud.", []string{"KENCOP 091 - asserted"}},
}

// TestIntoYear codes each case of intoYearCases as a one-sentence article
// published on 2024-03-14 and compares its events exactly.
func TestIntoYear(t *testing.T) { checkFamilies(t, "", intoYearCases, false) }

// recordComparisonCases: a present-tense act counted against every other
// actor ("more … than any other …") describes a standing record, no act of
// the day (comparative_record.go); an arrest on a day stays.
var recordComparisonCases = []familyCase{
	{"record-comparison", "Egypt's regime jails more journalists than any other government in Africa.", nil},
	{"record-comparison", "Iran executes more people than any other country except China.", nil},
	{"record-comparison", "Egyptian police arrested three journalists on Monday.", []string{"EGYCOP 173 EGYMED asserted"}},
}

// TestRecordComparison codes each case of recordComparisonCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestRecordComparison(t *testing.T) { checkFamilies(t, "", recordComparisonCases, false) }
