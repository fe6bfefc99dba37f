package events_test

import "testing"

// TestAccordParticiplePartner codes a suspension of or withdrawal from an
// accord named with its partner through a participle ("a peace
// declaration signed with Cambodia") with that partner as target, as the
// plain "with" phrase gives it (accord_partner.go); a past verb after any
// other noun still ends the object, and a broker after "by" is no party.
func TestAccordParticiplePartner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thailand suspended a peace declaration signed with Cambodia last month.",
			[]string{"THA 127 KHM asserted"}},
		{"Mali pulled out of a peace deal signed with Tuareg rebels.",
			[]string{"MLI 127 MLIREB asserted"}},
		{"Colombia suspended an agreement signed with the ELN.",
			[]string{"COL 160 COLREB asserted"}},
		// the plain "with" phrase, as before
		{"Colombia suspended its agreement with the ELN.",
			[]string{"COL 160 COLREB asserted"}},
		// near miss: a finite verb of its own after the object ends it
		{"Colombia suspended talks on Monday and agreed with the ELN to meet again.",
			[]string{"COL 164 - asserted", "COL 019 COLREB asserted"}},
	}, false)
}
