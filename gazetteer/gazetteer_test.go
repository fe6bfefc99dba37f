package gazetteer

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		in   string
		want Place
	}{
		{"Seoul", Place{"Seoul", "KOR", "capital", 37.566, 126.9784, 10349312, ""}},
		{"SEOUL", Place{"Seoul", "KOR", "capital", 37.566, 126.9784, 10349312, ""}},
		{"Gaza", Place{"Gaza", "PSE", "city", 31.50161, 34.46672, 410000, ""}},
		{"Gaza City", Place{"Gaza", "PSE", "city", 31.50161, 34.46672, 410000, ""}},
		{"Gaza Strip", Place{"Gaza Strip", "PSE", "region", 31.42, 34.36, 0, ""}},
		{"Kyiv", Place{"Kyiv", "UKR", "capital", 50.45466, 30.5238, 2797553, "UA-12"}},
		{"Kiev", Place{"Kyiv", "UKR", "capital", 50.45466, 30.5238, 2797553, "UA-12"}},
		{"Washington", Place{"Washington", "USA", "capital", 38.89511, -77.03637, 601723, "US-DC"}},
		{"Washington, D.C.", Place{"Washington", "USA", "capital", 38.89511, -77.03637, 601723, "US-DC"}},
		{"Pyongyang", Place{"Pyongyang", "PRK", "capital", 39.03385, 125.75432, 3222000, ""}},
		{"Paris", Place{"Paris", "FRA", "capital", 48.85341, 2.3488, 2138551, ""}},
		{"Georgia", Place{"Georgia", "GEO", "country", 42, 43.5, 0, ""}},
		{"Tripoli", Place{"Tripoli", "LBY", "capital", 32.88743, 13.18733, 1150989, "LY-TB"}},
		{"South Korea", Place{"South Korea", "KOR", "country", 37, 127.5, 0, ""}},
		{"Republic of Korea", Place{"South Korea", "KOR", "country", 37, 127.5, 0, ""}},
		{"America", Place{"United States", "USA", "country", 38, -97, 0, ""}},
		{"Khan Younis", Place{"Khan Younis", "PSE", "city", 31.34018, 34.30627, 173183, "PS-KYS"}},
		{"Khān Yūnis", Place{"Khan Younis", "PSE", "city", 31.34018, 34.30627, 173183, "PS-KYS"}},
		{"khan yunis", Place{"Khan Younis", "PSE", "city", 31.34018, 34.30627, 173183, "PS-KYS"}},
		{"Genève", Place{"Geneva", "CHE", "city", 46.20222, 6.14569, 183981, "CH-GE"}},
		{"Geneve", Place{"Geneva", "CHE", "city", 46.20222, 6.14569, 183981, "CH-GE"}},
		{"Sanaa", Place{"Sana'a", "YEM", "capital", 15.35472, 44.20667, 1937451, ""}},
		{"Sana’a", Place{"Sana'a", "YEM", "capital", 15.35472, 44.20667, 1937451, ""}},
		{"Kaesong", Place{"Kaesong", "PRK", "city", 37.97083, 126.55444, 338155, "KP-05"}},
		{"Pristina", Place{"Pristina", "KSV", "capital", 42.67272, 21.16688, 550000, ""}},
		{"Odessa", Place{"Odesa", "UKR", "city", 46.47747, 30.73262, 1001558, ""}},
	}
	for _, tt := range tests {
		got, ok := g.Lookup(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "us", "US", "the", "Narnia", "Korea, Republic of"} {
		if p, ok := g.Lookup(in); ok {
			t.Errorf("Lookup(%q) = %+v, want nothing", in, p)
		}
	}
}

func TestAll(t *testing.T) {
	g := load(t)
	var got []string
	for _, p := range g.All("Tripoli") {
		got = append(got, p.Country+"/"+p.Kind)
	}
	if want := "LBY/capital LBN/city"; strings.Join(got, " ") != want {
		t.Errorf("All(Tripoli) = %v, want %s", got, want)
	}
	if ps := g.All("Narnia"); ps != nil {
		t.Errorf("All(Narnia) = %v, want nil", ps)
	}
}

