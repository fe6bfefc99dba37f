package gazetteer

import (
	"strings"
	"testing"
	"time"
)

func TestZones(t *testing.T) {
	z, err := DefaultZones()
	if err != nil {
		t.Fatal(err)
	}
	// 22:30 UTC on Friday 12 July 2024.
	at := time.Date(2024, 7, 12, 22, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		country  string
		lat, lon float64
		zone     string
		day      string
	}{
		{"KOR", 37.57, 126.98, "Asia/Seoul", "2024-07-13"},
		{"JPN", 35.69, 139.69, "Asia/Tokyo", "2024-07-13"},
		{"USA", 38.90, -77.04, "America/New_York", "2024-07-12"},
		{"USA", 34.05, -118.24, "America/Los_Angeles", "2024-07-12"},
		{"RUS", 55.76, 37.62, "Europe/Moscow", "2024-07-13"},
		{"RUS", 43.12, 131.89, "Asia/Vladivostok", "2024-07-13"},
		{"GBR", 51.51, -0.13, "Europe/London", "2024-07-12"},
		{"KSV", 42.67, 21.17, "Europe/Belgrade", "2024-07-13"},
		{"IND", 28.61, 77.21, "Asia/Kolkata", "2024-07-13"},
	} {
		loc, ok := z.Of(c.country, c.lat, c.lon)
		if !ok || loc.String() != c.zone || at.In(loc).Format("2006-01-02") != c.day {
			t.Errorf("Of(%s, %v, %v) = %v, %v (day %s); want %s, day %s", c.country, c.lat, c.lon, loc, ok, at.In(loc).Format("2006-01-02"), c.zone, c.day)
		}
	}
	if _, ok := z.Of("XXX", 0, 0); ok {
		t.Error("Of(XXX): want no zone")
	}
}

func TestParseZonesErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"KOR | 37.5 | 127 | Asia/Seoul\nKOR | 37.5 | Asia/Seoul\n", "z.txt:2: want 4 fields"},
		{"Korea | 37.5 | 127 | Asia/Seoul\n", `z.txt:1: want ISO3 | lat | lon | zone, got "Korea | 37.5 | 127 | Asia/Seoul"`},
		{"# c\nKOR | 37.5 | 127 | KST\n", `z.txt:2: zone "KST" is not an IANA Area/Location name`},
	} {
		if _, err := parseZones(c.in, "z.txt"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parseZones(%q) = %v, want %q", c.in, err, c.want)
		}
	}
}

// TestZonesLoad: every zone of data/zones.txt is in Go's tz database.
func TestZonesLoad(t *testing.T) {
	z, err := DefaultZones()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for c, zs := range z.byCountry {
		for _, e := range zs {
			n++
			if _, err := time.LoadLocation(e.name); err != nil {
				t.Errorf("%s: %v", c, err)
			}
		}
	}
	if n < 400 {
		t.Errorf("%d zones, want the 400-odd of zone.tab", n)
	}
}

func BenchmarkDefaultZones(b *testing.B) {
	for b.Loop() {
		if _, err := DefaultZones(); err != nil {
			b.Fatal(err)
		}
	}
}
