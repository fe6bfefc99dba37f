package events_test

import (
	"strings"
	"testing"
)

// TestStatusTransforms codes each act plainly and in four other forms,
// which must give the same event with the status the form says:
// "did not" and "has not" negated, "denied that it had" denied (with the
// denial, 016, naming no accuser), and
// "Brazil accused X of …ing" alleged (plus Brazil's accusation).
func TestStatusTransforms(t *testing.T) {
	c := newCoder(t)
	acts := []struct {
		subj, past, inf, ing, obj string
		want                      string // the plain event, "SOURCE CODE TARGET"
	}{
		{"Russia", "attacked", "attack", "attacking", "Ukraine", "RUS 190 UKR"},
		{"Germany", "provided", "provide", "providing", "weapons to Ukraine", "DEU 072 UKR"},
		{"Pakistan", "expelled", "expel", "expelling", "the Indian ambassador", "PAK 161 INDGOV"},
		{"Japan", "summoned", "summon", "summoning", "the Chinese ambassador", "JPN 114 CHNGOV"},
		{"Kenyan police", "arrested", "arrest", "arresting", "opposition leaders", "KENCOP 173 KENOPP"},
		{"the United States", "imposed sanctions on", "impose sanctions on", "imposing sanctions on", "Venezuela", "USA 163 VEN"},
	}
	for _, a := range acts {
		subj := strings.ToUpper(a.subj[:1]) + a.subj[1:]
		src := strings.Fields(a.want)[0]
		checkSentences(t, c, []coverageCase{
			{subj + " " + a.past + " " + a.obj + ".", []string{a.want + " asserted"}},
			{subj + " did not " + a.inf + " " + a.obj + ".", []string{a.want + " negated"}},
			{subj + " has not " + a.past + " " + a.obj + ".", []string{a.want + " negated"}},
			{subj + " denied that it had " + a.past + " " + a.obj + ".", []string{src + " 016 - asserted", a.want + " denied"}},
			{"Brazil accused " + a.subj + " of " + a.ing + " " + a.obj + ".", []string{"BRA 112 " + src + " asserted", a.want + " alleged"}},
		}, false)
	}
}
