package events_test

import "testing"

// roleNameCases: a person the dictionary does not know, named beside the
// common noun of a role ("the gunman, Stephen Paddock,", "Karim Haddad, a
// 34-year-old gunman,", "shooter Dale Morrow"), is the role's actor when
// a later sentence names them again ("Mr. Paddock") or says "he"
// (coref_rolenames.go); a name with no role, or a role that is no actor
// ("the suspect"), stays no actor.
var roleNameCases = []familyCase{
	{"role, name", "The gunman, Stephen Paddock, fired from the 32nd floor of a hotel in Las Vegas on Sunday. Police officers later shot Mr. Paddock.",
		[]string{"USACOP 193 USAUAF asserted"}},
	{"role, name", "An attacker, Ali Reza Hosseini, stabbed two guards at a checkpoint in Baku. Azerbaijani police arrested Mr. Hosseini on Friday.",
		[]string{"AZEUAF 182 AZECVL asserted", "AZECOP 173 AZEUAF asserted"}},
	{"name, role", "In Lyon, Karim Haddad, a 34-year-old gunman, opened fire on a cafe. Police arrested Mr. Haddad on Monday.",
		[]string{"FRACOP 173 FRAUAF asserted"}},
	// (shot dead by a state's force: 190, as statekillings.go codes it)
	{"role name", "In Kenosha, shooter Dale Morrow wounded three people. Police shot Mr. Morrow dead.",
		[]string{"USACOP 190 USAUAF asserted"}},
	{"role name", "In Kenosha, shooter Dale Morrow wounded three people. Police shot Mr Morrow dead.",
		[]string{"USACOP 190 USAUAF asserted"}},
	{"role name, he", "In Lyon, gunman Karim Haddad opened fire on a cafe. He killed four people.",
		[]string{"FRAUAF 180 FRACVL asserted"}},
	// near misses: a role that names no actor, and no role
	{"no actor role", "The suspect, Tomas Varga, attacked a bus in Budapest. Police arrested Mr. Varga on Tuesday.",
		[]string{"HUNCOP 173 - asserted"}},
	{"no role", "In Lyon, Karim Haddad opened fire on a cafe. Police arrested Mr. Haddad on Monday.",
		[]string{"FRACOP 173 - asserted"}},
}

// TestRoleNamedPeople codes each case of roleNameCases as one paragraph
// published on 2024-03-14 and compares its events exactly.
func TestRoleNamedPeople(t *testing.T) { checkFamilies(t, "", roleNameCases, false) }
