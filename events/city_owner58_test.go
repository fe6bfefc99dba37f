package events_test

import "testing"

// TestCityOfficialFromStory checks, on sentences written for this test,
// that "the city's mayor" or "the city's governor" in a sentence naming
// no city of its own is an official of the city, town or region the
// story named last (its state's GOV), not of the state the sentence
// names as another party. Near miss: a sentence that names a city of its
// own takes that city's state.
func TestCityOfficialFromStory(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russian forces shelled Kharkiv on Monday. The city's mayor accused Russia of shelling homes.",
			[]string{"RUSMIL 194 UKR asserted 2024-07-08", "UKRGOV 112 RUS asserted 2024-07-13", "RUS 194 UKR alleged 2024-07-13"}},
		{"Protesters blocked roads in Kano on Monday. The city's governor accused the protesters of looting shops.",
			[]string{"NGACVL 144 NGAGOV asserted 2024-07-08", "NGAGOV 112 NGACVL asserted 2024-07-13", "NGACVL 145 - alleged 2024-07-13"}},
		// near miss: the sentence's own city
		{"Russian forces shelled Kharkiv on Monday. Police in Warsaw detained two protesters on Tuesday, the city's mayor said.",
			[]string{"RUSMIL 194 UKR asserted 2024-07-08", "POLCOP 173 POLCVL asserted 2024-07-09"}},
	}, true)
}
