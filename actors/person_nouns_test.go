package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestPersonNounsList checks, on sentences written for this test, the
// [person nouns] of data/words/words.txt: a nationality before one names
// that state's civilians (a cartoonist, a hiker, a returnee, a
// translator); a nationality before a thing stays a modifier ("a Russian
// bomber"), and a trader and a driver are still left out: every mention
// as text=CODE.
func TestPersonNounsList(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2021-03-02", "A Minsk court jailed a Lithuanian cartoonist.", "Minsk court=BLRJUD | Lithuanian cartoonist=LTUCVL"},
		{"2021-03-02", "Rebels kidnapped a German hiker.", "Rebels=?REB | German hiker=DEUCVL"},
		{"2021-03-02", "Police arrested a Tajik returnee.", "Police=?COP | Tajik returnee=TJKCVL"},
		{"2021-03-02", "Gunmen shot an Iraqi translator.", "Gunmen=?UAF | Iraqi translator=IRQCVL"},
		// near misses: a thing, a trader
		{"2021-03-02", "A Russian bomber crashed.", "Russian=RUS"},
		{"2021-03-02", "Police arrested a Chinese trader.", "Police=?COP | Chinese=CHN"},
		{"2021-03-02", "Police arrested a Chinese driver.", "Police=?COP | Chinese=CHN"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
