package events_test

import "testing"

// TestWhereClausePlace: an act told in a relative "where" clause
// happens in the place the clause hangs on (where_place.go): a city, a
// city after a travel verb with "on to", a place phrase with "of".
func TestWhereClausePlace(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"The Indonesian foreign minister travelled on to Cairo, where he met Egyptian President Abdel Fattah al-Sisi on Tuesday."},
			[]string{"IDNGOV 040 EGYGOV asserted @Cairo rep=-", "EGYGOV 040 IDNGOV asserted @Cairo rep=-"}},
		{"", []string{"Kenyan President William Ruto flew to Addis Ababa, where he held talks with Ethiopian Prime Minister Abiy Ahmed."},
			[]string{"KENGOV 042 ETH asserted @Addis Ababa rep=-", "ETH 043 KENGOV asserted @Addis Ababa rep=-",
				"KENGOV 046 ETHGOV asserted @Addis Ababa rep=-", "ETHGOV 046 KENGOV asserted @Addis Ababa rep=-"}},
		{"", []string{"The Saudi ambassador travelled to the southern port city of Aden, where he met Yemeni Prime Minister Ahmed bin Mubarak on Sunday."},
			[]string{"SAUGOV 040 YEMGOV asserted @Aden rep=-", "YEMGOV 040 SAUGOV asserted @Aden rep=-"}},
		{"", []string{"Chinese Foreign Minister Wang Yi went on to Nairobi, where he signed a trade agreement with Kenya."},
			[]string{"CHNGOV 057 KEN asserted @Nairobi rep=-", "KEN 057 CHNGOV asserted @Nairobi rep=-"}},
		// guard: the act before the "where" clause is not placed by it
		{"", []string{"The French president praised Senegal, where elections were held in March."},
			[]string{"FRAGOV 051 SEN asserted @- rep=-"}},
	})
}
