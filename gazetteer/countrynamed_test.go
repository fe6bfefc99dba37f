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
