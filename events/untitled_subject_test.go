package events_test

import "testing"

// TestUnknownTitledSubject: a title whose name the dictionary lacks and
// that names no country is the subject of its verb; the mention after the
// verb stays its object and never becomes the source (untitled_subject.go).
func TestUnknownTitledSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Prime Minister Karim bin Youssef al-Masri met Jordan's king in Amman.", nil},
		{"Interior Minister Ali bin Nasser al-Harthi on Monday accused Iran's navy of harassing tankers.", nil},
		{"Foreign Minister Ahmed bin Salem al-Rashidi on Tuesday criticised Egypt's decision.", nil},
		// a known person keeps the source
		{"Prime Minister Benjamin Netanyahu met Saudi Arabia's crown prince in Riyadh.",
			[]string{"ISRGOV 040 SAUGOV asserted", "SAUGOV 040 ISRGOV asserted"}},
	}, false)
}
