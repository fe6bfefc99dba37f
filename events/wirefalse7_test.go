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
	// what an agreement provides is not coded beside the agreement
	{"agreement", "Armenia and Azerbaijan signed a peace deal on Friday under which Armenia will return four villages to Azerbaijan.", []string{"ARM 057 AZE asserted", "AZE 057 ARM asserted"}},
	{"agreement", "Russia and Ukraine agreed to a 30-day ceasefire during which Russia will halt strikes on Ukrainian energy plants.", []string{"RUS 0871 UKR asserted", "UKR 0871 RUS asserted"}},
	{"agreement", "Kenya and Haiti signed an agreement whereby Kenya will deploy 1,000 police officers to Port-au-Prince.", []string{"KEN 057 HTI asserted", "HTI 057 KEN asserted"}},
	{"agreement", "Britain and Rwanda signed a treaty in which Rwanda pledged to accept migrants deported from Britain.", []string{"GBR 057 RWA asserted", "RWA 057 GBR asserted"}},
	{"agreement", "Israel and Hamas agreed to a truce, and Israel said it would release 150 Palestinian prisoners.", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted", "ISR 0353 PSECVL future"}},
	{"agreement", "Hamas released 50 Israeli hostages on Friday under a truce agreed with Israel.", []string{"PSEREB 0841 ISRCVL asserted"}},
	// a participle telling that the act answers another is its motive
	{"retaliation", "Canada imposed 25% tariffs on U.S. steel on Monday, hitting back at Washington's new levies.", []string{"CAN 163 USA asserted"}},
	{"retaliation", "Iran expelled two German diplomats on Tuesday, retaliating against Berlin's expulsion of Iranian envoys.", []string{"IRN 161 DEUGOV asserted"}},
	{"retaliation", "Russia banned imports of Polish pork on Friday, hitting back at Warsaw's support for new EU sanctions.", []string{"RUS 163 POL asserted"}},
	{"retaliation", "India raised duties on American almonds, striking back at Trump's steel tariffs.", []string{"IND 163 USA asserted"}},
	{"retaliation", "China hit back at Washington's new levies on Tuesday, calling them bullying.", []string{"CHN 111 USA asserted"}},
	// a second infinitive of one agreement, with no party of its own
	{"provision", "Egypt and Qatar agreed on Monday to restore diplomatic ties and reopen their embassies within two months.", []string{"EGY 032 QAT future", "QAT 032 EGY future"}},
	{"provision", "Bahrain and Iran agreed to resume relations and reopen embassies by June.", []string{"BHR 032 IRN future", "IRN 032 BHR future"}},
	{"provision", "Russia pledged to free 20 prisoners and lift its ban on Moldovan wine within a week.", []string{"RUS 0353 MDACVL future", "RUS 0354 MDA future"}},
	{"provision", "Chad and Sudan agreed to reopen their embassies within two months.", []string{"TCD 032 SDN future", "SDN 032 TCD future"}},
	// "charges" restating an accusation after a comma is no indictment
	{"charges", "Serbia accused Kosovo of arming ethnic Albanian militants, charges Pristina dismissed as lies.", []string{"SRB 112 KSV asserted", "KSV 016 SRB asserted"}},
	{"charges", "Armenia accused Azerbaijan of firing on its border posts, charges Baku rejected.", []string{"ARM 112 AZE asserted", "AZE 190 ARM denied", "AZE 016 ARM asserted"}},
	{"charges", "Ukraine's prosecutor general charges two Russian commanders with war crimes.", []string{"UKRJUD 173 RUSMIL asserted"}},
}

func TestWirefalse7Families(t *testing.T) {
	checkFamilies(t, "", wirefalse7Cases, false)
}
