package events_test

import "testing"

// TestApposedReactionDate dates a reaction told as an apposition to the
// main clause's act by that clause's day when the apposition's noun names
// an act ("a verdict X called …", "a show of force condemned by X"), as gold
// README item 48 codes it (W34017, W44036); an accusation or a denial in
// that place keeps the publication date (item 48, "Not this"; W25053).
// Published Saturday 2024-07-13.
func TestApposedReactionDate(t *testing.T) {
	checkDates(t, []dateCase{
		// after an "after" clause of the main verb (W34017)
		{"A Russian court jailed an American journalist for six years on Wednesday after convicting him of espionage, a verdict Washington called a sham.",
			[]string{"RUSJUD 173 USAMED asserted 2024-07-10/day", "USA 111 RUSJUD asserted 2024-07-10/day"}},
		// a participle with its agent (W44036)
		{"Chinese warships sailed through the Taiwan Strait on Tuesday, a show of force condemned by Taipei as a provocation.",
			[]string{"CHNMIL 150 TWN asserted 2024-07-09/day", "TWN 111 CHNMIL asserted 2024-07-09/day"}},
		// the nouns participleDate already knew keep their day
		{"Hungary vetoed the aid package on Monday, a step Brussels denounced as blackmail.",
			[]string{"HUN 129 - asserted 2024-07-08/day", "IGOEUREEC 111 HUN asserted 2024-07-08/day"}},
		// near miss: an accusation in the apposition keeps the
		// publication date (W25053)
		{"Israeli troops raided the Jenin camp on Tuesday, an operation the Palestinian Authority blamed on Hamas.",
			[]string{"ISRMIL 190 PSE asserted 2024-07-09/day", "PSEGOV 112 PSEREB asserted 2024-07-13/day"}},
		// near misses (review73b finding 5): an apposition naming a
		// participant, a group or a place, not an act, leaves the remark
		// undated by the act: the publication day
		{"Russian police arrested members of Hizb ut-Tahrir in Moscow on Monday, a group Washington praised in a 2019 report.",
			[]string{"RUSCOP 173 RUSCVL asserted 2024-07-08/day", "USA 051 RUSCOP asserted 2024-07-13/day"}},
		{"Russian police arrested members of a militia in Moscow on Monday, a man the United States condemned as a terrorist.",
			[]string{"RUSCOP 173 RUSUAF asserted 2024-07-08/day", "USA 111 RUSCOP asserted 2024-07-13/day"}},
		{"Kenyan troops killed 20 fighters in Jubaland on Monday, a region Somalia rejected as a Kenyan buffer zone.",
			[]string{"KENMIL 190 SOMREB asserted 2024-07-08/day", "SOM 120 KENMIL asserted 2024-07-13/day"}},
	})
}
