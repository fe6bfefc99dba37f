package events_test

import "testing"

// TestBombedState: a bombing by an armed group in its own state, aimed at
// no one the text names, is aimed at the state of the place (a pipeline,
// a street, a city), not at its civilians; a crowded venue keeps the
// civilians gathered there, and so does a toll of "people" (gold README
// item 67; targets_bombed_state.go peopleToll, targets_toll.go tollOfPlace).
func TestBombedState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Delta militants bombed an oil pipeline in Bayelsa state on Friday, the army said.", []string{"NGAREB 183 NGA asserted"}},
		{"Kurdish militants planted a bomb on a busy avenue in central Ankara on Monday, police said.", []string{"TURREB 183 TUR asserted"}},
		// near misses: a foreign group's bombing, victims the text names, a
		// crowded venue's people
		{"Islamic State militants bombed an oil pipeline near Kirkuk on Friday, the army said.", []string{"IMGMOSISL 183 IRQCVL asserted"}},
		{"Delta militants bombed an oil pipeline in Bayelsa state on Friday, killing three villagers, the army said.", []string{"NGAREB 183 NGACVL asserted"}},
		{"Kurdish militants planted a bomb outside a crowded cafe in central Ankara on Monday, police said.", []string{"TURREB 183 TURCVL asserted"}},
		// a toll of people: the place's civilians (item 67); a toll of
		// things keeps the state
		{"Kurdish militants set off a bomb in central Ankara on Monday that killed 29 people, police said.", []string{"TURREB 183 TURCVL asserted"}},
		{"Suicide bombers attacked mosques and markets across Niger on Friday, killing more than 40 people.", []string{"NERUAF 1831 NERCVL asserted"}},
		{"Kurdish militants set off a bomb in central Ankara on Monday that damaged 29 shops, police said.", []string{"TURREB 183 TUR asserted"}},
	}, false)
}
