package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestAgents46 checks, on sentences written for this test, the agent
// nouns act46 added to agents.txt (an economist, a filmmaker, a sprinter
// CVL; spy planes MIL, not SPY), and "former" after a list's comma or
// "and" taking the office away ("an economist, former British ambassador
// X" GBR), while "current and former officials" keep theirs: every
// mention as text=CODE.
func TestAgents46(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2022-11-17", "The junta freed Australian economist Sean Turnell, former British ambassador Vicky Bowman and Japanese filmmaker Toru Kubota.", "The junta=?GOV | Australian economist Sean Turnell=AUSCVL | British ambassador Vicky Bowman=GBR | Japanese filmmaker Toru Kubota=JPNCVL"},
		{"2022-11-17", "Police freed a Spanish economist and former Italian minister.", "Police=?COP | Spanish economist=ESPCVL | Italian minister=ITA"},
		{"2021-08-02", "Poland sheltered a Belarusian sprinter.", "Poland=POL | Belarusian sprinter=BLRCVL"},
		{"2023-07-10", "Pyongyang threatened to shoot down U.S. spy planes.", "Pyongyang=PRK | U.S. spy planes=USAMIL"},
		{"2023-07-10", "Current and former US officials said so.", "US officials=USAGOV"},
		{"2023-07-10", "Economists polled by Reuters expect a cut.", "Reuters=GBRMED"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
