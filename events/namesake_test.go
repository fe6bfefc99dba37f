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
		{"2024-07-13", "Poland hosted Olaf Scholz Jr on Friday.", nil},
		{"2024-07-13", "Olaf Scholz Jr said on Friday that he condemned Russia.", nil},
		// controls: the person, a name the dictionary writes with its suffix, a monarch
		{"2024-07-13", "Poland was criticised by Olaf Scholz on Friday.", []string{"DEUGOV 111 POL asserted"}},
		{"2025-06-05", "Ferdinand Marcos Jr. criticised Vietnam on Monday.", []string{"PHLGOV 111 VNM asserted"}},
		// a suffixed entry, with or without its period: "Gilberto
		// Teodoro Jr.", "Surangel Whipps Jr." (written "Jr" here)
		{"2025-06-05", "China was criticised by Gilberto Teodoro Jr. on Monday.", []string{"PHLGOV 111 CHN asserted"}},
		{"2025-06-05", "Canada was criticised by Surangel Whipps Jr on Monday.", []string{"PLWGOV 111 CAN asserted"}},
		{"2024-07-13", "King Abdullah II criticised Syria on Monday.", []string{"JORGOV 111 SYR asserted"}},
	})
}
