package events_test

import "testing"

// wirefalse7Cases exercise wirefalse7.go with the team's own sentences:
// the exact events each must give ("SOURCE CAMEO TARGET status"; nil:
// none), with neighbours of the same shape that keep their codes.
var wirefalse7Cases = []familyCase{
	// force by police or security forces on protesters is repression
	{"repression", "Police in Lagos opened fire on demonstrators on Monday, witnesses said.", []string{"NGACOP 175 NGACVL asserted"}},
	{"repression", "Sri Lankan riot police opened fire on crowds outside the presidential palace in Colombo on Saturday.", []string{"LKACOP 175 LKACVL asserted"}},
	{"repression", "Iranian police shot protesters in the city of Zahedan on Friday, rights groups said.", []string{"IRNCOP 175 IRNCVL asserted"}},
	{"repression", "Sudanese security forces fired on protesters in Khartoum on Sunday.", []string{"SDNCOP 175 SDNCVL asserted"}},
	{"repression", "Bangladeshi police shot dead three students during a protest against job quotas on Tuesday.", []string{"BGDCOP 175 BGDEDU asserted"}},
	{"repression", "Gunmen opened fire on a crowd of worshippers in Kano on Friday.", []string{"NGAUAF 193 NGACVL asserted"}},
	{"repression", "Israeli troops opened fire on Hamas fighters in Rafah on Monday.", []string{"ISRMIL 193 PSEREB asserted"}},
	// a named person shot by an armed individual: an assassination attempt
	{"assault", "A gunman shot Pakistani opposition leader Imran Khan in the leg at a rally on Thursday, his aides said.", []string{"PAKUAF 185 PAKOPP asserted"}},
	{"assault", "A gunman shot Ecuadorean lawmaker and presidential hopeful Carlos Mendoza at a market in Quito on Sunday.", []string{"ECUUAF 185 ECULEG asserted"}},
	{"assault", "Brazilian President Luiz Inacio Lula da Silva was shot by a lone gunman in Brasilia on Friday.", []string{"BRAUAF 185 BRAGOV asserted"}},
	{"assault", "An attacker struck Spanish Prime Minister Pedro Sanchez in Madrid on Sunday.", []string{"ESPUAF 182 ESPGOV asserted"}},
	// (on 2024-03-14 Jovenel Moise is no president: the country alone)
	{"assault", "Gunmen shot dead Haitian President Jovenel Moise at his home on Wednesday.", []string{"HTIUAF 186 HTI asserted"}},
	{"assault", "A gunman opened fire on a crowd of shoppers in Las Vegas on Sunday, killing 12 people.", []string{"USAUAF 193 USACVL asserted"}},
}

func TestWirefalse7Families(t *testing.T) {
	checkFamilies(t, "", wirefalse7Cases, false)
}
