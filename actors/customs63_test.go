package actors_test

import "testing"

// TestCustomsOfficers63 checks, on sentences written for this test, that
// customs officers and agents (plural) are police (COP), as customs officials are,
// with or without a nationality; a customs union or customs duties name
// no one. Every mention as text=CODE.
func TestCustomsOfficers63(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "Greek customs officers seized a lorry.", "Greek customs officers=GRCCOP"},
		{"2024-05-20", "Kenyan customs agents arrested two smugglers.", "Kenyan customs agents=KENCOP | smugglers=?CRM"},
		{"2024-05-20", "Greek customs officials seized a lorry.", "Greek customs officials=GRCCOP"},
		{"2024-05-20", "Turkey raised customs duties on Greek goods.", "Turkey=TUR | Greek=~GRC"},
	}, showCode)
}
