package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// mentionsCase is a sentence, its date and the actor mentions the coder
// keeps for it, as text=CODE joined by " | " ("~" before a modifier's
// code, places left out).
type mentionsCase struct {
	date, text, want string
}

func checkCoderMentions(t *testing.T, c *events.Coder, cases []mentionsCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		var got []string
		for _, sa := range c.Actors(a) {
			for _, m := range sa.Mentions {
				if m.Place {
					continue
				}
				code := m.Code
				if m.Modifier {
					code = "~" + code
				}
				got = append(got, m.Text+"="+code)
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s (%s)\n got  %s\n want %s", tt.text, tt.date, g, tt.want)
		}
	}
}

// TestUnitCompoundOwner checks, on sentences written for this test, a
// role noun phrase before a noun compound: the owner of a compound that
// names a unit, craft or site ("a Philippine navy supply boat") is an
// actor, the target of the act on it; before any other compound ("supply
// lines", "budget cuts") the phrase stays a modifier.
func TestUnitCompoundOwner(t *testing.T) {
	c := newCoder(t)
	checkCoderMentions(t, c, []mentionsCase{
		{"2023-11-18", "Chinese coast guard ships blocked a Philippine navy supply boat near Second Thomas Shoal.",
			"Chinese coast guard=CHNMIL | Philippine navy=PHLMIL"},
		{"2024-07-13", "Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			"Ukrainian drones=UKRMIL | Russian army=RUSMIL"},
		{"2024-07-13", "Indian police detained the crew of a Pakistani navy patrol boat on Friday.",
			"Indian police=INDCOP | Pakistani navy=PAKMIL"},
		{"2024-07-13", "Ukrainian forces shot down a Russian air force transport plane on Monday.",
			"Ukrainian forces=UKRMIL | Russian air force=RUSMIL"},
		{"2024-07-13", "Ukraine targeted Russian army supply lines on Monday.",
			"Ukraine=UKR | Russian army=~RUSMIL"},
		{"2024-07-13", "The French army budget cuts angered generals on Monday.",
			"The French army=~FRAMIL | generals=FRAMIL"},
	})
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			[]string{"UKRMIL 1952 RUSMIL asserted"}},
		{"Iranian forces seized a British navy supply vessel in the Gulf on Monday.",
			[]string{"IRNMIL 171 GBRMIL asserted"}},
	})
}

// TestOrgOrganEvents checks, on sentences written for this test, the
// events of an organisation's organ named after its possessive.
func TestOrgOrganEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-06-06", []coverageCase{
		{"The International Atomic Energy Agency's board of governors censured Iran on Wednesday.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"The IMF's executive board approved a loan to Egypt on Monday.",
			[]string{"IGOUNOIMF 071 EGY asserted"}},
		{"The World Health Organization's executive board criticised Russia on Monday.",
			[]string{"IGOUNOWHO 111 RUS asserted"}},
	})
}

// TestNationSpeaksEvents checks, on sentences written for this test, the
// events of "the Israelis", "the Americans" taking a state's stance.
func TestNationSpeaksEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2004-07-13", []coverageCase{
		{"The Americans have refused to hand over the files.",
			[]string{"USA 121 - asserted"}},
		{"The Iranians rejected the proposal on Monday.",
			[]string{"IRN 127 - asserted"}},
		{"Thousands of Israelis protested in Tel Aviv on Monday.",
			[]string{"ISRCVL 141 - asserted"}},
	})
}
