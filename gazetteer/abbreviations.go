package gazetteer

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
)

//go:embed data/abbreviations.txt
var abbreviationsTxt string

// addAbbreviations reads lines "abbreviation | region" (data/abbreviations.txt)
// into g.abbrevs: the key of each abbreviation ("Colo." → "colo") to the
// region of that name in g. A region g does not know is an error naming
// the input and line.
func (g *Gazetteer) addAbbreviations(data, name string) error {
	g.abbrevs = map[string]int32{}
	return eachLine(data, name, func(text string) error {
		abbr, region, ok := strings.Cut(text, "|")
		abbr, region = strings.TrimSpace(abbr), strings.TrimSpace(region)
		if !ok || abbr == "" || region == "" || !strings.Contains(abbr, ".") {
			return fmt.Errorf("want \"abbreviation. | region\", got %q", text)
		}
		var buf [64]byte
		for _, id := range g.ids(AppendKey(buf[:0], region)) {
			if g.places[id].Kind == KindRegion {
				k := Key(abbr)
				if _, dup := g.abbrevs[k]; dup {
					return fmt.Errorf("%s: listed twice", abbr)
				}
				g.abbrevs[k] = id
				return nil
			}
		}
		return fmt.Errorf("%s: no region called %q", abbr, region)
	})
}

// Abbreviation returns the state or province an abbreviation written
// with its full stops names ("Colo." → Colorado, "N.Y." → New York
// State, "B.C." → British Columbia), as news writes one after a town's
// name; false for anything else, and for the letters without a full stop
// ("Miss", "Wash" are words). Only Default's gazetteer knows the
// abbreviations (data/abbreviations.txt).
func (g *Gazetteer) Abbreviation(s string) (Place, bool) {
	if !strings.Contains(s, ".") {
		return Place{}, false
	}
	var buf [64]byte
	id, ok := g.abbrevs[string(AppendKey(buf[:0], s))]
	if !ok {
		return Place{}, false
	}
	return g.places[id], true
}

// Qualifiers returns the countries and first-level regions s names, as
// the qualifier after a town's name ("Paris, Texas"; "Tbilisi,
// Georgia": the country, then the U.S. state; "Athens, Ga.": the state
// its abbreviation names), preferred first; nil when s names none.
func (g *Gazetteer) Qualifiers(s string) []Place {
	if p, ok := g.Abbreviation(s); ok {
		return []Place{p}
	}
	var out []Place
	for _, p := range g.All(s) {
		if p.Kind == KindCountry || p.Kind == KindRegion {
			out = append(out, p)
		}
	}
	return out
}

// Within returns the place called name inside q, a country or region
// (one of Qualifiers): a capital, region or city of that name in q's
// country, not q itself; in a region, one the data places in that region
// (Place.Region: "Newark, Del." is not New Jersey's Newark, "Athens,
// Ohio" not Georgia's), the one nearest the region's centre if several
// ("Westminster" in Colorado, not California). A region whose code the
// data lacks (England, Scotland) takes the namesake in its country
// nearest its centre. false when there is none: the gazetteer lacks most
// towns under 50,000 ("Paris, Texas"; "Newark, Del."), and the caller
// places the story at q.
func (g *Gazetteer) Within(name string, q Place) (Place, bool) {
	var best Place
	found, bestD := false, 0.0
	for _, p := range g.All(name) {
		if p.Country != q.Country || p.Kind == KindCountry || p == q {
			continue
		}
		if q.Kind != KindRegion {
			return p, true // preferred first (a capital, then the most populous)
		}
		if q.Region != "" && p.Region != q.Region {
			continue // elsewhere in the country, or not known to be in q
		}
		if d := distance2(p, q); !found || d < bestD {
			best, bestD, found = p, d, true
		}
	}
	return best, found
}

// Km is the distance in kilometres between two places, near enough for
// places a few hundred kilometres apart (an equirectangular projection).
func Km(a, b Place) float64 {
	return 111.2 * math.Sqrt(distance2(a, b))
}

// distance2 is a measure of the distance between two places, for
// comparisons: squared degrees, longitude scaled by the cosine of the
// mean latitude.
func distance2(a, b Place) float64 {
	dlat := a.Lat - b.Lat
	dlon := (a.Lon - b.Lon) * math.Cos((a.Lat+b.Lat)/2*math.Pi/180)
	return dlat*dlat + dlon*dlon
}
