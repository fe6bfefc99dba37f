package events_test

import (
	"testing"
)

// TestItAfterPlace codes two-sentence stories written for this test: a
// state named first as the place where things happened ("in parts of
// Iraq held by Isis", "in areas of Iraq under Isis's control") is not
// whom the next sentence's "it" means; the group named after it is
// (itsubject.go). A state or body that opens its sentence as subject, or
// is its subject after a fronted place, keeps "it".
func TestItAfterPlace(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2018-03-05", "Weapons were seized in parts of Iraq held by Isis. It commandeered oil fields in Syria on Monday.", nil},       // whose fields unread (unaimed.go)
		{"2018-03-05", "Banks were looted in areas of Iraq under Isis's control. It commandeered oil fields in Syria on Monday.", nil}, // whose fields unread (unaimed.go)
		{"2018-03-05", "Weapons were seized in parts of Iraq held by Isis. It attacked Syrian troops on Monday.", []string{"IMGMOSISL 190 SYRMIL asserted"}},
		{"2018-03-05", "In Iraq, the government arrested 20 protesters on Monday. It also banned rallies in Baghdad.", []string{"IRQGOV 173 IRQCVL asserted", "IRQGOV 1721 IRQCVL asserted"}},
		{"2018-03-05", "The European Union adopted new sanctions on Russia on Monday. It also condemned the shelling of Kharkiv.", []string{"IGOEUREEC 163 RUS asserted", "IGOEUREEC 111 - asserted"}},
		{"2018-03-05", "Turkey shelled Kurdish positions in Syria on Monday. It also struck targets in northern Iraq.", []string{"TUR 194 SYR asserted", "TUR 190 IRQ asserted"}},
	}
	checkPublished(t, c, tests)
}

// TestItAfterPlaceControl codes two-sentence stories written for this
// test: the group named after an opening place is whom "it" means only
// when it controls the place ("held by", "controlled by", "under the
// control of"); a group that only struck it ("hit by Boko Haram attacks",
// "struck by Islamic State fighters") leaves "it" the state (itsubject.go).
func TestItAfterPlaceControl(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2016-07-13", "Thousands have fled their homes in parts of Nigeria hit by Boko Haram attacks. It asked Chad for troops on Monday.", []string{"NGA 020 TCD asserted"}},
		{"2016-07-13", "Homes were destroyed in parts of Syria struck by Islamic State fighters. It asked Russia for help on Monday.", []string{"SYR 023 RUS asserted"}},
		{"2016-07-13", "Aid convoys were blocked in areas of Somalia under the control of al-Shabaab. It kidnapped two aid workers on Monday.", []string{"SOMREB 181 SOMCVL asserted"}},
		{"2016-07-13", "Oil fields were seized in parts of Iraq controlled by Isis. It commandeered more oil fields in Syria on Monday.", nil}, // whose fields unread (unaimed.go)
	}
	checkPublished(t, c, tests)
}
