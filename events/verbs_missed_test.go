package events_test

import "testing"

// TestGoAheadWithFamily codes an act gone, pressed, pushed or forged ahead
// with as the act itself: tariffs and sanctions 163 (hypothetical in an
// if-clause, whose goods name the target), an offensive 190; plans gone
// ahead with are no event.
func TestGoAheadWithFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"China warned on Wednesday it would take countermeasures if Washington went ahead with new tariffs on Chinese goods.",
			[]string{"CHN 130 USA asserted 2024-07-10", "USA 163 CHN hypothetical 2024-07-10"}},
		{"Ottawa will respond in kind if the United States presses ahead with its duties on Canadian lumber, the trade minister said.",
			[]string{"CAN 130 USA future 2024-07-13", "USA 163 CAN hypothetical 2024-07-13"}},
		{"Washington pressed ahead with fresh tariffs on Chinese goods on Friday.",
			[]string{"USA 163 CHN asserted 2024-07-12"}},
		{"The European Union pushed ahead with new sanctions on Belarus on Thursday.",
			[]string{"IGOEUREEC 163 BLR asserted 2024-07-11"}},
		{"Russian forces pressed ahead with their offensive on Pokrovsk on Sunday.",
			[]string{"RUSMIL 190 UKR asserted 2024-07-07"}},
		// plans gone ahead with: no act named
		{"The council went ahead with plans to build a new stadium.",
			nil},
		// labour strikes and official duties gone ahead with are no
		// attack and no sanction (review 26a)
		{"British nurses went ahead with their strike against the government on Tuesday.",
			nil},
		{"Junior doctors in England pressed ahead with strikes against the health ministry.",
			nil},
		{"The Chinese president went ahead with his official duties in Moscow on Monday.",
			nil},
	}, true)
}

// TestTradeTruceFamily codes a truce in a trade or tariff war agreed or
// extended as an intent to ease economic sanctions (0354, both ways); a
// truce in a shooting war stays a ceasefire (0871).
func TestTradeTruceFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Washington and Beijing agreed on Tuesday to a 90-day truce in their tariff war.",
			[]string{"USA 0354 CHN future 2024-07-09", "CHN 0354 USA future 2024-07-09"}},
		{"The United States and China agreed to extend their trade truce for another 90 days.",
			[]string{"USA 0354 CHN future 2024-07-13", "CHN 0354 USA future 2024-07-13"}},
		{"India and China agreed to a truce along their disputed border.",
			[]string{"IND 0871 CHN asserted 2024-07-13", "CHN 0871 IND asserted 2024-07-13"}},
	}, true)
}

// TestPledgeNotToAttackFamily codes an agreement, pledge or promise not to
// attack or use force as an intent to de-escalate (0356, future), both
// ways when two parties agree; the attack itself is not coded, and an
// agreement negated is no pledge.
func TestPledgeNotToAttackFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan agreed on Friday not to use force against each other.",
			[]string{"ARM 0356 AZE future 2024-07-12", "AZE 0356 ARM future 2024-07-12"}},
		{"Thailand and Cambodia agreed not to attack each other's border posts.",
			[]string{"THA 0356 KHM future 2024-07-13", "KHM 0356 THA future 2024-07-13"}},
		{"Moscow promised on Tuesday not to strike Ukraine's nuclear power plants.",
			[]string{"RUS 0356 UKR future 2024-07-09"}},
		{"China pledged not to use nuclear weapons first.",
			[]string{"CHN 0356 - future 2024-07-13"}},
		// "not" before the pledge, or no attack verb right after "not to"
		{"Serbia did not agree to attack Kosovo.",
			[]string{"SRB 138 KSV negated 2024-07-13"}},
		// weapons named (review 26a: was locked in as nil); the target
		// inside a place is not yet found (no target)
		{"Kyiv vowed not to use Western missiles against targets inside Russia.",
			[]string{"UKR 0356 - future 2024-07-13"}},
		{"Ukraine pledged not to use Western weapons against Russian territory.",
			[]string{"UKR 0356 RUS future 2024-07-13"}},
		{"Israel promised not to use drones against Lebanese civilians.",
			[]string{"ISR 0356 LBNCVL future 2024-07-13"}},
	}, true)
}

