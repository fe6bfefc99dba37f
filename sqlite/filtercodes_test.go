package sqlite

import "testing"

// TestFilterCheckCodes: event code filters that contradict each other
// (a CAMEO prefix of another root, a root or prefix of another
// QuadClass) are an error naming both, as the caller names them; those
// that hold together, or stand alone, are not.
func TestFilterCheckCodes(t *testing.T) {
	for _, c := range []struct {
		f    Filter
		want string
	}{
		{Filter{CAMEO: "0251", Root: "02"}, ""},
		{Filter{CAMEO: "19", Root: "19", QuadClass: 4}, ""},
		{Filter{CAMEO: "1", Root: "14"}, ""},
		{Filter{CAMEO: "1", QuadClass: 3}, ""},
		{Filter{CAMEO: "1", QuadClass: 4}, ""},
		{Filter{CAMEO: "0", QuadClass: 3}, ""}, // root 09
		{Filter{CAMEO: "3", QuadClass: 1}, ""}, // no root: not this check's (it panicked)
		{Filter{CAMEO: "21", QuadClass: 4}, ""},
		{Filter{CAMEO: "00", QuadClass: 2}, ""},
		{Filter{Root: "09", QuadClass: 3}, ""},
		{Filter{CAMEO: "0251"}, ""},
		{Filter{Root: "19"}, ""},
		{Filter{QuadClass: 2}, ""},
		{Filter{CAMEO: "0251", Root: "19"},
			"--cameo 0251 and --root 19 contradict each other: code 0251 is of root 02; no event can match"},
		{Filter{CAMEO: "1", Root: "02"},
			"--cameo 1 and --root 02 contradict each other: codes starting 1 are of roots 10–19; no event can match"},
		{Filter{CAMEO: "2", Root: "19"},
			"--cameo 2 and --root 19 contradict each other: codes starting 2 are of root 20; no event can match"},
		{Filter{Root: "19", QuadClass: 1},
			"--root 19 and --quad 1 contradict each other: root 19 is QuadClass 4; no event can match"},
		{Filter{CAMEO: "0251", QuadClass: 4},
			"--cameo 0251 and --quad 4 contradict each other: code 0251 is of root 02, QuadClass 1; no event can match"},
		{Filter{CAMEO: "1", QuadClass: 1},
			"--cameo 1 and --quad 1 contradict each other: codes starting 1 are of roots 10–19, QuadClass 3 and 4; no event can match"},
		{Filter{CAMEO: "0", QuadClass: 4},
			"--cameo 0 and --quad 4 contradict each other: codes starting 0 are of roots 01–09, QuadClass 1, 2 and 3; no event can match"},
		{Filter{CAMEO: "0251", Root: "19", QuadClass: 4}, // the first contradiction is said
			"--cameo 0251 and --root 19 contradict each other: code 0251 is of root 02; no event can match"},
	} {
		err := c.f.CheckCodes("--cameo", "--root", "--quad")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%+v: %q; want %q", c.f, got, c.want)
		}
	}
}
