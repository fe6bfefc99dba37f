package events_test

import "testing"

// TestDayNumberBeforeCount: a number written after a month is its day
// only when it can be one. A day before the month wins over a number
// after it ("17 July 36 civilians": 36 is a count), a range's first day
// dates the event ("16 and 17 July", "9-10 August", "between 12 and 14
// August"), a number followed by a plural noun is a count ("July 2
// times"; after "in MONTH" past its modifiers too: "In August 3 Kenyan
// policemen"), and a day the month does not have ("31 June", "July 36") is
// none: the month stands. Team-written sentences; publication day
// Wednesday 2025-08-20.
func TestDayNumberBeforeCount(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want string // "SRC CAMEO TGT date precision"
	}{
		{"On 16 and 17 July 36 villagers were killed by US air strikes.", "USA 190 USACVL 2025-07-16 day"},
		{"Sudanese troops shelled El Fasher on 3 and 4 August 2 times.", "SDNMIL 194 SDNCVL 2025-08-03 day"},
		{"On 9-10 August Indian police arrested 40 protesters in Srinagar.", "INDCOP 173 INDCVL 2025-08-09 day"},
		{"Egypt expelled three Sudanese diplomats on 12 or 13 August.", "EGY 161 SDNGOV 2025-08-12 day"},
		{"Egypt expelled three Sudanese diplomats between 12 and 14 August.", "EGY 161 SDNGOV 2025-08-12 day"},
		{"Egypt expelled three Sudanese diplomats on August 12 and 13.", "EGY 161 SDNGOV 2025-08-12 day"},
		{"Turkish police detained journalists on 31 June.", "TURCOP 173 TURMED 2025-06 month"},
		{"Turkish police detained 5 journalists on July 30.", "TURCOP 173 TURMED 2025-07-30 day"},
		// after "in MONTH" a number before a noun phrase with a plural head
		// (past its modifiers) is a count: the month dates
		{"In August 3 Kenyan policemen were killed by al-Shabaab militants.", "SOMREB 180 KENCOP 2025-08 month"},
		{"In May 40 protesters were arrested by police in Dhaka.", "BGDCOP 173 BGDCVL 2025-05 month"},
		{"In July 12 Malian soldiers were killed by jihadist fighters.", "MLIREB 190 MLIMIL 2025-07 month"},
		// near misses: a plain day after or before the month still dates
		{"On August 3 Israeli troops raided Jenin.", "ISRMIL 190 PSE 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on August 3.", "NGAMIL 190 NGAREB 2025-08-03 day"},
		{"Nigerian soldiers killed 14 militants on 3 August 2024.", "NGAMIL 190 NGAREB 2024-08-03 day"},
	}
	for _, tt := range tests {
		checkEventDate(t, c, "2025-08-20", tt.text, tt.want)
	}
}