// TestJointCommandAndCoalitionFamily codes a joint military command, task
// force or unit set up, and a military coalition joined, as military
// cooperation (062; 0312 when agreed or planned); a joint committee and a
// coalition government are none.
func TestJointCommandAndCoalitionFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Colombia and Ecuador set up a joint military task force to fight cocaine smugglers on Monday.",
			[]string{"COL 062 ECU asserted 2024-07-08", "ECU 062 COL asserted 2024-07-08"}},
		{"Kenya and Somalia will set up a joint security command along their border.",
			[]string{"KEN 0312 SOM future 2024-07-13", "SOM 0312 KEN future 2024-07-13"}},
		{"Ecuador and Peru agreed to set up a joint military command to fight drug trafficking gangs.",
			[]string{"ECU 0312 PER future 2024-07-13", "PER 0312 ECU future 2024-07-13"}},
		{"Damascus agreed to join the coalition against the Islamic State group.",
			[]string{"SYR 0312 - future 2024-07-13"}},
		{"Jordan joined the coalition fighting the Houthis.",
			[]string{"JOR 062 - asserted 2024-07-13"}},
		{"The two sides set up a joint committee to monitor the deal.",
			nil},
		{"Kosovo's opposition joined the coalition government on Friday.",
			nil},
		// a joint body with no military word, a coalition against no
		// armed group: none (review 26a)
		{"Mexico and the United States set up a joint task force on migration on Monday.",
			nil},
		{"Germany and France created a joint unit to investigate tax fraud.",
			nil},
		{"Britain's Labour Party joined a coalition against austerity on Monday.",
			nil},
		{"The Liberal Democrats joined the coalition against the Conservatives on Monday.",
			nil},
		{"Kenya joined a coalition against corruption on Monday.",
			nil},
		{"Iraq joined the military coalition led by the United States on Monday.",
			[]string{"IRQ 062 - asserted 2024-07-08"}},
	}, true)
}

// TestOrderedPartyDemand codes a party ordered or instructed by a court or
// another state to act as a demand, its sub-code from the act asked for
// (1056 a halt, 1053 a release, 1055 access, 1031 funding); an order to
// the orderer's own forces or ministries is the act itself, and an order
// whose object is no party ("ordered an inquiry into the decision to
// release") is no demand.
func TestOrderedPartyDemand(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The International Court of Justice ordered Israel on Friday to halt its military offensive in Rafah.",
			[]string{"IGOUNOICJ 1056 ISR asserted 2024-07-12"}},
		{"The U.N. tribunal ordered Beijing to release the detained Philippine sailors.",
			[]string{"IGOUNO 1053 CHN asserted 2024-07-13"}},
		// two parties ordered (review 26a; was no event)
		{"The World Court ordered Russia and Ukraine to halt the fighting.",
			[]string{"IGOUNOICJ 1056 RUS asserted 2024-07-13", "IGOUNOICJ 1056 UKR asserted 2024-07-13"}},
		{"The International Court of Justice ordered Armenia and Azerbaijan on Friday to release their prisoners.",
			[]string{"IGOUNOICJ 1053 ARM asserted 2024-07-12", "IGOUNOICJ 1053 AZE asserted 2024-07-12"}},
		{"Brazil's Supreme Court ordered the government to allow inspectors into the Amazon reserve.",
			[]string{"BRAJUD 1055 BRAGOV asserted 2024-07-13"}},
		{"A federal judge ordered the Trump administration to restore the funding.",
			[]string{"USAJUD 1031 USAGOV asserted 2024-07-13"}},
		// the same act "told": its sub-code too
		{"The World Court told Israel to halt its offensive in Rafah.",
			[]string{"IGOUNOICJ 1056 ISR asserted 2024-07-13"}},
		// own forces and ministries: the act itself
		{"Putin ordered the army to halt strikes on Kyiv.",
			[]string{"RUSGOV 087 UKR asserted 2024-07-13"}},
		{"Beijing ordered its ministries to suspend imports of Japanese seafood.",
			[]string{"CHN 163 JPN asserted 2024-07-13"}},
		// no party ordered
		{"The prime minister ordered an inquiry into the decision to release the prisoners.",
			nil},
	}, true)
}

