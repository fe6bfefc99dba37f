package events_test

import "testing"

// prec10Cases exercise the 2026-11-30 pass over the judged open-corpus
// events with the team's own sentences: the exact events each must give
// ("SOURCE CAMEO TARGET status"; nil: none), with true events of the same
// shapes beside the false ones.
var prec10Cases = []familyCase{
	// a positive "can" in a main clause states a power, not an act
	{"can-ability", "Kenyan judges can already jail protesters who block the motorway.", nil},
	{"can-ability", "Kim said North Korea can strike the US mainland.", nil},
	{"can-ability", "Iraq says it can provide documents on the weapons programme to UN inspectors.", nil},
	{"can-ability", "Assad knows he can starve and bomb the Syrian opposition.", nil},
	// the same acts done, a negated "cannot" and a "may" keep their rules
	{"can-ability", "North Korea struck the US mainland.", []string{"PRK 190 USA asserted"}},
	{"can-ability", "Kenyan judges jailed two opposition leaders on Monday.", []string{"KENJUD 173 KENOPP asserted"}},
	{"can-ability", "Syrian jets bombed the opposition on Monday.", []string{"SYRMIL 195 SYROPP asserted"}},
	{"can-ability", "The Israeli army may attack the city of Rafah on Friday.", []string{"ISRMIL 190 PSE hypothetical"}},
	// "has the power to", "is able to": a standing power; "was able to" is a deed
	{"power-to", "The electoral commission has the power to suspend or bar the mayor of Lagos from office.", nil},
	{"power-to", "Britain rejected EU proposals on immigration.", []string{"GBR 127 IGOEUREEC asserted"}},
	// a habit told by an analyst is no act of the day
	{"habit", "Iran has traditionally fired fewer missiles in winter, an analyst said.", nil},
	{"habit", "Iran fired two missiles at Israel on Sunday.", []string{"IRN 195 ISR asserted"}},
	// a year two or more years back premodifying a nominal act: history in passing
	{"year-nominal", "China condemned the 2019 Indian crackdown in Kashmir.", []string{"CHN 111 IND asserted"}},
	{"year-nominal", "Li Peng, the former Chinese premier, oversaw the bloody 1989 crackdown on protesters.", nil},
	{"year-nominal", "The US backed Indonesia's 1975 invasion of East Timor.", nil},
	{"year-nominal", "Human rights groups condemned China's 1989 crackdown in Tiananmen Square.", []string{"CHNHRI 111 CHN asserted"}},
	{"year-nominal", "The minister condemned Russia's 2014 annexation of Crimea.", []string{"RUSGOV 111 RUS asserted"}},
	// a recent year, or none, leaves the nominal act an event
	{"year-nominal", "China condemned the Indian crackdown in Kashmir.", []string{"CHN 111 IND asserted", "IND 175 - asserted"}},
	{"year-nominal", "The UN condemned the 2023 attack by Hamas on Israel.", []string{"IGOUNO 111 PSEREB asserted"}},
	// a warning of a situation is a pessimistic comment even when a cause follows "because";
	// a threatened act before "because" keeps the threat
	{"warned-because", "The head of MI5 warned on Monday of a sharp rise in Islamist terrorism because of the return of fighters who had travelled to Syria.", []string{"GBRSPY 012 - asserted"}},
	{"warned-because", "The UN warned of a humanitarian catastrophe in Gaza because Israel blocked aid convoys.", []string{"IGOUNO 012 - asserted"}},
	{"warned-because", "North Korea warned of retaliation because the US deployed bombers to the peninsula.", []string{"PRK 138 - asserted", "USA 154 - asserted"}},
}

// TestPrec10Families codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestPrec10Families(t *testing.T) { checkFamilies(t, "", prec10Cases, false) }
