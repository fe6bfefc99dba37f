package actors_test

import "testing"

// TestProbeOffices checks, on sentences written for this test, that a
// state's anti-corruption and audit offices (commission, bureau, body,
// comptroller, auditor general, ombudsman) are its government (GOV), their
// officers police (COP), an electoral tribunal an election authority (GOV)
// and a constitutional council a court (JUD).
func TestProbeOffices(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-02", "Uganda's anti-corruption commission summoned a mayor.", "Uganda's anti-corruption commission=UGAGOV | mayor=?GOV"},
		{"2024-05-02", "Botswana's anti-graft bureau raided an office.", "Botswana's anti-graft bureau=BWAGOV"},
		{"2024-05-02", "Chile's comptroller audited the ministry.", "Chile's comptroller=CHLGOV | the ministry=?GOV"},
		{"2024-05-02", "Ghana's auditor general flagged missing funds.", "Ghana's auditor general=GHAGOV"},
		{"2024-05-02", "Indonesian anti-graft officers detained a judge.", "Indonesian anti-graft officers=IDNCOP | judge=?JUD"},
		{"2024-05-02", "Honduras's electoral tribunal delayed the count.", "Honduras's electoral tribunal=HNDGOV"},
		{"2024-05-02", "Niger's constitutional council annulled the vote.", "Niger's constitutional council=NERJUD"},
	}, showCode)
}
