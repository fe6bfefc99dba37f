package events_test

import "testing"

// prec9Cases exercise the third 2026-11-30 precision pass on real news
// with the team's own sentences: the exact events each must give
// ("SOURCE CAMEO TARGET status"; nil: none), with true events of the same
// shapes beside the false ones.
var prec9Cases = []familyCase{
	// an approximate count of years ago dates its clause as the bare count does: history
	{"approx-ago", "More than five years ago, Hezbollah fighters attacked an Israeli patrol near the border.", nil},
	{"approx-ago", "About three years ago, Turkey expelled the Dutch ambassador.", nil},
	{"approx-ago", "Nearly two decades ago, Russian troops invaded Georgia.", nil},
	{"approx-ago", "At least four years ago, Iran seized a British tanker in the Gulf.", nil},
	{"approx-ago", "Nearly two weeks ago, Turkey expelled the Dutch ambassador.", []string{"TUR 161 NLDGOV asserted"}},
	{"approx-ago", "Turkey expelled the Dutch ambassador about two weeks ago.", []string{"TUR 161 NLDGOV asserted"}},
	// a simple present in a relative clause is a standing relation or a habit, no act
	{"habitual-relative", "Seoul postponed military drills that North Korea denounces as a rehearsal for invasion.", nil},
	{"habitual-relative", "Turkish jets bombed YPG positions near Afrin, a militia which Ankara accuses of links to the PKK.", []string{"TURMIL 195 SYRREB asserted"}},
	{"habitual-relative", "The Kurdish fighters, whom Turkey blames for the bombing, crossed into Iraq on Monday.", nil},
	// a complement clause, a past relative and a mandative clause stay
	{"habitual-relative", "Rwanda has denied UN accusations that it backs the M23 rebels.", []string{"RWA 016 IGOUNO asserted", "RWA 072 CODREB denied", "IGOUNO 112 RWA asserted"}},
	{"habitual-relative", "Malian troops captured the rebels who attacked an army convoy on Monday.", []string{"MLIMIL 173 MLIREB asserted", "MLIREB 190 MLIMIL asserted"}},
	{"habitual-relative", "Israel insisted on Tuesday that Hezbollah withdraw north of the Litani River.", []string{"ISR 1056 LBNREB asserted"}},
	// a participle after a place is not the place's act
	{"placed-participle", "The Irish foreign minister travelled to Beijing pressing for the release of a detained activist.", []string{"IRLGOV 042 CHN asserted", "CHN 043 IRLGOV asserted"}},
	{"placed-participle", "The OECD chief has been in Japan exchanging views on the world economy.", nil},
	{"placed-participle", "A delegation of Kenyan farmers went to Brussels lobbying for lower tariffs.", nil},
	{"placed-participle", "The Australian trade minister flew to Washington on Monday, lobbying for farm subsidies to be cut.", []string{"AUSGOV 042 USA asserted", "USA 043 AUSGOV asserted", "AUSGOV 020 - asserted"}},
	{"placed-participle", "Fighting went on into the night, with Moscow denying any role.", []string{"RUS 016 - asserted"}},
	// a spokesman for the head of an international body speaks for the body
	{"igo-spokesman", "A spokesman for UN Secretary-General Antonio Guterres condemned the air strike on the Sudanese market.", []string{"IGOUNO 111 SDN asserted"}},
	{"igo-spokesman", "A spokeswoman for NATO Secretary General Jens Stoltenberg urged Russia to pull back its troops from the border.", []string{"IGOWSTNAT 0256 RUS asserted"}},
	{"igo-spokesman", "A spokesman for Vladimir Putin denied the claims.", []string{"RUSGOV 016 - asserted"}},
	// "and" with a finite auxiliary: the accuser's own next act, not the accused's
	{"accuser-next", "India has accused Pakistani military intelligence of sponsoring the attack and has threatened retaliation.", []string{"IND 112 PAKSPY asserted", "IND 138 PAKSPY asserted"}},
	{"accuser-next", "India accused Pakistan of sponsoring the attack and threatened retaliation.", []string{"IND 112 PAK asserted", "IND 138 PAK asserted"}},
	{"accuser-next", "Kyiv accused Moscow of having shelled the plant and having killed two workers.", []string{"UKR 112 RUS asserted", "RUS 194 UKR alleged", "RUS 190 UKRLAB alleged"}},
}

// TestPrec9Families codes each case as a one-sentence article published on
// 2024-03-14 and compares its events exactly.
func TestPrec9Families(t *testing.T) { checkFamilies(t, "", prec9Cases, false) }
