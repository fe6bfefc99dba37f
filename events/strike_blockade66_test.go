package events_test

import "testing"

// TestStrikeBlockade66: drivers who keep their vehicles off the roads and
// growers who keep their crops off the market strike (143); protesters
// who blockade a harbour or fuel depots block (144), both aimed at the
// government; fishing crews are fishermen (CVL); workers who are or
// remain on strike strike (143). A state's warships
// blockading a port still blockade (191), and police keeping traffic off
// the roads is no strike. Invented sentences.
func TestStrikeBlockade66(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bus drivers in San Salvador kept their vehicles off the roads on Tuesday over a rise in fuel prices.", []string{"SLVLAB 143 SLVGOV asserted"}},
		{"Kenyan tea farmers kept their crops off the market on Monday to protest against low prices.", []string{"KENAGR 143 KENGOV asserted"}},
		{"Fishing crews from the Ghanaian port of Elmina blockaded the harbour mouth with their canoes on Tuesday, furious that premix outboard fuel had vanished from state depots for a month.", []string{"GHACVL 144 GHAGOV asserted"}},
		{"French farmers blockaded fuel depots across the country on Monday over diesel taxes.", []string{"FRAAGR 144 FRAGOV asserted"}},
		{"Kenyan doctors have been on strike for two weeks over unpaid wages.", []string{"KENHLH 143 KENGOV asserted"}},
		{"Nigerian university lecturers remained on strike on Monday, the fifth month of a walkout over pay.", []string{"NGAEDU 143 NGAGOV asserted"}},
		// near-misses
		{"Saudi warships blockaded the port of Hodeidah on Tuesday.", []string{"SAUMIL 191 YEM asserted"}},
		{"Kenyan police kept vehicles off the roads around the stadium in Nairobi on Sunday.", nil},
	}, false)
}
