package main

import (
	"errors"
	"testing"
)

// TestFilterCodesContradict: dyad events and dyad export refuse code
// filters that contradict each other, a usage error (exit 2) naming both
// flags: "--cameo 0251 --root 19" printed nothing and exited 0. Filters
// that hold together are read as before ("--root 1" is root 01).
func TestFilterCodesContradict(t *testing.T) {
	for _, c := range []struct {
		f    filterFlags
		want string
	}{
		{filterFlags{cameo: "0251", root: "2"}, ""},
		{filterFlags{cameo: "19", root: "19", quad: 4}, ""},
		{filterFlags{cameo: "0251", root: "19"},
			"--cameo 0251 and --root 19 contradict each other: code 0251 is of root 02; no event can match"},
		{filterFlags{cameo: "14", root: "1"},
			"--cameo 14 and --root 01 contradict each other: code 14 is of root 14; no event can match"},
		{filterFlags{root: "19", quad: 1},
			"--root 19 and --quad 1 contradict each other: root 19 is QuadClass 4; no event can match"},
		{filterFlags{cameo: "057", quad: 3},
			"--cameo 057 and --quad 3 contradict each other: code 057 is of root 05, QuadClass 1; no event can match"},
	} {
		_, err := c.f.filter()
		if c.want == "" {
			if err != nil {
				t.Errorf("--cameo %q --root %q --quad %d: %v", c.f.cameo, c.f.root, c.f.quad, err)
			}
			continue
		}
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || err.Error() != c.want {
			t.Errorf("--cameo %q --root %q --quad %d: %v; want exit 2 with %q", c.f.cameo, c.f.root, c.f.quad, err, c.want)
		}
	}
}
