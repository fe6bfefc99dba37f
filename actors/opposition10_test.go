package actors_test

import "testing"

// TestOpposition10 checks, on sentences written for this test, the
// opposition of its day: British and Australian parties are OPP while
// out of government and PTY in it (institutions.txt), front-bench
// figures are OPP in their years in opposition and GOV in a later
// ministry (people.txt), "shadow" before a government office makes it
// the opposition's (match.go shadowIn), and a namesake party is no
// other state's ("Israeli Labor Party"). Every mention as text=CODE.
func TestOpposition10(t *testing.T) {
	checkMentions(t, []mentionCase{
		// parties in and out of government
		{"2005-01-15", "The Tories said it.", "The Tories=GBROPP"},
		{"2012-01-15", "The Tories said it.", "The Tories=GBRPTY"},
		{"2025-01-15", "The Conservatives said it.", "The Conservatives=GBROPP"},
		{"2005-01-15", "The Liberal Democrats said it.", "The Liberal Democrats=GBROPP"},
		{"2012-01-15", "The Lib Dems said it.", "The Lib Dems=GBRPTY"},
		{"2005-01-15", "The SNP said it.", "The SNP=GBROPP"},
		{"2010-01-15", "The SNP said it.", "The SNP=GBRPTY"},
		{"2005-01-15", "The Labour Party said it.", "The Labour Party=GBRPTY"},
		{"2015-01-15", "The Labour Party said it.", "The Labour Party=GBROPP"},
		{"2002-01-15", "Labor said it.", "Labor=AUSOPP"},
		{"2010-01-15", "Labor said it.", "Labor=AUSPTY"},
		{"2017-01-15", "The Israeli Labor Party said it.", "The Israeli Labor Party=ISRPTY"},
		{"2002-01-15", "Child labor is banned.", ""},
		// people: opposition, then government, then the country alone
		{"2005-01-15", "Michael Howard said it.", "Michael Howard=GBROPP"},
		{"1995-01-15", "Michael Howard said it.", "Michael Howard=GBRGOV"},
		{"2008-01-15", "Michael Howard said it.", "Michael Howard=GBR"},
		{"2005-01-15", "Tory leader Michael Howard said it.", "Tory leader Michael Howard=GBROPP"},
		{"2005-01-15", "Liam Fox said it.", "Liam Fox=GBROPP"},
		{"2011-01-15", "Liam Fox said it.", "Liam Fox=GBRGOV"},
		{"2005-01-15", "Liberal Democrat leader Charles Kennedy said it.", "leader Charles Kennedy=GBROPP"},
		{"2017-01-15", "David Davis said it.", "David Davis=GBRGOV"},
		{"2002-01-15", "Kevin Rudd said it.", "Kevin Rudd=AUSOPP"},
		{"2009-01-15", "Kevin Rudd said it.", "Kevin Rudd=AUSGOV"},
		{"2018-01-15", "Nasr al-Hariri said it.", "Nasr al-Hariri=SYROPP"},
		{"2018-01-15", "Abdel Fatah al-Sisi said it.", "Abdel Fatah al-Sisi=EGYGOV"},
		// shadow offices
		{"2005-01-15", "The shadow home secretary said it.", "home secretary=?OPP"},
		{"2005-01-15", "A shadow minister said it.", "minister=?OPP"},
		{"2005-01-15", "The home secretary said it.", "The home secretary=?GOV"},
		{"2005-01-15", "Ministers in the shadow of the crisis said it.", "Ministers=?GOV"},
	}, showCode)
}

// TestSyrianKurds checks, on sentences written for this test, Kurdish
// forces, militias and fighters since 2012: Syria's YPG and SDF, SYRREB
// (match.go syrianKurds); before, beside a place or force of Iraq, after
// another state's adjective or as "militants" (the PKK's word) the
// general rule stands.
func TestSyrianKurds(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-01-21", "Kurdish militias shelled a border town.", "militias=SYRREB"},
		{"2018-01-21", "Kurdish forces attacked Isis.", "forces=SYRREB | Isis=IMGMOSISL"},
		{"2018-01-21", "Kurdish-led forces captured the town.", "forces=SYRREB"},
		{"2018-01-21", "Kurdish fighters attacked the town.", "fighters=SYRREB"},
		{"2016-10-21", "Kurdish forces advanced on Mosul.", "forces=?MIL"},
		{"2005-01-21", "Kurdish forces advanced.", "forces=?MIL"},
		{"2018-01-21", "Turkish Kurdish militias attacked.", "Turkish=~TUR | militias=?UAF"},
		{"2018-01-21", "Kurdish militants attacked.", "militants=?REB"},
	}, showCode)
}
