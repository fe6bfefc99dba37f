package gazetteer

import "testing"

// TestCountryNamed: a country's name given where an actor code is wanted
// is told apart from a code (any case) and from names of no country, and
// answered with the gazetteer's name and the country's code.
func TestCountryNamed(t *testing.T) {
	g := load(t)
	for _, c := range []struct{ in, name, code string }{
		{"Syria", "Syria", "SYR"},
		{"syria", "Syria", "SYR"},
		{"South Korea", "South Korea", "KOR"},
		{"north korea", "North Korea", "PRK"},
		{"SYR", "", ""},
		{"syr", "", ""},
		{"usa", "", ""},
		{"SOUTH KOREA", "South Korea", "KOR"}, // a space: no code has one
		{"CUBA", "", ""},                      // upper case: a code prefix as typed
		{"Paris", "", ""},                     // a city
		{"Zorbland", "", ""},                  // no place
		{"Korea Sud", "", ""},                 // no such name
		{"", "", ""},
	} {
		name, code, ok := g.CountryNamed(c.in)
		if name != c.name || code != c.code || ok != (c.code != "") {
			t.Errorf("%q: %q %q %v; want %q %q", c.in, name, code, ok, c.name, c.code)
		}
	}
}

// TestNamedCountryAmbiguous: "Congo" (any case but all capitals, which
// is a code prefix as typed) names two countries: the hint gives both
// codes, where it gave DR Congo's alone; "Korea" too. A name of one
// country keeps its one code.
func TestNamedCountryAmbiguous(t *testing.T) {
	g := load(t)
	const congo = `"Congo" is ambiguous: COD (Democratic Republic of the Congo) or COG (Republic of the Congo)`
	for _, c := range []struct{ name, v, want string }{
		{"--actor", "Congo", `--actor "Congo": --actor takes CAMEO actor code prefixes (PRK, USAGOV): ` + congo},
		{"actor", "congo", `actor "congo": actor takes CAMEO actor code prefixes (PRK, USAGOV): "congo" is ambiguous: COD (Democratic Republic of the Congo) or COG (Republic of the Congo)`},
		{"country", "Congo", `country "Congo": want an ISO 3166 alpha-3 code (SYR, USA): ` + congo},
		{"--dyad", "Congo,RWA", `--dyad "Congo,RWA": --dyad takes CAMEO actor code prefixes (PRK,KOR or ,USAGOV): ` + congo},
		{"--actor", "Korea", `--actor "Korea": --actor takes CAMEO actor code prefixes (PRK, USAGOV): "Korea" is ambiguous: KOR (South Korea) or PRK (North Korea)`},
		{"--actor", "Republic of the Congo", `--actor "Republic of the Congo": --actor takes CAMEO actor code prefixes (PRK, USAGOV): Republic of the Congo is COG`},
		{"--actor", "CONGO", ""},
		{"--actor", "COD", ""},
	} {
		err := g.NamedCountryError(c.name, c.v)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s %q:\n%s\nwant\n%s", c.name, c.v, got, c.want)
		}
	}
}
