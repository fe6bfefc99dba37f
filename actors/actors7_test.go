package actors_test

import "testing"

// TestActors7 checks, on sentences written for this test, gaps found by
// users in who is who: a state's envoy to an organisation is the state's
// government, a name of two words before "-flagged" is a modifier naming
// its flag state, a compound "-patrolled" names no actor, and the armed
// groups, navy people and police watchdogs the dictionaries lacked: every
// mention as text=CODE ("?" a role with no country yet, "~" a modifier).
func TestActors7(t *testing.T) {
	checkMentions(t, []mentionCase{
		// an envoy to an IGO is his own state's; the IGO is no actor
		{"2024-03-01", "The US ambassador to the UN, Linda Thomas-Greenfield, criticised the plan.",
			"The US ambassador to the UN=USAGOV | Linda Thomas-Greenfield=USAGOV"},
		{"2024-03-01", "France's envoy to NATO spoke.", "France's envoy to NATO=FRAGOV"},
		{"2024-03-01", "Russia's UN ambassador Vassily Nebenzia criticised the plan.", "Russia's UN ambassador Vassily Nebenzia=RUSGOV"},
		// an envoy to a state keeps that state as a separate mention
		{"2024-03-01", "The US ambassador to Israel spoke.", "The US ambassador=USAGOV | Israel=ISR"},
		// "-flagged" after a name of two words: a modifier naming the
		// flag state (no actor of its own, but the target of an attack)
		{"2024-03-01", "Houthis hit a Marshall Islands-flagged tanker.", "Houthis=YEMREB | Marshall Islands-flagged=~MHL"},
		{"2024-03-01", "Houthis hit a Marshall Islands ship.", "Houthis=YEMREB | Marshall Islands=MHL"},
		// armed groups
		{"2024-03-01", "Lakurawa and Ansaru attacked villages.", "Lakurawa=NGAREB | Ansaru=NGAREB"},
		{"2024-03-01", "Jaish-e-Muhammad and Hizb-ul-Mujahideen claimed it.", "Jaish-e-Muhammad=INDREB | Hizb-ul-Mujahideen=INDREB"},
		// the people of a navy; a police watchdog is a state office
		{"2024-03-01", "Somali naval personnel seized a dhow.", "Somali naval personnel=SOMMIL"},
		// Greek Cypriots are Cyprus's people, not Greece's
		{"2024-03-01", "Police arrested Greek Cypriots in the buffer zone.", "Police=?COP | Greek Cypriots=CYPCVL"},
		{"2024-03-01", "The Greek Cypriot government protested.", "The Greek Cypriot government=CYPGOV"},
		{"2024-03-01", "Kenya's police watchdog opened an inquiry.", "Kenya's police watchdog=KENGOV"},
		{"2024-03-01", "Kenya's police arrested him.", "Kenya's police=KENCOP"},
		// a panel, team or head of an IGO is the IGO; of a state, not taken
		{"2024-03-01", "A panel of UN experts accused Israel.", "A panel of UN=IGOUNO | Israel=ISR"},
		{"2024-03-01", "A team of IAEA inspectors visited Iran.", "A team of IAEA inspectors=IGOUNOIAE | Iran=IRN"},
		{"2024-03-01", "The head of the WFP warned.", "The head of the WFP=IGOUNOWFP"},
		// the lone surnames of two leaders, in office on the date; never
		// inside another name or in capitals
		{"2024-06-01", "Modi criticised Pakistan.", "Modi=INDGOV | Pakistan=PAK"},
		{"2024-06-01", "Chinese President Xi met Modi.", "Chinese President Xi=CHNGOV | Modi=INDGOV"},
		{"2024-06-01", "Xi's visit to Paris ended.", "Xi=CHNGOV | Paris=FRA"},
		{"2010-06-01", "Xi met Modi.", "Xi=CHN | Modi=IND"},
		{"2024-06-01", "Lalit Modi criticised the board.", ""},
		{"2024-06-01", "Xi Mingze studied at Harvard.", ""},
		{"2024-06-01", "Louis XI ruled from Paris.", "Paris=FRA"},
		// a lone Kim names no one: only a story that names Kim Jong Un
		// makes him Kim (the coder's job)
		{"2024-06-01", "Kim praised Russia.", "Russia=RUS"},
	}, showCode)
}
