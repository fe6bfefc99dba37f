package actors_test

import "testing"

// TestSources47 checks, on sentences written for this test, the doers
// src47 added: the African Commission on Human and Peoples' Rights (the
// AU's), the Commonwealth (IGOCWN; the Commonwealth Bank is a bank),
// Bahrain's Wefaq (OPP), Burundi's National Liberation Forces (REB until
// they became a party in 2009), a state's development fund (GOV), a Hutu
// or Tutsi community between a state and its role noun, a party the text
// calls the opposition (OPP, not PTY), and a state's drone or torpedo as
// its military, but not the drone of "a drone strike" with no state, nor
// a drone before a noun ("a Chinese drone maker"); a ruling party's
// supporters (CVL) and militia (UAF); and whom someone is "disguised as",
// a modifier (~), no actor: every mention as text=CODE.
func TestSources47(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2021-02-16", "The African Commission on Human and Peoples' Rights opened an inquiry.", "The African Commission on Human and Peoples' Rights=IGOAFRAFU"},
		{"2007-11-12", "The Commonwealth suspended Pakistan.", "The Commonwealth=IGOCWN | Pakistan=PAK"},
		{"2007-11-12", "The Commonwealth Bank of Australia raised rates.", "The Commonwealth Bank of Australia=AUSBUS"},
		{"2007-11-12", "The Commonwealth of Independent States met.", "The Commonwealth of Independent States=IGOEEUCIS"},
		{"2014-11-22", "Bahrain's opposition Wefaq society boycotted the vote.", "Bahrain's opposition Wefaq=BHROPP"},
		{"2014-11-22", "Al-Wefaq said it would boycott the vote.", "Al-Wefaq=BHROPP"},
		{"2004-08-14", "Burundi's Hutu rebel National Liberation Forces claimed the massacre of Congolese Tutsi refugees.", "Burundi's Hutu rebel National Liberation Forces=BDIREB | Congolese Tutsi refugees=CODREF"},
		{"2010-06-28", "The National Liberation Forces boycotted the vote.", "The National Liberation Forces=BDIPTY"},
		{"2014-06-02", "Saudi Arabia's development fund gave Mauritania a loan.", "Saudi Arabia's development fund=SAUGOV | Mauritania=MRT"},
		{"2006-12-17", "Bangladesh's opposition Awami League called a strike.", "Bangladesh's opposition Awami League=BGDOPP"},
		{"2006-12-17", "The Awami League called a strike.", "The Awami League=BGDPTY"},
		{"2010-05-20", "A U.S. drone fired two missiles at a house.", "U.S. drone=USAMIL | missiles=?MIL"},
		{"2010-05-20", "Investigators said a North Korean torpedo had sunk the warship.", "North Korean torpedo=PRKMIL | the warship=?MIL"},
		{"2010-05-20", "Washington lifted sanctions on a Chinese drone maker.", "Washington=USA | Chinese drone maker=CHNBUS"},
		{"2010-05-20", "The drone crashed in a field.", ""},
		{"2010-05-20", "Iran unveiled a new drone.", "Iran=IRN"},
		{"2008-06-23", "Zimbabwe's ruling party supporters torched homes.", "Zimbabwe's ruling party supporters=ZWECVL"},
		{"2008-06-23", "Zimbabwe's ruling party militia abducted four activists.", "Zimbabwe's ruling party militia=ZWEUAF | activists=?CVL"},
		{"2008-06-23", "Zimbabwe's ruling party won the vote.", "Zimbabwe's ruling party=ZWEGOV"},
		{"2011-09-20", "A suicide bomber disguised as a Taliban envoy killed him.", "suicide bomber=?UAF | Taliban envoy=~AFGREB"},
		{"2011-09-20", "Rebels dressed as soldiers kidnapped 12 lawmakers.", "Rebels=?REB | lawmakers=?LEG"},
		{"2011-09-20", "The Taliban envoy arrived as a guest.", "The Taliban envoy=AFGREB"},
	}, showCode)
}