// TestAppendAll: AppendAll appends All's places after dst's, in All's
// order; Count is All's length.
func TestAppendAll(t *testing.T) {
	g := load(t)
	for _, c := range []struct {
		name string
		want string // countries and kinds after the first place kept in dst
	}{
		{"Tripoli", "LBY/capital LBN/city"},
		{"tripoli", "LBY/capital LBN/city"},
		{"Narnia", ""},
		{"", ""},
	} {
		var buf [1]Place
		dst := append(buf[:0], Place{Name: "kept"})
		all := g.AppendAll(dst, c.name)
		if all[0].Name != "kept" {
			t.Errorf("AppendAll(%q) lost dst's place: %+v", c.name, all[0])
		}
		var got []string
		for _, p := range all[1:] {
			got = append(got, p.Country+"/"+p.Kind)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("AppendAll(%q) = %v, want %s", c.name, got, c.want)
		}
		if n := g.Count(c.name); n != len(all)-1 || n != len(g.All(c.name)) {
			t.Errorf("Count(%q) = %d, want %d", c.name, n, len(all)-1)
		}
	}
}

func TestCountry(t *testing.T) {
	g := load(t)
	tests := []struct {
		in   string
		want Place
	}{
		{"KOR", Place{"South Korea", "KOR", "country", 37, 127.5, 0, ""}},
		{"PRK", Place{"North Korea", "PRK", "country", 40, 127, 0, ""}},
		{"KSV", Place{"Kosovo", "KSV", "country", 42.666667, 21.166667, 0, ""}},
		{"PSE", Place{"Palestine", "PSE", "country", 31.9, 35.2, 0, ""}},
		{"TWN", Place{"Taiwan", "TWN", "country", 23.5, 121, 0, ""}},
		{"TUR", Place{"Turkey", "TUR", "country", 39, 35, 0, ""}},
	}
	for _, tt := range tests {
		got, ok := g.Country(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Country(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"UNK", "kor", "XX", ""} {
		if p, ok := g.Country(in); ok {
			t.Errorf("Country(%q) = %+v, want nothing", in, p)
		}
	}
}

// TestCapital: a country's capital, whose clock the coder reads for the
// country (Moscow for Russia, not a Siberian centroid); none for an
// unknown code.
func TestCapital(t *testing.T) {
	g := load(t)
	for _, tt := range []struct{ in, name string }{
		{"RUS", "Moscow"}, {"USA", "Washington"}, {"AUS", "Canberra"}, {"CHN", "Beijing"}, {"PRK", "Pyongyang"},
	} {
		got, ok := g.Capital(tt.in)
		if !ok || got.Name != tt.name || got.Kind != KindCapital || got.Country != tt.in {
			t.Errorf("Capital(%q) = %+v, %v; want %s, a capital of %s", tt.in, got, ok, tt.name, tt.in)
		}
	}
	for _, in := range []string{"UNK", "rus", ""} {
		if p, ok := g.Capital(in); ok {
			t.Errorf("Capital(%q) = %+v, want nothing", in, p)
		}
	}
}

func TestDefaultCounts(t *testing.T) {
	g := load(t)
	counts := map[string]int{}
	for _, p := range g.places {
		counts[p.Kind]++
		if _, ok := g.Country(p.Country); !ok {
			t.Errorf("%s: country %s has no country entry", p.Name, p.Country)
		}
	}
	if counts["country"] != 250 || counts["capital"] < 195 || counts["city"] < 9000 {
		t.Errorf("counts = %v", counts)
	}
	if got := g.MaxWords(); got != 8 { // "Dadra and Nagar Haveli and Daman and Diu"
		t.Errorf("MaxWords() = %d, want 8", got)
	}
}

func TestContinues(t *testing.T) {
	g := load(t)
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"San", true},
		{"San Cristobal de las", true},
		{"Dadra and Nagar Haveli and Daman and", true},
		{"San Cristobal de las Casas", false}, // the whole name
		{"Kabul", true},                       // "Kabul Province"
		{"Kabul Province", false},
		{"Mosul", false},
		{"Tuesday", false},
		{"", false},
	} {
		if got := g.Continues(tt.name); got != tt.want {
			t.Errorf("Continues(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	var zero Gazetteer
	if zero.Continues("San") {
		t.Error("the zero Gazetteer continues a name")
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Khān Yūnis", "khan yunis"},
		{"Washington, D.C.", "washington dc"},
		{"N'Djamena", "ndjamena"},
		{"Ta‘izz", "taizz"},
		{"Łódź", "lodz"},
		{"Diyarbakır", "diyarbakir"},
		{"Port-au-Prince", "port au prince"},
		{"  São  Tomé ", "sao tome"},
		{"Köln", "koln"},
		{"Straße", "strasse"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLocation(t *testing.T) {
	g := load(t)
	p, _ := g.Lookup("Seoul")
	want := dyad.Location{Name: "Seoul", Country: "KOR", Lat: 37.566, Lon: 126.9784, Kind: "capital"}
	if got := p.Location(); got != want {
		t.Errorf("Location() = %+v, want %+v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# c\nSeoul | KOR | capital | 37.5 | 126.9\n", "t.txt:2: want 6 to 8 fields"},
		{"Seoul | KOR | capital | 37.5 | 126.9 | 1 | | a | b\n", "t.txt:1: want 6 to 8 fields"},
		{"Seoul | KOR | capital | 37.5 | 126.9 | 1 | | Seoul\n", `t.txt:1: Seoul: region "Seoul" is not an ISO 3166-2 code`},
		{"Seoul | kor | capital | 37.5 | 126.9 | 1\n", `t.txt:1: Seoul: country "kor" is not an ISO 3166 alpha-3 code`},
		{"\n\nSeoul | KOR | town | 37.5 | 126.9 | 1\n", `t.txt:3: Seoul: unknown kind "town"`},
		{"Seoul | KOR | capital | 97.5 | 126.9 | 1\n", `t.txt:1: Seoul: bad latitude "97.5"`},
		{"Seoul | KOR | capital | 37.5 | east | 1\n", `t.txt:1: Seoul: bad longitude "east"`},
		{"Seoul | KOR | capital | 37.5 | 126.9 | -1\n", `t.txt:1: Seoul: bad population "-1"`},
		{" | KOR | capital | 37.5 | 126.9 | 1\n", "t.txt:1: empty name"},
		{"Korea | KOR | country | 37 | 127 | 0\nKorea | KOR | country | 37 | 127 | 0\n", "t.txt:2: Korea: second country entry for KOR"},
		{"Seoul | KOR | capital | 37.5 | 126.9 | 1 | --\n", `t.txt:1: name "--" has no letters`},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "t.txt")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	in := "# test\n" +
		"Springfield | USA | city | 39.80172 | -89.64371 | 116250 | Springfield, Illinois # state capital\n" +
		"Springfield | USA | city | 42.10148 | -72.58981 | 153606\n"
	g, err := Parse(strings.NewReader(in), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := g.Lookup("springfield"); p.Lat != 42.10148 {
		t.Errorf("Lookup(springfield) = %+v, want the more populous one", p)
	}
	if p, _ := g.Lookup("Springfield, Illinois"); p.Lat != 39.80172 {
		t.Errorf("Lookup(Springfield, Illinois) = %+v", p)
	}
	if g.Len() != 2 || g.MaxWords() != 2 {
		t.Errorf("Len, MaxWords = %d, %d; want 2, 2", g.Len(), g.MaxWords())
	}
}

// TestCountriesDictionary cross-checks actors/data/countries.txt, generated
// with places.txt: every code it names has a gazetteer country, every
// gazetteer country is in it, and its first entry for a code is the
// gazetteer's name for that country.
func TestCountriesDictionary(t *testing.T) {
	g := load(t)
	f, err := os.Open(filepath.Join("..", "actors", "data", "countries.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first := map[string]string{}
	seen := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		fs := strings.Split(line, " | ")
		if len(fs) != 3 {
			t.Fatalf("countries.txt:%d: %d fields", n, len(fs))
		}
		phrase, code, kind := fs[0], fs[1], strings.TrimSpace(fs[2])
		if !isISO3(code) {
			t.Errorf("countries.txt:%d: bad code %q", n, code)
		}
		if kind != "country" && kind != "adjective" && kind != "capital" {
			t.Errorf("countries.txt:%d: bad kind %q", n, kind)
		}
		if prev, ok := seen[phrase]; ok {
			t.Errorf("countries.txt:%d: %q again (first for %s)", n, phrase, prev)
		}
		seen[phrase] = code
		if _, ok := first[code]; !ok {
			first[code] = phrase
		}
	}
	for code, name := range first {
		p, ok := g.Country(code)
		if !ok || p.Name != name {
			t.Errorf("countries.txt names %s %q; gazetteer has %q", code, name, p.Name)
		}
	}
	if len(first) != 250 {
		t.Errorf("countries.txt has %d codes, want 250", len(first))
	}
	for _, want := range []string{"North Korea", "South Korea", "United States", "United Kingdom", "Russia", "Iran", "Syria", "Vietnam"} {
		p, ok := g.Lookup(want)
		if !ok || first[p.Country] != want {
			t.Errorf("canonical name %q not first in countries.txt (got %q)", want, first[p.Country])
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := load(b)
	for i := 0; i < b.N; i++ {
		g.Lookup("Khān Yūnis")
	}
}

func Example() {
	g, err := Default()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"Kiev", "Georgia", "Khan Yunis", "Washington"} {
		p, _ := g.Lookup(name)
		fmt.Printf("%s → %s (%s, %s) %.2f %.2f\n", name, p.Name, p.Kind, p.Country, p.Lat, p.Lon)
	}
	// Output:
	// Kiev → Kyiv (capital, UKR) 50.45 30.52
	// Georgia → Georgia (country, GEO) 42.00 43.50
	// Khan Yunis → Khan Younis (city, PSE) 31.34 34.31
	// Washington → Washington (capital, USA) 38.90 -77.04
}

func TestQualifiers(t *testing.T) {
	g := load(t)
	names := func(ps []Place) string {
		var s []string
		for _, p := range ps {
			s = append(s, p.Name+"/"+p.Country+"/"+p.Kind)
		}
		return strings.Join(s, " ")
	}
	for _, tt := range []struct{ in, want string }{
		{"Texas", "Texas/USA/region"},
		{"Colo.", "Colorado/USA/region"},
		{"Ga.", "Georgia State/USA/region"},
		{"N.Y.", "New York State/USA/region"},
		{"B.C.", "British Columbia/CAN/region"},
		{"Georgia", "Georgia/GEO/country Georgia State/USA/region"},
		{"Pakistan", "Pakistan/PAK/country"},
		{"Ga", ""},   // no full stop: not the abbreviation
		{"Miss", ""}, // a word
		{"Paris", ""},
	} {
		if got := names(g.Qualifiers(tt.in)); got != tt.want {
			t.Errorf("Qualifiers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	g := load(t)
	for _, tt := range []struct{ name, qual, want string }{
		{"Westminster", "Colo.", "Westminster/USA/city/39.83665"},
		{"Westminster", "California", "Westminster/USA/city/33.75918"},
		{"Athens", "Ga.", "Athens/USA/city/33.96095"},
		{"Victoria", "British Columbia", "Victoria/CAN/city/48.4359"},
		{"London", "Ontario", "London/CAN/city/42.98339"},
		{"Hyderabad", "Pakistan", "Hyderabad/PAK/city/25.39242"},
		{"Tbilisi", "Georgia", "Tbilisi/GEO/capital/41.69411"},
		{"Paris", "Texas", ""}, // too small for the gazetteer
		{"Athens", "Georgia", ""},
		// a namesake in another state is not the town: the qualifier's state is
		{"Athens", "Ohio", ""},
		{"Lexington", "Va.", ""},
		{"Newark", "Del.", ""},
		{"Cambridge", "Ohio", ""},
		{"Birmingham", "Mich.", ""},
		{"Newark", "N.J.", "Newark/USA/city/40.73566"},
		{"Philadelphia", "Pa.", "Philadelphia/USA/city/39.95233"}, // 250 km from the state's centre, 70 from New Jersey's
		{"Cambridge", "Mass.", "Cambridge/USA/city/42.3751"},
		{"Birmingham", "England", "Birmingham/GBR/city/52.48142"}, // no region code: the nearest
	} {
		q := g.Qualifiers(tt.qual)[0]
		got := ""
		if p, ok := g.Within(tt.name, q); ok {
			got = fmt.Sprintf("%s/%s/%s/%v", p.Name, p.Country, p.Kind, p.Lat)
		}
		if got != tt.want {
			t.Errorf("Within(%q, %s) = %q, want %q", tt.name, q.Name, got, tt.want)
		}
	}
}

// TestCheckCountryCode: the shape of an ISO 3166 alpha-3 code, which the
// HTTP server's country filter and dyad events --country both check.
func TestCheckCountryCode(t *testing.T) {
	for _, tt := range []struct {
		code string
		ok   bool
	}{{"SYR", true}, {"ZZZ", true}, {"sy", false}, {"syr", false}, {"GERM", false}, {"U1A", false}, {"", false}} {
		if err := CheckCountryCode(tt.code); (err == nil) != tt.ok {
			t.Errorf("CheckCountryCode(%q) = %v, want ok %v", tt.code, err, tt.ok)
		}
	}
}
