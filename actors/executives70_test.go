package actors_test

import "testing"

// TestExecutives70 checks, on sentences written for this test, the
// executives added by coder70a: a firm's executives, and one executive
// named by an industry ("a mining executive"), are business (BUS), as
// its managers are. The near misses keep their codes: a party's
// "national executive" is no business, nor is a bare "executive". Every
// mention as text=CODE.
func TestExecutives70(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2015-03-10", "Gunmen kidnapped a Canadian mining executive.", "Gunmen=?UAF | Canadian mining executive=CANBUS"},
		{"2015-03-10", "Police detained three British oil executives.", "Police=?COP | British oil executives=GBRBUS"},
		{"2015-03-10", "Chinese executives met Kenyan officials.", "Chinese executives=CHNBUS | Kenyan officials=KENGOV"},
		// near misses: an executive body, a bare executive
		{"2015-03-10", "Kenya's executive approved the budget.", "Kenya=KEN"},
		{"2015-03-10", "The ruling party's national executive expelled the mayor.", "the mayor=?GOV"},
	}, showCode)
}
