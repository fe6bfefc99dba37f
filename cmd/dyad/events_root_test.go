package main

import "testing"

// TestRootFilterOneDigit: --root takes a root as a user types it, "1" as
// "01" and "19" as itself; a number outside 1–20 or a non-number is a
// usage error naming both forms.
func TestRootFilterOneDigit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1", "01"}, {"01", "01"}, {"9", "09"}, {"19", "19"}, {"20", "20"}, {" 4 ", "04"},
	} {
		f := filterFlags{root: c.in}
		flt, err := f.filter()
		if err != nil || flt.Root != c.want {
			t.Errorf("--root %q: root %q, err %v; want %q", c.in, flt.Root, err, c.want)
		}
	}
	for _, in := range []string{"0", "00", "21", "001", "1a", "-1", "x"} {
		f := filterFlags{root: in}
		if _, err := f.filter(); err == nil || err.Error() != `--root "`+in+`": want a CAMEO root 1–20 (or 01–20)` {
			t.Errorf("--root %q: err %v; want a usage error", in, err)
		}
	}
}
