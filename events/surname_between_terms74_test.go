package events_test

import "testing"

// TestSurnameBetweenTerms checks, on sentences written for this test,
// that a lone surname of a known person out of office names the state
// when the last role was a tagged office (a United States vice president
// is one), the role held on the date otherwise, and that a vice
// president in office keeps the government.
func TestSurnameBetweenTerms(t *testing.T) {
	c := newCoder(t)
	checkPublished(t, c, []datedCase{
		// between his vice presidency and his presidency: the country
		{"2017-11-14", "Biden criticised China on Monday.", []string{"USA 111 CHN asserted"}},
		{"2019-06-05", "Pence condemned Iran on Tuesday.", []string{"USAGOV 111 IRN asserted"}},
		{"2022-06-08", "Pence condemned Iran on Tuesday.", []string{"USA 111 IRN asserted"}},
		{"2013-05-07", "Cheney condemned Iran on Monday.", []string{"USA 111 IRN asserted"}},
		// a senator before: the legislature
		{"2008-05-06", "Biden criticised China on Monday.", []string{"USALEG 111 CHN asserted"}},
		// in office as president, and a president out of office: unchanged
		{"2022-03-01", "Biden criticised China on Monday.", []string{"USAGOV 111 CHN asserted"}},
		{"2022-03-01", "Trump criticised China on Monday.", []string{"USA 111 CHN asserted"}},
	})
}
