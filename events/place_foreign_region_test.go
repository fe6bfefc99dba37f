package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestForeignRegionAndTownOf places an event by the sentence's country
// when a first-level region's name modifies a building in a city of
// another state the sentence names ("the Litoral penitentiary in
// Guayaquil … Ecuador's": no Equatorial Guinean province), and by the
// town in "the REGION town of PLACE" ("the Nile Delta town of Mahalla
// el-Kubra"). Near misses: a region named as such keeps its place, and a
// region whose country the sentence names keeps it.
func TestForeignRegionAndTownOf(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text  string
		want  []string // "SOURCE CAMEO TARGET" per event
		place string   // "NAME ISO3" of every event
	}{
		{"Gang members killed at least 116 inmates at the Litoral penitentiary in Guayaquil on Tuesday in the worst prison massacre in Ecuador's history.",
			[]string{"ECUCRM 202 ECUCVL"}, "Guayaquil ECU"},
		{"Ecuadorean police arrested 20 protesters outside the Litoral prison in Guayaquil on Friday.",
			[]string{"ECUCOP 173 ECUCVL"}, "Guayaquil ECU"},
		{"Textile workers staged a sit-in at a spinning mill in the Nile Delta town of Mahalla el-Kubra on Tuesday to demand unpaid bonuses.",
			[]string{"EGYLAB 1412 EGYGOV"}, "Mahalla el-Kubra EGY"},
		{"Egyptian police arrested 20 workers in Mahalla al-Kubra on Sunday.",
			[]string{"EGYCOP 173 EGYLAB"}, "Mahalla el-Kubra EGY"},
		{"Iraqi troops raided the Anbar city of Ramadi on Monday.",
			[]string{"IRQMIL 190 IRQCVL"}, "Ramadi IRQ"},
		// near misses: the region itself, and a region of the sentence's country
		{"Police arrested ten protesters in Kano state on Friday.", []string{"NGACOP 173 NGACVL"}, "Kano State NGA"},
		{"Syrian jets bombed Idlib province on Monday.", []string{"SYRMIL 195 SYRCVL"}, "Idlib Province SYR"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		checkDyadsPlaced(t, c, a, tt.text, tt.want, tt.place, placeCountry)
	}
}
