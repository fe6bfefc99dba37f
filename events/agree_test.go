package events_test

import "testing"

// TestAgreedTo: one party's "agreed to" is its intent, the inner act's
// target kept; two parties agreeing both intend it; "agree on"/"agree
// with" only right after the verb.
func TestAgreedTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States agreed to lift sanctions on Venezuela.", []string{"USA 0354 VEN future"}},
		{"Mexico agreed to extradite a cartel leader to the United States.", []string{"MEX 0313 USA future"}},
		{"Norway agreed to mediate between Colombia and the ELN.", []string{"NOR 039 COL future", "NOR 039 COLREB future"}},
		{"Egypt and Sudan agreed to share intelligence on armed groups.", []string{"EGY 0314 SDN future", "SDN 0314 EGY future"}},
		{"Ethiopia and Eritrea agreed on a border demarcation.", []string{"ETH 057 ERI asserted", "ERI 057 ETH asserted"}},
		{"The EU agreed a 14th package of sanctions against Russia.", []string{"IGOEUREEC 163 RUS asserted"}},
	}, false)
}
