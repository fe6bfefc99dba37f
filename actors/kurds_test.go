package actors_test

import "testing"

// TestSyrianKurds checks, on sentences written for this test, Kurdish
// forces, militias and fighters since 2012: Syria's YPG and SDF, SYRREB
// (match.go syrianKurds); before, beside a place or force of Iraq, after
// another state's adjective (that state's Kurds) or as "militants" (the
// PKK's word) the general rule stands.
func TestSyrianKurds(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-01-21", "Kurdish militias shelled a border town.", "militias=SYRREB"},
		{"2018-01-21", "Kurdish forces attacked Isis.", "forces=SYRREB | Isis=IMGMOSISL"},
		{"2018-01-21", "Kurdish-led forces captured the town.", "forces=SYRREB"},
		{"2018-01-21", "Kurdish fighters attacked the town.", "fighters=SYRREB"},
		{"2016-10-21", "Kurdish forces advanced on Mosul.", "forces=?MIL"},
		{"2005-01-21", "Kurdish forces advanced.", "forces=?MIL"},
		{"2018-01-21", "Turkish Kurdish militias attacked.", "Turkish Kurdish militias=TURUAF"}, // Kurds of Turkey (TestStateKurds)
		{"2018-01-21", "Kurdish militants attacked.", "militants=?REB"},
	}, showCode)
}
