package actors_test

import (
	"testing"

	"github.com/dyad-events/dyad/actors"
)

// TestFindFormer checks, on sentences written for this test, that a
// former office holder keeps no role, that a title before a dated person
// names the office when the article has no date, and that a paper's name
// starting "The" gives way to an adjective and role noun after it: every
// mention as text=CODE ("?" a role with no country yet).
func TestFindFormer(t *testing.T) {
	checkMentions(t, []mentionCase{
		// "former" before a title or inside the phrase: the country alone
		{"2024-03-01", "Former U.S. President Jimmy Carter praised the deal.", "U.S. President Jimmy Carter=USA"},
		{"2024-03-01", "Britain's former spy chief Richard Dearlove warned of the risk.", "Britain's former spy chief Richard Dearlove=GBR"},
		{"2024-03-01", "Britain's spy chief Richard Moore warned of the risk.", "Britain's spy chief Richard Moore=GBRSPY"},
		// "former" before a region's or city's name and the title: out of
		// office too; without "former" the title keeps its role
		{"1994-02-19", "Rebels freed former Chiapas governor Absalon Castellanos.", "Rebels=?REB | governor Absalon Castellanos=?"},
		{"1994-02-19", "Rebels freed Chiapas governor Absalon Castellanos.", "Rebels=?REB | governor Absalon Castellanos=?GOV"},
		{"1994-02-19", "Rebels freed former governor Absalon Castellanos.", "Rebels=?REB | governor=?"},
		{"2024-03-01", "Police arrested a former Sindh chief minister.", "Police=?COP | chief minister=?"},
		// a title before a dated person in an undated article: the office
		// named; on a date outside the entry, the country alone
		{"", "Foreign Secretary Jack Straw met his Iranian counterpart.", "Foreign Secretary Jack Straw=GBRGOV | Iranian counterpart=IRNGOV"},
		{"2024-03-01", "Foreign Secretary Jack Straw met his Iranian counterpart.", "Foreign Secretary Jack Straw=GBR | Iranian counterpart=IRNGOV"},
		{"", "A former Foreign Secretary, Jack Straw, spoke.", "Foreign Secretary=? | Jack Straw=GBR"},
		// a nationality before the title: "Pakistan's President Pervez Musharraf"
		{"", "Pakistan's President Pervez Musharraf met him.", "Pakistan's President Pervez Musharraf=PAKGOV"},
		{"", "Pakistan's former President Pervez Musharraf met him.", "Pakistan's former President Pervez Musharraf=PAK"},
		// "The Australian" is a paper; before a role noun, the country's
		{"2024-03-01", "The Australian Government protested to Beijing.", "The Australian Government=AUSGOV | Beijing=CHN"},
		{"2024-03-01", "The Australian reported the protest.", "The Australian=AUSMED"},
		// "America" after "Latin", "South" … is a region, and its leaders
		// no state's
		{"2024-03-01", "Spain pledged aid to Latin America.", "Spain=ESP"},
		{"2024-03-01", "Latin American leaders met in Brasilia.", "Brasilia=BRA"},
		// the singular of a role noun listed in the plural
		{"2025-06-21", "An opposition figure was freed in Minsk.", "opposition figure=?OPP | Minsk=BLR"},
		{"2025-06-21", "Police detained an opposition politician in Minsk.", "Police=?COP | opposition politician=?OPP | Minsk=BLR"},
		{"2024-03-01", "Americans voted for Congress.", "Americans=USACVL | Congress=?LEG"},
	}, func(mn actors.Mention) string {
		code := mn.Code
		if mn.Unresolved {
			code = "?" + code
		}
		return mn.Text + "=" + code
	})
}
