package events_test

import "testing"

// TestNamesakeSuffix: a dictionary person's name followed by a
// generational suffix ("Jr", "Sr.", "III") names a namesake, who holds
// none of the person's dated roles (actors/suffix.go); names that carry
// the suffix in the dictionary, and regnal numbers, keep their code.
func TestNamesakeSuffix(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-07-13", "The plan was condemned by Emmanuel Macron Jr. on Tuesday.", nil},
		{"2024-07-13", "The plan was condemned by Emmanuel Macron Jr on Tuesday.", nil},
		{"2024-07-13", "Poland was criticised by Olaf Scholz Sr. on Friday.", nil},
		{"2024-07-13", "Poland was criticised by Olaf Scholz III on Friday.", nil},
		{"2025-06-05", "Vladimir Putin Jr criticised Poland on Monday.", nil},
		// controls: the person, a name the dictionary writes with its suffix, a monarch
		{"2024-07-13", "Poland was criticised by Olaf Scholz on Friday.", []string{"DEUGOV 111 POL asserted"}},
		{"2025-06-05", "Ferdinand Marcos Jr. criticised Vietnam on Monday.", []string{"PHLGOV 111 VNM asserted"}},
		{"2024-07-13", "King Abdullah II criticised Syria on Monday.", []string{"JORGOV 111 SYR asserted"}},
	})
}
