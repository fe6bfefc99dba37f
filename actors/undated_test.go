package actors_test

import "testing"

// TestUndatedRoles checks, on sentences written for this test, the role a
// group takes in an article with no publication date: the role the
// dictionary holds today (match.go pick, current), not the first line of
// its entity. "Lib Dems" lists its 2010–2015 years in government (PTY)
// first, and an undated BBC politics story gave the party PTY; today, as
// in 2005, it is in opposition. A dated story keeps the role of its day.
// Every mention as text=CODE.
func TestUndatedRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"", "The Lib Dems said it.", "The Lib Dems=GBROPP"},
		{"", "The Liberal Democrats warned ministers.", "The Liberal Democrats=GBROPP | ministers=?GOV"},
		{"", "The Tories said it.", "The Tories=GBROPP"},
		{"", "The Labour Party said it.", "The Labour Party=GBRPTY"},
		{"", "The SNP said it.", "The SNP=GBRPTY"},
		{"2012-01-15", "The Lib Dems said it.", "The Lib Dems=GBRPTY"},
		{"2005-01-15", "The Lib Dems said it.", "The Lib Dems=GBROPP"},
		{"2012-01-15", "The Tories said it.", "The Tories=GBRPTY"},
	}, showCode)
}
