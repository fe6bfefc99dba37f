package actors_test

import "testing"

// TestOwnersProperty checks match.go ownersProperty on sentences written
// for this test: a nationality adjective right before a noun of private
// property ([private property]: homes, houses, farmland, farms, orchards)
// is that state's civilians, the owners (CVL). Near misses: the noun
// alone, another noun after the property noun, a list of things (homes
// and pens), and a nationality before
// another thing keep their codes.
func TestOwnersProperty(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-05", "Israeli troops demolished three Palestinian homes near Hebron.", "Israeli troops=ISRMIL | Palestinian homes=PSECVL"},
		{"2025-03-05", "Israel seized 200 hectares of Palestinian farmland.", "Israel=ISR | Palestinian farmland=PSECVL"},
		{"2025-03-05", "Syrian soldiers torched Kurdish houses and Lebanese houses.", "Syrian soldiers=SYRMIL | Lebanese houses=LBNCVL"},
		{"2025-03-05", "Settlers uprooted trees in Palestinian orchards near Nablus.", "Settlers=?CVL | Palestinian orchards=PSECVL"},
		{"2025-03-05", "Veterans occupied Zimbabwean farms.", "Zimbabwean farms=ZWECVL"},
		// near misses
		{"2025-03-05", "Militias burned dozens of homes near the border.", "Militias=?UAF"},
		{"2025-03-05", "Israel demolished unlicensed Palestinian homes and livestock pens.", "Israel=ISR | Palestinian=~PSE"},
		{"2025-03-05", "The Palestinian homes minister resigned.", "The Palestinian=~PSE | minister=?GOV"},
		{"2025-03-05", "Russian troops shelled Ukrainian villages.", "Russian troops=RUSMIL | Ukrainian=~UKR"},
	}, showCode)
}
