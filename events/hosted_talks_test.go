package events_test

import "testing"

// TestHostedGuestsTalks: a state that hosts two other states' leaders
// "for talks" hosts each (043, the guests' 042), and the two guests talk
// with each other (046 each way); one guest, three guests (a summit) or a
// dinner give no guests' talks (hosted_talks.go).
func TestHostedGuestsTalks(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"Kenya hosted the leaders of Ethiopia and Eritrea in Nairobi on Monday for peace talks.", []string{
			"KEN 043 ETHGOV", "ETHGOV 042 KEN", "KEN 043 ERIGOV", "ERIGOV 042 KEN", "ETHGOV 046 ERIGOV", "ERIGOV 046 ETHGOV"}},
		{"Oman hosted the foreign ministers of Iran and Saudi Arabia on Sunday for a new round of talks.", []string{
			"OMN 043 IRNGOV", "IRNGOV 042 OMN", "OMN 043 SAUGOV", "SAUGOV 042 OMN", "IRNGOV 046 SAUGOV", "SAUGOV 046 IRNGOV"}},
		{"Kenya hosted Ethiopia's prime minister on Monday for talks.", []string{"KEN 043 ETHGOV", "ETHGOV 042 KEN"}},
		{"Kenya hosted the leaders of Ethiopia, Eritrea and Somalia on Monday for talks.", []string{
			"KEN 043 ETHGOV", "ETHGOV 042 KEN", "KEN 043 ERIGOV", "ERIGOV 042 KEN", "KEN 043 SOMGOV", "SOMGOV 042 KEN"}},
		{"Kenya hosted the presidents of Ethiopia and Eritrea for a state dinner on Monday.", []string{
			"KEN 043 ETHGOV", "ETHGOV 042 KEN", "KEN 043 ERIGOV", "ERIGOV 042 KEN"}},
	})
}
