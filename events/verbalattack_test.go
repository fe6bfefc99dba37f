package events_test

import (
	"testing"
)

// TestVerbalAttack codes sentences written for this test: an attack on a
// plan, policy, proposal, cost or remark, an attack launched or mounted
// on one, and an attack by one political side on another of its country
// over or for something are criticism (111), as the fresh users'
// "attacked Tory plans" should have been; armed attacks, and sides that
// fight with arms, stay force (19x).
func TestVerbalAttack(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{
		// an attack on a plan, policy, move or cost
		{"2005-01-15", "Prime Minister Tony Blair spoke in Dover on Monday. He attacked Tory plans to process asylum claims abroad.", []string{"GBRGOV 111 GBROPP asserted"}},
		{"2005-01-15", "Tories attack EU asylum moves", []string{"GBROPP 111 IGOEUREEC asserted"}},
		{"2005-01-15", "Tory leader Michael Howard attacked the government's immigration policy on Tuesday.", []string{"GBROPP 111 GBRGOV asserted"}},
		{"2005-01-15", "The Lib Dems attacked the Home Secretary's proposals for identity cards.", []string{"GBROPP 111 GBRGOV asserted"}},
		// an attack launched or mounted on one
		{"2005-01-15", "Michael Howard has launched an attack on the cost of the asylum system.", []string{"GBROPP 111 - asserted"}},
		{"2005-01-15", "Opposition leader Michael Howard launched an attack on the government's asylum policy.", []string{"GBROPP 111 GBRGOV asserted"}},
		{"2005-01-15", "The Conservatives mounted an attack on Labour's tax plans on Monday.", []string{"GBROPP 111 - asserted"}},
		// one political side on another of its country, over or for something
		{"2005-01-15", "The Lib Dems attacked the government over tuition fees.", []string{"GBROPP 111 GBRGOV asserted"}},
		{"2005-01-15", "Tory leader Michael Howard attacked Tony Blair for his record on immigration.", []string{"GBROPP 111 GBRGOV asserted"}},
		// "for" a time is no reason
		{"2005-01-15", "The Lib Dems attacked the government for a third day.", []string{"GBROPP 190 GBRGOV asserted"}},
		// armed attacks stay force
		{"2005-01-15", "Rebels attacked an army convoy near Kandahar on Monday.", []string{"AFGREB 190 AFGMIL asserted"}},
		{"2005-01-15", "Israeli jets attacked Palestinian targets across the Gaza Strip.", []string{"ISRMIL 195 PSE asserted"}}, // "targets" name the state (judged realnews fix)
		{"2018-02-25", "Syrian government forces attacked rebel positions near Idlib.", []string{"SYRMIL 190 SYRREB asserted"}},
		{"2018-02-25", "The Syrian government launched an offensive against opposition groups on Monday.", []string{"SYRGOV 190 SYROPP asserted"}},
		{"2018-02-25", "Taliban fighters launched an attack on a police post in Kunduz.", []string{"AFGREB 190 AFGCOP asserted"}},
		// an armed attacker, or a criticised word that is not the object
		// itself (after "at", in a compound, a name), is no criticism
		{"2024-01-10", "Russian forces launched an attack on Bakhmut at a heavy cost.", []string{"RUSMIL 190 UKR asserted"}},
		{"2024-01-10", "Hamas launched an attack on Israel at the cost of many lives.", []string{"PSEREB 190 ISR asserted"}},
		{"2024-01-10", "Israeli jets attacked Hamas's command centre and bill collectors.", []string{"ISRMIL 195 PSEREB asserted"}},
		{"2024-01-10", "The Conservatives launched an attack on Labour at the cost of their own unity.", nil}, // Labour unread: no one (unaimed.go); a verbal attack anyway
		{"2024-01-10", "Gunmen attacked the home of a judge in Kabul.", []string{"AFGUAF 190 AFGJUD asserted"}},
	}
	checkPublished(t, c, tests)
}

// attackedPoliticianCases: a side that fights with words attacking a
// named politician, or a person attacking their own state's officials
// or judges, with no weapon, place or casualty, criticises (111; verbalattack.go attackedPolitician); a knife, a state named
// alone or armed forces keep the attack. Published 2007-05-01.
var attackedPoliticianCases = []familyCase{
	{"politician", "The shadow chancellor attacked Gordon Brown.", []string{"GBROPP 111 GBRGOV asserted"}},
	{"politician", "The shadow chancellor attacked Gordon Brown in a speech on Monday.", []string{"GBROPP 111 GBRGOV asserted"}},
	{"politician", "The Tories attacked Tony Blair.", []string{"GBROPP 111 GBRGOV asserted"}},
	{"politician", "David Cameron attacked Gordon Brown over the economy.", []string{"GBROPP 111 GBRGOV asserted"}},
	{"officials", "Gordon Brown attacked British judges on Tuesday.", []string{"GBRGOV 111 GBRJUD asserted"}},
	{"armed", "A man attacked the MP with a knife in his constituency office.", nil},
	{"armed", "Israel attacked Hamas leader Ismail Haniyeh.", []string{"ISR 190 PSEGOV asserted"}},
	{"armed", "Israeli jets attacked Hezbollah commander Fuad Shukr.", []string{"ISRMIL 195 LBNREB asserted"}},
}

// TestAttackedPolitician codes each case as a one-sentence article
// published on 2007-05-01 and compares its events exactly.
func TestAttackedPolitician(t *testing.T) {
	checkFamiliesOn(t, "2007-05-01", "", attackedPoliticianCases, false)
}
