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

// TestShadowTitles: "shadow" and a cabinet title before a person name a
// Westminster-system opposition post, the country's OPP in an undated
// article and on any date, whatever the dictionary holds of the person
// then (match.go shadowIn); the title without "shadow" in an undated
// article names the office (GOV).
func TestShadowTitles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"", "Shadow home secretary David Davis welcomed it.", "home secretary David Davis=GBROPP"},
		{"", "Shadow Chancellor George Osborne said it.", "Chancellor George Osborne=GBROPP"},
		{"", "Labour's shadow foreign secretary David Lammy said it.", "foreign secretary David Lammy=GBROPP"},
		{"2024-07-13", "Shadow home secretary David Davis welcomed it.", "home secretary David Davis=GBROPP"},
		{"2007-05-01", "Shadow home secretary David Davis welcomed it.", "home secretary David Davis=GBROPP"},
		{"", "Home Secretary David Davis welcomed it.", "Home Secretary David Davis=GBRGOV"},
	}, showCode)
}
