package events_test

import (
	"testing"
)

// TestUnarmedClash codes sentences written for this test: a clash
// between an international organisation with no armed role and a side
// with none either is a quarrel (111), each direction; peacekeepers,
// troops and police clash in arms, and protesters with police riot.
func TestUnarmedClash(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		{"2002-01-15", "Australia and the United Nations have openly clashed in Geneva, over how best to deal with asylum seekers.", []string{"AUS 111 IGOUNO asserted", "IGOUNO 111 AUS asserted"}},
		{"2018-03-05", "Italy and the European Union clashed on Tuesday over the country's budget.", []string{"ITA 111 IGOEUREEC asserted", "IGOEUREEC 111 ITA asserted"}},
		{"2018-03-05", "UN peacekeepers clashed with rebels near Goma on Tuesday.", []string{"IGOUNO 190 CODREB asserted", "CODREB 190 IGOUNO asserted"}},
		// a UN mission armed by mandate fights, named in either place
		{"2024-07-13", "Israel and UNIFIL clashed in southern Lebanon.", []string{"ISR 190 IGOUNO asserted", "IGOUNO 190 ISR asserted"}},
		{"2024-07-13", "UNIFIL and Israel clashed in southern Lebanon.", []string{"IGOUNO 190 ISR asserted", "ISR 190 IGOUNO asserted"}},
		{"2018-03-05", "Russian troops clashed with Ukrainian forces near Bakhmut on Tuesday.", []string{"RUSMIL 190 UKRMIL asserted", "UKRMIL 190 RUSMIL asserted"}},
		{"2018-03-05", "Protesters clashed with police in Nairobi on Tuesday.", []string{"KENCVL 145 KENCOP asserted"}},
		// students and a party's followers fight the police both ways;
		// a crowd named as protesters riots
		{"2018-03-05", "University students clashed with police in Nairobi on Tuesday.", []string{"KENEDU 190 KENCOP asserted", "KENCOP 190 KENEDU asserted"}},
		{"2018-03-05", "Opposition supporters clashed with police in Dhaka on Tuesday.", []string{"BGDOPP 190 BGDCOP asserted", "BGDCOP 190 BGDOPP asserted"}},
		{"2018-03-05", "Opposition protesters clashed with police in Dhaka on Tuesday.", []string{"BGDOPP 145 BGDCOP asserted"}},
		{"2018-03-05", "Rioters clashed with police in Lyon for a third night on Friday.", []string{"FRACVL 145 FRACOP asserted"}},
	}
	checkPublished(t, c, tests)
}
