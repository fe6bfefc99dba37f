package events_test

import "testing"

// TestRoles57 codes sentences written for this test whose actors are
// right in country only when their role comes from the title or noun
// before a name: a ruler named after his title acts ("Fiji's military
// ruler Sitiveni Tamana banned all rallies": FJIGOV, where the name
// left the verb with no source); a state's chief sanitary doctor named
// after his title is its government ("Russia's chief sanitary doctor
// Pavel Sorokin banned imports": RUSGOV, was no source).
func TestRoles57(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2001-05-14", "Fiji's military ruler Sitiveni Tamana banned all rallies on Monday.", []string{"FJIGOV 1721 FJICVL asserted"}},
		{"2013-09-09", "Russia's chief sanitary doctor Pavel Sorokin banned imports of Moldovan wine on Monday.", []string{"RUSGOV 163 MDA asserted"}},
	})
}
