package article

import "testing"

func TestHasCreditPrefix(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"AP:Associated Press North Korea conducted a missile test on Friday", true},
		{"AFP: Police made a number of arrests in the capital", true},
		{"Reuters Troops could be seen taking part in a drill near the border", true},
		{"Reuters reported that troops took part in a drill near the border", false},
		{"Reuters Television showed troops near the border", false},
		{"North Korea conducted a missile test on Friday", false},
		{"UPDATE: North Korea conducted a missile test on Friday", false},
		{"China opposes DPRK's missile launch: FM spokesperson", false},
	} {
		if got := HasCreditPrefix(c.s); got != c.want {
			t.Errorf("HasCreditPrefix(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
