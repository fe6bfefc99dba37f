package events_test

import "testing"

// TestDeniedAccusationDate dates the accusation a denial implies by the
// publication date when the accusation is the denial's object and has no
// day of its own ("denied on Tuesday a Togolese charge that …"): the
// charge came before the denial, on a day the sentence does not give;
// the denial keeps its day. Near misses: an accusation told first with
// its own day keeps it ("Kenya said on Tuesday …, a charge Mogadishu
// called a fabrication"), and an accusation made by a verb keeps its
// day. Published Saturday 2024-07-13.
func TestDeniedAccusationDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Ghana denied on Tuesday a Togolese charge that its soldiers had crossed the border.",
			[]string{"GHA 016 TGO asserted 2024-07-09/day", "TGO 112 GHA asserted 2024-07-13/day"}},
		{"Chad on Wednesday rejected a Sudanese accusation that it had armed the RSF.",
			[]string{"TCD 016 SDN asserted 2024-07-10/day", "SDN 112 TCD asserted 2024-07-13/day"}},
		{"Serbia denied on Thursday Croatian allegations that its police had beaten migrants.",
			[]string{"SRB 016 HRV asserted 2024-07-11/day", "SRBCOP 182 SRBREF denied 2024-07-13/day", "HRV 112 SRBCOP asserted 2024-07-13/day"}},
		{"Malawi denied on Monday a claim by Zambia that its troops had entered Zambian territory.",
			[]string{"MWI 016 ZMB asserted 2024-07-08/day", "MWIMIL 192 ZMB denied 2024-07-13/day", "ZMB 112 MWIMIL asserted 2024-07-13/day"}},
		// near misses
		{"Kenya said on Tuesday Somalia had shelled a border post, a charge Mogadishu called a fabrication.",
			[]string{"SOM 194 - denied 2024-07-13/day", "SOM 016 KEN asserted 2024-07-09/day", "KEN 112 SOM asserted 2024-07-09/day"}},
		{"Algeria accused Morocco on Tuesday of spying on its officials, which Rabat denied.",
			[]string{"DZA 112 MAR asserted 2024-07-09/day", "MAR 016 DZA asserted 2024-07-13/day"}},
	})
}
