package dyad

import "testing"

func TestParseEventDate(t *testing.T) {
	for _, c := range []struct {
		in, first, last string
		ok              bool
	}{
		{"2024-07-13", "2024-07-13", "2024-07-13", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2023", "2023-01-01", "2023-12-31", true},
		{"2024-13", "", "", false},
		{"2024-02-30", "", "", false},
		{"", "", "", false},
		{"13/07/2024", "", "", false},
	} {
		first, last, ok := ParseEventDate(c.in)
		if ok != c.ok {
			t.Errorf("ParseEventDate(%q) ok = %v, want %v", c.in, ok, c.ok)
			continue
		}
		if !ok {
			if !first.IsZero() || !last.IsZero() {
				t.Errorf("ParseEventDate(%q) = %v, %v, want zero times", c.in, first, last)
			}
			continue
		}
		if got := first.Format("2006-01-02"); got != c.first {
			t.Errorf("ParseEventDate(%q) first = %s, want %s", c.in, got, c.first)
		}
		if got := last.Format("2006-01-02"); got != c.last {
			t.Errorf("ParseEventDate(%q) last = %s, want %s", c.in, got, c.last)
		}
	}
}
