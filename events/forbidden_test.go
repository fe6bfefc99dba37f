package events_test

import "testing"

// forbiddenCases: an act a ban forbids, or a warning or vote argues
// against, is no event; the ban, warning or vote is, and an act a verb of
// preventing kept from happening stays negated (forbidden.go).
var forbiddenCases = []familyCase{
	// a ban's "from" gerund (was also PRK 150 - negated); a ban imposed, as
	// a standing rule told in the present is no event (falseevents_standing_rule.go)
	{"ban", "The UN Security Council on Monday banned North Korea from launching ballistic missiles.", []string{"IGOUNO 172 PRK asserted"}},
	{"barred", "The Taliban barred Afghan women from working for the United Nations on Tuesday.", []string{"AFGREB 1721 AFGCVL asserted"}},
	// a vote against (was also HUN 163 RUS asserted)
	{"voted against", "Hungary voted against imposing new sanctions on Russia.", []string{"HUN 120 RUS asserted"}},
	// warnings against an act: the warning alone
	{"warned against", "Russia warned NATO against sending troops to Ukraine.", []string{"RUS 130 IGOWSTNAT asserted"}},
	{"warned against, offensive", "Turkey warned Syria against launching an offensive on Idlib.", []string{"TUR 130 SYR asserted"}},
	{"cautioned against", "The United States cautioned Israel against annexing parts of the West Bank.", []string{"USA 130 ISR asserted"}},
	// prevented acts stay, negated
	{"prevented", "The US presence has prevented Turkish troops from shelling Manbij.", nil}, // no event for the act kept from happening (prevented_from.go)
	{"stopped", "Israeli forces stopped Palestinian protesters from marching on the checkpoint.", []string{"PSECVL 141 - negated"}},
	// a forbidding noun is no verb of forbidding; the nearer verb decides (review 26a)
	{"bans kept", "Travel bans kept Iranian diplomats from meeting US officials.", nil},
	{"sanctions bar, noun", "Western sanctions bars and curbs kept Russian airlines from flying to Europe.", nil},
	{"banned, then blocked", "Turkey banned the rally and police in Istanbul blocked protesters from marching on Taksim square.", []string{"TUR 1721 TURCVL asserted"}},
	{"banned, then prevented", "Egypt banned the group last year and its security forces prevented members from attacking police stations.", nil}, // "the group" unread: no one banned (unaimed.go)
	{"banned from, passive", "Iran was banned by the council from enriching uranium.", nil},
	// a gerund after a comma is its own act
	{"fought, shelling", "Kurdish forces fought against Isis, shelling its positions near Raqqa.", nil}, // "its positions" unread: no one named (unaimed.go)
}

func TestForbiddenActs(t *testing.T) { checkFamiliesOn(t, "2018-02-01", "", forbiddenCases, false) }
