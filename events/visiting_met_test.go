package events_test

import "testing"

// TestVisitingMet codes team-written sentences for visiting_guest.go's
// "met (with) visiting X", "held talks with visiting X" and "received
// visiting X": the guest is the meeting's other party (040 or 046 both
// ways, as gold W16294 codes "met visiting Somaliland leader …"), makes
// the visit (042) to the clause's subject, who hosts it (043), and all
// take the day the sentence gives to its verb (W16294, W46051). A plain
// "X met Y" stays a meeting, with no visit.
func TestVisitingMet(t *testing.T) {
	c := newCoder(t)
	checkPublishedLines(t, c, []datedCase{
		{"2024-05-09", "Japanese Prime Minister Fumio Kishida met visiting Australian Prime Minister Anthony Albanese in Tokyo on Tuesday.",
			[]string{"JPNGOV 040 AUSGOV asserted 2024-05-07", "AUSGOV 040 JPNGOV asserted 2024-05-07",
				"AUSGOV 042 JPNGOV asserted 2024-05-07", "JPNGOV 043 AUSGOV asserted 2024-05-07"}},
		{"2024-05-09", "Egypt's President Abdel Fattah al-Sisi met with visiting Jordanian King Abdullah in Cairo on Monday.",
			[]string{"EGYGOV 040 JORGOV asserted 2024-05-06", "JORGOV 040 EGYGOV asserted 2024-05-06",
				"JORGOV 042 EGYGOV asserted 2024-05-06", "EGYGOV 043 JORGOV asserted 2024-05-06"}},
		{"2024-05-09", "Indian Prime Minister Narendra Modi held talks with visiting Sri Lankan President Ranil Wickremesinghe in New Delhi on Friday.",
			[]string{"INDGOV 046 LKAGOV asserted 2024-05-03", "LKAGOV 046 INDGOV asserted 2024-05-03",
				"LKAGOV 042 INDGOV asserted 2024-05-03", "INDGOV 043 LKAGOV asserted 2024-05-03"}},
		{"2024-05-09", "Kenyan President William Ruto received visiting Ugandan President Yoweri Museveni at State House on Wednesday.",
			[]string{"KENGOV 043 UGAGOV asserted 2024-05-08", "UGAGOV 042 KENGOV asserted 2024-05-08"}},
		// a modifier the dictionary does not know before the guest (dev W16294)
		{"2025-05-02", "Djibouti's President Ismail Omar Guelleh met visiting Somaliland leader Abdirahman Irro in Djibouti city on Thursday, the first such meeting in years.",
			[]string{"DJIGOV 040 SOMGOV asserted 2025-05-01", "SOMGOV 040 DJIGOV asserted 2025-05-01",
				"SOMGOV 042 DJIGOV asserted 2025-05-01", "DJIGOV 043 SOMGOV asserted 2025-05-01"}},
		// must not fire: no "visiting", a meeting alone
		{"2024-05-09", "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Tokyo on Tuesday.",
			[]string{"JPNGOV 040 AUSGOV asserted 2024-05-07", "AUSGOV 040 JPNGOV asserted 2024-05-07"}},
	}, true)
}