// TestOfferReactedFamily codes an offer or proposal that a party rejects,
// turns down, brushes off or welcomes as the offerer's intent toward that
// party (future), by what it offers: a pause in strikes or a truce 0356,
// relief 0333, a loan 0331, talks 036, mediation 039; in a passive's
// subject too; an invitation to talks turned down is an offer of talks
// (gold README item 71). An invitation to anything else, a proposal of
// something else and a welcomed call give the reaction alone.
func TestOfferReactedFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kyiv brushed off Moscow's offer of a 30-day pause in strikes on energy facilities on Tuesday.",
			[]string{"UKR 127 RUS asserted 2024-07-09", "RUS 0356 UKR future 2024-07-13"}},
		{"Israel rejected Egypt's offer of a truce in Gaza.",
			[]string{"ISR 127 EGY asserted 2024-07-13", "EGY 0356 ISR future 2024-07-13"}},
		{"North Korea turned down South Korea's offer of flood relief on Wednesday.",
			[]string{"PRK 127 KOR asserted 2024-07-10", "KOR 0333 PRK future 2024-07-13"}},
		{"Manila rebuffed Beijing's offer of a loan for the railway.",
			[]string{"PHL 127 CHN asserted 2024-07-13", "CHN 0331 PHL future 2024-07-13"}},
		{"Azerbaijan's offer of talks was rejected by Armenia on Tuesday.",
			[]string{"ARM 125 AZE asserted 2024-07-09", "AZE 036 ARM future 2024-07-09"}},
		{"A Chinese offer to mediate between Cambodia and Thailand was welcomed by Phnom Penh on Tuesday.",
			[]string{"KHM 013 CHN asserted 2024-07-09", "CHN 039 KHM future 2024-07-09"}},
		{"Seoul welcomed Pyongyang's offer of talks.",
			[]string{"KOR 051 PRK asserted 2024-07-13", "PRK 036 KOR future 2024-07-13"}},
		{"Kosovo turned down a Serbian invitation on Wednesday to a fresh round of talks in Belgrade.",
			[]string{"KSV 125 SRB asserted 2024-07-10", "SRB 036 KSV future 2024-07-13"}},
		{"Beijing's defence minister declined an invitation from Japan's defence minister to hold talks in Singapore.",
			[]string{"CHNGOV 125 JPNGOV asserted 2024-07-13", "JPNGOV 036 CHNGOV future 2024-07-13"}},
		// the reaction alone
		{"India declined a British invitation on Wednesday to attend the coronation in London.",
			[]string{"IND 125 GBR asserted 2024-07-10"}},
		// talks outside the invitation's phrase (review74b)
		{"India declined a British invitation to the coronation, citing talks with Pakistan.",
			[]string{"IND 125 GBR asserted 2024-07-13", "IND 046 PAK asserted 2024-07-13", "PAK 046 IND asserted 2024-07-13"}},
		{"Israel rejected Egypt's proposal of a new border regime.",
			[]string{"ISR 127 EGY asserted 2024-07-13"}},
		{"Seoul welcomed Washington's call for talks.",
			[]string{"KOR 051 USA asserted 2024-07-13"}},
	}, true)
}

// TestThreatenToSendTroops codes troops threatened to be sent into a
// country as a threat of force (138), not a deployment.
func TestThreatenToSendTroops(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rwanda's president threatened on Friday to send troops into Burundi if the attacks continued.",
			[]string{"RWAGOV 138 BDI asserted"}},
	}, false)
}

// TestAgreedPlanFamily codes a plan agreed on with its infinitive as a
// stated plan (03x, future), arrangements agreed on as an intent (030,
// future), and the phase of a plan to end a war agreed to as a ceasefire
// (0871); a plan with no infinitive stays an agreement (057).
func TestAgreedPlanFamily(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenia and Azerbaijan agreed on a plan to normalise their relations, the mediator said.",
			[]string{"ARM 032 AZE future", "AZE 032 ARM future"}},
		{"Thailand and Cambodia have agreed on patrolling arrangements along their disputed border.",
			[]string{"THA 030 KHM future", "KHM 030 THA future"}},
		{"Israel and Hamas agreed on Thursday to the first phase of a plan to end the war, including a ceasefire.",
			[]string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
		{"Egypt and Sudan agree on plan that could ease a row over the Nile dam.",
			[]string{"EGY 057 SDN asserted", "SDN 057 EGY asserted"}},
	}, false)
}

