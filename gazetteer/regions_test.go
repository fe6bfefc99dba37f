package gazetteer

import (
	"fmt"
	"testing"
)

// TestRegions checks the first-level regions generated from iso-3166 and
// @countrystatecity/countries: a region answers to its short name when that
// is safe ("Zamfara"), to its full name and "X region"/"X province" when it
// is not ("Kano State", "Kharkiv region"), and never takes a country's, a
// capital's, a city's or another country's region's name, nor a generic
// name of compass or common words.
func TestRegions(t *testing.T) {
	g := load(t)
	zamfara := Place{"Zamfara", "NGA", "region", 12.01, 6.42, 0, "NG-ZA"}
	kanoState := Place{"Kano State", "NGA", "region", 11.89, 8.54, 0, "NG-KN"}
	kharkivOblast := Place{"Kharkiv Oblast", "UKR", "region", 49.6, 36.5, 0, "UA-63"}
	idlibProvince := Place{"Idlib Province", "SYR", "region", 35.86, 36.57, 0, "SY-ID"}
	tests := []struct {
		in   string
		want Place
	}{
		// short names, and the full name as news writes it
		{"Zamfara", zamfara},
		{"Zamfara State", zamfara},
		{"zamfara state", zamfara},
		{"Tigray", Place{"Tigray", "ETH", "region", 13.88, 39.13, 0, "ET-TI"}},
		{"Helmand", Place{"Helmand", "AFG", "region", 31, 64, 0, "AF-HEL"}},
		{"Chechnya", Place{"Chechnya", "RUS", "region", 43.4, 45.7, 0, "RU-CE"}},
		{"North Kivu", Place{"North Kivu", "COD", "region", -0.56, 28.71, 0, "CD-NK"}},
		{"Nord-Kivu", Place{"North Kivu", "COD", "region", -0.56, 28.71, 0, "CD-NK"}},
		// a region named like its capital city: the city keeps the short name
		{"Kano", Place{"Kano", "NGA", "city", 12.00012, 8.51672, 3626068, "NG-KN"}},
		{"Kano State", kanoState},
		{"Kano state", kanoState},
		{"Kano region", kanoState},
		{"Kharkiv", Place{"Kharkiv", "UKR", "city", 49.98081, 36.25272, 1430885, "UA-63"}},
		{"Kharkiv region", kharkivOblast},
		{"Kharkiv Oblast", kharkivOblast},
		{"Kharkiv province", kharkivOblast},
		{"Donetsk region", Place{"Donetsk Oblast", "UKR", "region", 48, 37.8, 0, "UA-14"}},
		{"Idlib", Place{"Idlib", "SYR", "city", 35.93062, 36.63393, 128840, "SY-ID"}},
		{"Idlib province", idlibProvince},
		{"Idlib governorate", idlibProvince},
		{"Kursk region", Place{"Kursk Oblast", "RUS", "region", 51.73, 36.19, 0, "RU-KRS"}},
		// a region named like a country: the country keeps the name
		{"Georgia", Place{"Georgia", "GEO", "country", 42, 43.5, 0, ""}},
		{"Georgia State", Place{"Georgia State", "USA", "region", 32.7, -83.4, 0, "US-GA"}},
		{"Niger", Place{"Niger", "NER", "country", 16, 8, 0, ""}},
		{"Niger State", Place{"Niger State", "NGA", "region", 9.93, 5.65, 0, "NG-NI"}},
		{"Luxembourg", Place{"Luxembourg", "LUX", "country", 49.75, 6.16666666, 0, ""}},
		{"Mexico", Place{"Mexico", "MEX", "country", 23, -102, 0, ""}},
		{"State of Mexico", Place{"State of Mexico", "MEX", "region", 19.48, -99.69, 0, "MX-MEX"}},
		// … or like a capital
		{"Washington", Place{"Washington", "USA", "capital", 38.89511, -77.03637, 601723, "US-DC"}},
		// a name two countries' regions share: each keeps only its full name
		{"Punjab province", Place{"Punjab Province", "PAK", "region", 31, 72, 0, "PK-PB"}},
		{"Punjab state", Place{"Punjab State", "IND", "region", 30.93, 75.5, 0, "IN-PB"}},
		{"Kurdistan Region", Place{"Kurdistan Region", "IRQ", "region", 36.18, 44, 0, "IQ-KR"}},
		{"Kurdistan Province", Place{"Kurdistan Province", "IRN", "region", 35.67, 47.01, 0, "IR-12"}},
		// common words, abbreviations and actor names: only the full name
		{"Unity State", Place{"Unity State", "SSD", "region", 8.46, 29.96, 0, "SS-UY"}},
		{"Rivers State", Place{"Rivers State", "NGA", "region", 4.84, 6.86, 0, "NG-RI"}},
		{"Mon State", Place{"Mon State", "MMR", "region", 17.08, 97.33, 0, "MM-15"}},
		{"Somali Region", Place{"Somali Region", "ETH", "region", 7.26, 43.54, 0, "ET-SO"}},
		{"Imo State", Place{"Imo State", "NGA", "region", 5.59, 7.07, 0, "NG-IM"}},
		// a smaller city abroad keeps its name too
		{"Acre", Place{"Acre", "ISR", "city", 32.92814, 35.07647, 45603, ""}},
	}
	for _, tt := range tests {
		got, ok := g.Lookup(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{
		"Punjab", "Limburg", "Kurdistan", // regions of two countries
		"Distrito Federal",                                   // Brazil's, and Mexico City's former name
		"Central", "Northern", "Eastern", "Western", "North", // compass words
		"Northern District", "Southern District", "Central Province", "Northern Region", // compass names
		"Unity", "Rivers", "Lakes", "Plateau", "Delta", "Bay", // common words
		"Mon",                                // Monday in a dateline
		"Somali", "Imo", "Chechen", "Jewish", // actor phrases and adjectives
		"Sahel",                                                        // spans a dozen states
		"Mary", "Zealand", "Piedmont", "Ulster", "Midlands", "Bel Air", // a name, New Zealand, an airline, Northern Ireland, England, Los Angeles
		"Capital Region",
		"Kharkivska", // the package's Ukrainian adjective form
	} {
		if p, ok := g.Lookup(in); ok {
			t.Errorf("Lookup(%q) = %+v, want nothing", in, p)
		}
	}
}

// TestRegionCounts checks that every region lies in a known country and
// that the generator kept about 2,800 of them (the US: 50 states and the District of Columbia).
func TestRegionCounts(t *testing.T) {
	g := load(t)
	n := 0
	byCountry := map[string]int{}
	for _, p := range g.places {
		if p.Kind != KindRegion {
			continue
		}
		n++
		byCountry[p.Country]++
		if p.Population != 0 {
			t.Errorf("%s: population %d, want 0 for a region", p.Name, p.Population)
		}
	}
	if n != 2842 { // 2,778, the 21 breakaway and conflict regions of session 55, the 8 second-level units of session 58, the 34 English counties of session 59, the Nile Delta of session 65
		t.Errorf("%d regions, want 2842", n)
	}
	for _, tt := range []struct {
		code string
		want int
	}{
		{"NGA", 37}, {"UKR", 26}, {"SYR", 16}, {"IRQ", 19}, {"USA", 51}, {"IND", 37}, {"GBR", 38}, // SYR Rojava, IND Kashmir, GBR its four nations and 34 English counties
	} {
		if byCountry[tt.code] != tt.want {
			t.Errorf("%s: %d regions, want %d", tt.code, byCountry[tt.code], tt.want)
		}
	}
}

func ExampleGazetteer_Lookup_region() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"Zamfara state", "Kharkiv region", "Kharkiv"} {
		p, _ := g.Lookup(name)
		fmt.Printf("%s → %s, %s (%s) %.2f %.2f\n", name, p.Name, p.Country, p.Kind, p.Lat, p.Lon)
	}
	// Output:
	// Zamfara state → Zamfara, NGA (region) 12.01 6.42
	// Kharkiv region → Kharkiv Oblast, UKR (region) 49.60 36.50
	// Kharkiv → Kharkiv, UKR (city) 49.98 36.25
}
