package actors_test

import "testing"

// TestHolderNested checks the lone-surname lookup for namesakes of
// different states: one whose term lies within the other's ongoing one
// (Ludovic Orban, Francisco Guterres) leaves the surname to the other,
// on any date; terms that do not nest (Tony and Bill Blair) share it.
func TestHolderNested(t *testing.T) {
	checkHolders(t, []holderCase{
		{"orban", "2024-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"orban", "2020-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"guterres", "2019-06-01", "IGOUNO  [] António Guterres"},
		{"guterres", "2024-06-01", "IGOUNO  [] António Guterres"},
		{"blair", "2019-06-01", ""},
		// Bill Blair's roles begin in 2018: in 2004 "Blair" is Tony's (people8.go, inView)
		{"blair", "2004-06-01", "GBRGOV GBR [GOV] Tony Blair"},
	})
}
