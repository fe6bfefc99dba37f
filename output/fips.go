package output

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed fips.txt
var fipsData string

// fipsTable is the parsed fips.txt, built on first use and read-only after.
var fipsTable = sync.OnceValue(func() map[string]string {
	m, err := ParseFIPS(strings.NewReader(fipsData), "fips.txt")
	if err != nil {
		return map[string]string{} // ruled out by TestFIPSTable
	}
	return m
})

// ParseFIPS reads an ISO alpha-3 → FIPS 10-4 table in the fips.txt format
// ("iso3 | fips | name" lines, '#' comments). Errors name file:line: a wrong
// field count, codes of the wrong shape, a duplicate ISO or FIPS code.
func ParseFIPS(r io.Reader, name string) (map[string]string, error) {
	m := make(map[string]string)
	seen := make(map[string]int)
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 fields \"iso3 | fips | name\", got %d", name, n, len(f))
		}
		iso, fips := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if !upper(iso, 3) || !upper(fips, 2) {
			return nil, fmt.Errorf("%s:%d: bad codes %q, %q: want 3 and 2 capital letters", name, n, iso, fips)
		}
		if _, ok := m[iso]; ok {
			return nil, fmt.Errorf("%s:%d: duplicate ISO code %s", name, n, iso)
		}
		if prev, ok := seen[fips]; ok {
			return nil, fmt.Errorf("%s:%d: FIPS code %s already used on line %d", name, n, fips, prev)
		}
		m[iso], seen[fips] = fips, n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

func upper(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// FIPS returns the FIPS 10-4 country code GDELT uses for an ISO 3166
// alpha-3 (or CAMEO KSV/PSE) code, "" when unknown: "KOR" → "KS",
// "DEU" → "GM", "UKR" → "UP".
func FIPS(iso3 string) string { return fipsTable()[iso3] }

// fipsOf returns the FIPS code for a location at longitude lon (WGS84
// degrees; 0 when unknown): PSE places named Gaza or west of 34.6°E (Rafah,
// Khan Younis, Jabalia) are the Gaza Strip (GZ), other PSE places the West
// Bank (WE), which lies east of 34.8°E.
func fipsOf(iso3, place string, lon float64) string {
	if iso3 == "PSE" && (strings.Contains(strings.ToLower(place), "gaza") || lon > 34 && lon < 34.6) {
		return "GZ"
	}
	return FIPS(iso3)
}
