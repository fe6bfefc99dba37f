package events_test

import (
	"testing"
)

// The tests below code sentences written by the dyad team for the rules
// a fresh user's judging of open corpus events asked for (session 26).
// Each sentence is published on 2024-07-13 (a Saturday); each want lists
// every event as "SOURCE CAMEO TARGET status date", in any order; nil
// means no event.

// TestNearlyDone: an act the verb says nearly happened ("nearly
// expelled", "almost expelled") did not happen, and CODING.md codes what
// did not happen as negated (verbStatus, events/hits.go). "almost" modifying an
// adverb ("almost certainly closed") leaves the act asserted.
func TestNearlyDone(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey nearly expelled the Israeli ambassador in May.",
			[]string{"TUR 161 ISRGOV negated 2024-05"}},
		{"Turkey almost expelled the Israeli ambassador last year.",
			[]string{"TUR 161 ISRGOV negated 2023"}},
		{"Turkey expelled the Israeli ambassador on Friday.",
			[]string{"TUR 161 ISRGOV asserted 2024-07-12"}},
		{"Egypt almost certainly closed the Rafah crossing.",
			nil}, // on no one named (unaimed.go)
		{"Egypt almost certainly expelled the Israeli ambassador on Friday.",
			[]string{"EGY 161 ISRGOV asserted 2024-07-12"}},
	}, true)
}

// TestLiteralTriggers: trigger words read in their literal sense are no
// event (events/data/verbs.txt): aircraft releasing payloads or bombs
// free nobody (0841 is people released); police or troops sealing off an
// area, a scene or a building blockade no party (191 stays for a town
// or a territory); journalists let near a crash site are no
// international involvement (086 is observers, inspectors, aid); a
// state rushing to develop its own weapons aids nobody (07x needs the
// weapons as the verb's object, given to someone).
func TestLiteralTriggers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Five Indian aircraft were downed after they released their payloads over Pakistani territory.", nil},
		{"The Russian bombers released their bombs over Kharkiv on Friday.", nil},
		{"Hamas released three Israeli hostages on Saturday.",
			[]string{"PSEREB 0841 ISRCVL asserted 2024-07-13"}},
		{"Police and soldiers sealed off the area to clear the debris, officials said.", nil},
		{"Police cordoned off the scene after the explosion in Quetta.", nil},
		{"Israeli troops sealed off the town of Jenin on Friday.",
			[]string{"ISRMIL 191 PSE asserted 2024-07-12"}},
		{"Indian forces did not allow him and other journalists to go near the wreckage.", nil},
		{"Iran allowed UN inspectors into the Fordow site on Friday.",
			[]string{"IRN 0862 IGOUNO asserted 2024-07-12"}},
		{"The United States and China are rushing to develop hypersonic weapons.", nil},
		{"The United States rushed weapons to Israel on Friday.",
			[]string{"USA 072 ISR asserted 2024-07-12"}},
		{"Britain rushed aid to Turkey after the earthquake.",
			[]string{"GBR 073 TUR asserted 2024-07-13"}},
	}, true)
}

// TestGerundNounSource: a gerund made a noun by a nationality adjective
// after a determiner or preposition ("in the Pakistani firing and
// shelling") is done by the adjective's state, never by the victims the
// clause is about (gerundModifier, events/sources_structure.go). A
// gerund modifying a noun ("Iranian hacking groups") names no act.
func TestGerundNounSource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Seven civilians were killed in the Pakistani firing and shelling across the Line of Control.",
			nil}, // of no one named (unaimed.go)
		{"Three villagers were wounded in Russian shelling on Friday.",
			nil}, // of no one named (unaimed.go)
		{"Pakistani shelling killed seven Indian civilians in Poonch on Friday.",
			[]string{"PAK 194 INDCVL asserted 2024-07-12"}},
		{"Britain's GCHQ has been sharing intelligence on Iranian hacking groups with its counterparts in Canada.",
			[]string{"GBRSPY 064 CANSPY asserted 2024-07-13"}},
	}, true)
}

// TestExpletiveWarning: a warning whose clause opens with an "it" that
// stands for an infinitive ("warned it is too dangerous to send aid
// convoys", "it would be a mistake to raise rates") threatens no party: a
// pessimistic comment (012), as warnsOfSituation codes other warnings
// about a situation (expletiveIt, events/falseevents_opinion.go). "It"
// that is the warner ("warned it is ready to strike", "warned it would
// retaliate") stays a threat.
func TestExpletiveWarning(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The IMF warned it would be a mistake to raise interest rates.",
			[]string{"IGOUNOIMF 012 - asserted 2024-07-13"}},
		{"The UN warned it is too dangerous to send aid convoys into the city.",
			[]string{"IGOUNO 012 - asserted 2024-07-13"}}, // (a word on debt: TestEconomicWarning)
		{"North Korea warned it is ready to strike the United States.",
			[]string{"PRK 138 USA asserted 2024-07-13"}},
		{"Iran warned it would retaliate against Israel.",
			[]string{"IRN 138 ISR asserted 2024-07-13"}},
	}, true)
}
