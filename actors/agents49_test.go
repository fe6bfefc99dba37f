package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestAgents49 checks, on sentences written for this test, the phrases
// act49 added: a dissident named by a trade of no sector (writer, rapper,
// artist) is the opposition (OPP) while a dissident journalist stays
// media; Hambali is Jemaah Islamiyah's (IDNREB); Andry Rajoelina led
// the opposition in early 2009 (MDGOPP) before he took power (MDGGOV);
// Nasry Asfura is Honduras's president from 2026-01-27, Alexandru
// Munteanu Moldova's prime minister, Carlos Presti Argentina's defence
// minister (2026): every mention as text=CODE (a bare agent as ?SECTOR: its state comes from the sentence
// in the events package).
func TestAgents49(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2010-10-08", "Chinese police detained dissident writer Liu Xiaobo.", "Chinese police=CHNCOP | dissident writer=?OPP"},
		{"2021-03-01", "Cuban police arrested a dissident rapper.", "Cuban police=CUBCOP | dissident rapper=?OPP"},
		{"2021-03-01", "Belarus jailed a dissident journalist.", "Belarus=BLR | dissident journalist=?MED"},
		{"2003-08-14", "Thai police handed Hambali to the United States.", "Thai police=THACOP | Hambali=IDNREB | the United States=USA"},
		{"2009-02-01", "Andry Rajoelina called a general strike.", "Andry Rajoelina=MDGOPP"},
		{"2009-04-01", "Andry Rajoelina dissolved parliament.", "Andry Rajoelina=MDGGOV | parliament=?LEG"},
		{"2025-12-01", "Nasry Asfura thanked Donald Trump.", "Nasry Asfura=HNDOPP | Donald Trump=USAGOV"},
		{"2026-03-02", "Nasry Asfura thanked Donald Trump.", "Nasry Asfura=HNDGOV | Donald Trump=USAGOV"},
		{"2026-03-02", "Alexandru Munteanu met Carlos Presti.", "Alexandru Munteanu=MDAGOV | Carlos Presti=ARGGOV"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