// TestSignedOffOn codes a deal, or a phase of a plan, signed off on as
// signed (057); a strike, a
// plan or a deployment signed off on is one side's approval of its own
// act, no agreement.
func TestSignedOffOn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israel signed off on the deal with Hamas on Wednesday.",
			[]string{"ISR 057 PSEREB asserted", "PSEREB 057 ISR asserted"}},
		{"Egypt and Sudan signed off on the first phase of the Ethiopian plan on Thursday.",
			[]string{"EGY 057 SDN asserted", "SDN 057 EGY asserted"}},
		{"Biden signed off on the airstrikes against Houthi targets in Yemen.", nil},
		{"Netanyahu signed off on the plan to invade Rafah.", nil},
		{"The Pentagon signed off on the deployment of 3,000 troops.", nil},
	}, false)
}

// TestHarbouringMilitants codes militants harboured by a state, the
// charge of an accusation, as sheltering (075, alleged).
func TestHarbouringMilitants(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kabul accused Islamabad of harbouring militants who attack Afghan towns.",
			[]string{"AFG 112 PAK asserted", "PAK 075 AFGREB alleged"}},
	}, false)
}

// TestPardonedPeopleReleased codes people pardoned as released (0841).
func TestPardonedPeopleReleased(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Belarus's leader Alexander Lukashenko pardoned 20 jailed protesters on Friday.",
			[]string{"BLRGOV 0841 BLRCVL asserted"}},
	}, false)
}

// TestOutrageWordsCalled codes a thing called "vile" or "barbaric" as
// criticism of its owner (111), however long the thing's name, and the
// thing's own act as well; a word of blame inside the name of an act the
// sentence tells ("in what Kyiv called a vile attack") is no criticism.
func TestOutrageWordsCalled(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zelenskiy called the Russian missile attack on Odesa \"vile\" on Friday.",
			[]string{"UKRGOV 111 RUS asserted", "RUS 195 UKR asserted"}},
		{"Zelenskiy called the Russian missile attack on Odesa \"barbaric\" on Friday.",
			[]string{"UKRGOV 111 RUS asserted", "RUS 195 UKR asserted"}},
		{"Russian forces shelled Kharkiv on Friday in what Kyiv called a vile attack on civilians.",
			[]string{"RUSMIL 194 UKR asserted"}},
		{"Russian forces shelled Kharkiv on Friday in what Kyiv called a barbaric attack on civilians.",
			[]string{"RUSMIL 194 UKR asserted"}},
	}, false)
}

// TestRadarsHandedOver codes radar systems handed over to a navy as
// military aid (072), as patrol boats are.
func TestRadarsHandedOver(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan handed over two radar systems to the Philippine navy in Manila on Tuesday.",
			[]string{"JPN 072 PHLMIL asserted"}},
	}, false)
}

// TestSupplyCutsLoansCandidacyAndAgreedDrills codes sentences written by
// the dyad team for four wire phrasings: gas or oil supplies cut to a
// state (163), a loan promised to a party (0331, future), candidate status
// granted by a bloc (050), and joint drills two parties agree or one
// party vows to hold (0312 future, both ways when two agree; as "will
// hold joint drills"). Drills vowed or agreed with no "joint" stay a show
// of force.
func TestSupplyCutsLoansCandidacyAndAgreedDrills(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Algeria halted gas deliveries to Spain on Friday.",
			[]string{"DZA 163 ESP asserted"}},
		{"Riyadh promised Cairo a $3 billion loan on Monday.",
			[]string{"SAU 0331 EGY future"}},
		{"The European Union granted Georgia candidate status on Thursday.",
			[]string{"IGOEUREEC 050 GEO asserted"}},
		{"Peru and Chile agreed on Friday to hold joint naval drills next year.",
			[]string{"PER 0312 CHL future", "CHL 0312 PER future"}},
		{"Turkey vowed to hold joint exercises with Azerbaijan.",
			[]string{"TUR 0312 AZE future"}},
	}, false)
}
