package actors_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// TestPeopleOfGroupCountry checks the country of "rebels of <group>",
// "fighters of <group>": the group's country (COD for the Allied
// Democratic Forces), never the group's whole code, so that a bare agent
// noun beside it ("15 farmers") takes COD and is coded CODAGR, not the
// stacked CODREBAGR. The near misses keep their codes: the group named
// alone, a country's people, an IGO's leaders (no country).
func TestPeopleOfGroupCountry(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2021-06-02", "Rebels of the Allied Democratic Forces abducted 15 farmers near Beni.", "Rebels of the Allied Democratic Forces=CODREB/COD | farmers=AGR/"},
		{"2021-06-02", "Fighters of the Allied Democratic Forces killed 12 villagers.", "Fighters of the Allied Democratic Forces=CODREB/COD | villagers=CVL/"},
		{"2021-06-02", "Militants of al Shabaab kidnapped two aid workers.", "Militants of al Shabaab=SOMREB/SOM | aid workers=CVL/"},
		{"2021-06-02", "Fighters of Hezbollah attacked farmers near the border.", "Fighters of Hezbollah=LBNREB/LBN | farmers=AGR/"},
		{"2021-06-02", "Gunmen of the M23 seized traders on the road to Goma.", "Gunmen of the M23=CODREB/COD | traders=BUS/"},
		// near misses: the group alone, a country's people, an IGO's leaders
		{"2021-06-02", "The Allied Democratic Forces abducted 15 farmers.", "The Allied Democratic Forces=CODREB/COD | farmers=AGR/"},
		{"2021-06-02", "Soldiers of the Sudanese army abducted farmers.", "Soldiers=MIL/ | the Sudanese army=SDNMIL/SDN | farmers=AGR/"},
		{"2021-06-02", "The leaders of the G7 met farmers.", "The leaders of the G7=IGOWSTGOS/ | farmers=AGR/"},
	}, func(m actors.Mention) string { return m.Text + "=" + m.Code + "/" + m.Country })
}

// TestMentionCountryIsAState checks, over "<people> of <entry>" for every
// organisation of the embedded dictionary, that a mention's country is a
// three-letter state code or empty and that its code begins with it: a
// longer country is a whole actor code, and a sector added to it stacks
// two actors' roles (CODREBAGR).
func TestMentionCountryIsAState(t *testing.T) {
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := actors.NewMatcher(d)
	lx := sentences.NewLexicon()
	for _, e := range d.Entries {
		if e.Kind != actors.KindOrg {
			continue
		}
		for _, head := range []string{"Fighters of the ", "Officials of ", "Leaders of the "} {
			text := head + e.Phrase + " attacked farmers."
			a := &dyad.Article{ID: "t", Published: "2021-06-02", Body: []string{text}}
			for _, s := range sentences.Split(a, lx) {
				for _, mn := range m.Find(&s, "2021-06-02") {
					if mn.Country != "" && (len(mn.Country) != 3 || !strings.HasPrefix(mn.Code, mn.Country)) {
						t.Errorf("%s: %q code %s country %s", text, mn.Text, mn.Code, mn.Country)
					}
				}
			}
		}
	}
}
