package events_test

import "testing"

// TestAidGrid samples the 07 grid of verbs.txt: any verb of giving with
// any kind of aid, economic 071, military 072, humanitarian 073 (bare
// aid too, as the gold sets code it); none without a recipient, and
// trade is no aid.
func TestAidGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Germany disbursed a $500 million loan to Ukraine on Monday.", []string{"DEU 071 UKR asserted"}},
		{"Japan extended budget support to Sri Lanka.", []string{"JPN 071 LKA asserted"}},
		{"The Netherlands handed over F-16 fighter jets to Ukraine.", []string{"NLD 072 UKR asserted"}},
		{"Washington approved a $400 million military aid package for Kyiv.", []string{"USA 072 UKR asserted"}},
		{"Britain rushed air defence systems to Poland.", []string{"GBR 072 POL asserted"}},
		{"The UAE airlifted medical supplies to Sudan.", []string{"ARE 073 SDN asserted"}},
		{"Turkey donated tents and blankets to Syria.", []string{"TUR 073 SYR asserted"}},
		{"Qatar channelled $2 billion in aid to Gaza.", []string{"QAT 073 PSE asserted"}},
		{"Germany announced new funding for schools.", nil},
		{"The OPCW has yet to give a verdict on whether Syria used chemical weapons.", nil},
		{"Iran unveiled a new hypersonic missile on Tuesday.", []string{"IRN 150 - asserted"}},
		{"India resumed rice exports to Bangladesh on Monday.", []string{"IND 061 BGD asserted"}},
	}, false)
}
