package actors_test

import "testing"

// TestDatedRoles58 checks, on sentences written for this test, two dated
// roles corrected in people.txt: Jang Song Thaek is North Korea's
// government up to the day the Politburo removed him (2013-12-08) and
// North Korea alone from the next day, in all four spellings; Succès
// Masra is Chad's government on the day he resigned as prime minister
// (2024-05-22) and the opposition from his successor's first day.
// Near misses: the day after each role ended.
func TestDatedRoles58(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2012-08-14", "Jang Song Thaek spoke on Monday.", "Jang Song Thaek=PRKGOV"},
		{"2013-12-08", "Jang Song-taek spoke on Monday.", "Jang Song-taek=PRKGOV"},
		{"2013-12-09", "Jang Song Thaek spoke on Monday.", "Jang Song Thaek=PRK"},
		{"2013-12-10", "Jang Song Taek spoke on Monday.", "Jang Song Taek=PRK"},
		{"2013-12-10", "Jang Song-thaek spoke on Monday.", "Jang Song-thaek=PRK"},
		{"2024-05-22", "Succès Masra spoke on Monday.", "Succès Masra=TCDGOV"},
		{"2024-05-22", "Succes Masra spoke on Monday.", "Succes Masra=TCDGOV"},
		{"2024-05-23", "Succès Masra spoke on Monday.", "Succès Masra=TCDOPP"},
		{"2024-05-23", "Succes Masra spoke on Monday.", "Succes Masra=TCDOPP"},
	}, showCode)
}
