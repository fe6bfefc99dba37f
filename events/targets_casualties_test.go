package events_test

import (
	"testing"
)

// TestCasualtyState codes targets_casualties.go's casualtyState: an armed
// attack on a foreign place whose only victims are unnamed "people",
// "families" or a residential area targets the place's state; civilians
// the text names as such, people named by a demonym, and a state's
// attack on its own country keep CVL.
func TestCasualtyState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli air strikes killed at least 20 people in northern Gaza on Monday.",
			[]string{"ISRMIL 195 PSE asserted"}},
		{"Israeli strikes killed 12 people in southern Lebanon on Friday.",
			[]string{"ISR 190 LBN asserted"}},
		{"Russian shelling killed three people in Kherson on Sunday.",
			[]string{"RUS 194 UKR asserted"}},
		{"Israeli aircraft bombed a school sheltering displaced families in central Gaza on Thursday.",
			[]string{"ISRMIL 195 PSE asserted"}},
		{"Russian glide bombs hit a residential area of Kharkiv on Saturday.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Pakistani jets bombed suspected hideouts of the Pakistani Taliban in Afghanistan's Paktika province on Tuesday, killing at least 46 people.",
			[]string{"PAKMIL 195 AFG asserted"}},
		// civilians named as such or by a demonym: unchanged
		{"Israeli aircraft killed eight Palestinian civilians in a strike on Nuseirat on Saturday.",
			[]string{"ISRMIL 195 PSECVL asserted"}},
		{"Israeli air strikes killed more than 100 Palestinians across Gaza on Tuesday.",
			[]string{"ISRMIL 195 PSECVL asserted"}},
		// a state's attack in its own country: its civilians
		{"Myanmar's junta bombed a village in Sagaing region on Monday, killing 30 people.",
			[]string{"MMRGOV 195 MMRCVL asserted"}},
		{"Sudan's army bombed a market in Nyala on Monday, killing 40 people.",
			[]string{"SDNMIL 195 SDNCVL asserted"}},
	}, false)
}
