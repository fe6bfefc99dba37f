package events_test

import "testing"

// TestPurposeInquirySource codes an inquiry told as the purpose of a trip
// or a sending ("began a visit to Myanmar on Monday to look into
// reports", "sent investigators to Papua to look into the shooting") with
// the clause's subject as source, asserted: the infinitive had no subject
// of its own and was set aside (no source found). Near misses: a
// fact-finding mission (whose inquiry data/verbs.txt codes itself), a
// sending of forces whose purpose is the same act, an object control verb
// ("urged Iran to investigate": Iran's inquiry, only urged), a plan, and
// a future sending stay as they were.
func TestPurposeInquirySource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indonesia's human rights commission sent investigators to Papua on Tuesday to look into the shooting of four teenagers.",
			[]string{"IDNGOV 093 - asserted 2024-07-09"}},
		{"A U.N. rights envoy began a visit to Myanmar on Monday to look into reports of abuses against Rohingya villagers.",
			[]string{"IGOUNO 042 MMR asserted 2024-07-08", "MMR 043 IGOUNO asserted 2024-07-08", "IGOUNO 092 MMRCVL asserted 2024-07-08"}},
		{"The UN rights chief arrived in Juba on Monday to investigate reports of mass killings.",
			[]string{"IGOUNOHCH 042 SSD asserted 2024-07-08", "SSD 043 IGOUNOHCH asserted 2024-07-08", "IGOUNOHCH 093 - asserted 2024-07-08"}},
		{"Kenya's police watchdog dispatched investigators to Kisumu on Friday to look into the deaths of three protesters.",
			[]string{"KENGOV 091 - asserted 2024-07-12"}},
		// near misses
		{"The European Union sent a fact-finding mission to Kinshasa on Monday to look into killings in Kasai.",
			[]string{"IGOEUREEC 092 COD asserted 2024-07-08"}},
		{"Greece sent warships to shadow a Turkish research vessel near Kastellorizo on Monday.",
			[]string{"GRC 154 TUR asserted 2024-07-13"}},
		{"Germany urged Iran on Monday to investigate the killing of protesters.",
			[]string{"DEU 020 IRN asserted 2024-07-08"}},
		{"Human Rights Watch will send researchers to Gaza next week to investigate the strikes.",
			nil},
		{"The rebels say the campaign aims to pressure Israel.",
			nil},
		{"Farmers in France blocked motorways on Monday to protest against cheap imports.",
			[]string{"FRAAGR 144 FRAGOV asserted 2024-07-08"}},
	}, true)
}
