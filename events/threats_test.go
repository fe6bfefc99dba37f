package events_test

import "testing"

// TestThreatRules codes team-written sentences for the threat rules of
// combine.go (tailWarning), intent.go (threatTargets) and hits.go
// (expectedBy): a warning said after the threat it carries, by a speaker
// of the threatening state, is one asserted threat by the speaker aimed
// where the threat was aimed; a threat with no named target aims at the
// state that has just attacked its source or at the actor of its
// condition; a bare "respond" is a threat (130) only with a
// condition, a hostile act it answers ("will respond to any … incursion")
// or a vow; what others expect an actor to do is no event. The near
// sentences must not change: a plain "said" keeps the future threat by
// the state, a speaker of another state keeps the state's future threat
// and makes a comment (012) on it, not a threat of its own, a response
// with no condition or by a firm with no one threatened is no event.
func TestThreatRules(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"If Ottawa raises duties on Mexican steel, Mexico will retaliate, an economy ministry spokeswoman warned.",
			[]string{"CAN 163 MEX hypothetical", "MEXGOV 138 CAN asserted"}},
		{"Mexico will retaliate against Canada, the Mexican economy minister warned on Friday.",
			[]string{"MEXGOV 138 CAN asserted"}},
		{"Mexico will retaliate against Canada, the Mexican economy minister said on Friday.",
			[]string{"MEX 138 CAN future"}},
		{"Australia will impose sanctions on Fiji if it bars the observers, the foreign minister warned.",
			[]string{"AUSGOV 1312 FJI asserted"}},
		{"Greece could expel Turkish diplomats if the incursions go on, the Greek foreign minister warned.",
			[]string{"GRCGOV 1313 TURGOV asserted"}},
		{"Egypt will respond to Ethiopia, the Egyptian foreign minister warned on Sunday.",
			[]string{"EGYGOV 130 ETH asserted"}},
		// a speaker of another state forecasts it: a pessimistic
		// comment on Mexico (012), no threat of Canada's
		{"Mexico will retaliate, Canada's trade minister warned.",
			[]string{"MEX 138 - future", "CANGOV 012 MEX asserted"}},
		{"Armenia shelled Azerbaijani positions on Monday, and Azerbaijan vowed to retaliate.",
			[]string{"ARM 194 AZEMIL asserted", "AZE 138 ARM asserted"}},
		{"Azerbaijan vowed to retaliate.",
			[]string{"AZE 138 - asserted"}},
		{"Sudan vowed to retaliate after Chad fired rockets at it.",
			[]string{"SDN 138 TCD asserted", "TCD 194 SDN asserted"}},
		{"Armenia vowed to retaliate after Azerbaijan shelled its border villages.",
			[]string{"ARM 138 AZE asserted", "AZE 194 ARM asserted"}},
		{"Turkey would respond if Greece extended its territorial waters, the defence minister said.",
			[]string{"TUR 130 GRC future"}},
		{"Turkey responded to the Greek proposal on Friday.",
			nil},
		{"Hamas will respond to any Israeli incursion into Rafah, a spokesman said.",
			[]string{"PSEREB 130 ISR future"}},
		{"Egypt vowed to respond to the Ethiopian provocation.",
			[]string{"EGY 130 ETH asserted"}},
		{"Egypt will respond to the Ethiopian proposal next week.",
			nil},
		{"The airline will respond if passengers complain about the delays.",
			nil},
		// "it" in the condition is the party the main clause acts on,
		// unless passive ("if it is attacked") or concessive ("even if")
		{"Ghana will cut aid to Togo if it expels Ghanaian diplomats.",
			[]string{"GHA 1311 TGO future", "TGO 161 GHAGOV hypothetical"}},
		{"Iran will strike Israel if it is attacked again, the Iranian army chief said.",
			[]string{"IRN 138 ISR future"}},
		// a retaliation with no target in a later sentence aims at the
		// state whose force last hit the threatener's state, no one else's
		{"Eritrea shelled Ethiopian border towns on Monday. Ethiopia vowed to retaliate.",
			[]string{"ERI 194 ETH asserted", "ETH 138 ERI asserted"}},
		{"Eritrea shelled Ethiopian border towns on Monday. Sudan vowed to retaliate.",
			[]string{"ERI 194 ETH asserted", "SDN 138 - asserted"}},
		// a planned use of nuclear weapons is a nuclear threat (1385);
		// "used to help fund its nuclear weapons programme" is none
		{"Pakistan will use nuclear weapons if its existence is threatened, the general said.",
			[]string{"PAK 1385 - future"}},
		{"A front company used to help fund the country's nuclear weapons programme was fined.",
			nil},
		// a nuclear strike launched is no labour strike (was PRK 133 KOR,
		// a threat of protest, from "launch … strike" 143)
		{"North Korea warned that it could launch a nuclear strike against South Korea.",
			[]string{"PRK 1385 KOR asserted"}},
		{"Kenyan teachers launched a strike on Monday.",
			[]string{"KENEDU 143 KENGOV asserted"}},
		// a show of force held over another's act is a threat; a planned
		// drill with no condition stays a show of force in the future
		{"Pakistan will test a ballistic missile if India deploys more troops to the border, the army said.",
			[]string{"PAK 138 IND future", "IND 154 - hypothetical"}},
		{"Pakistan will hold military drills next week.",
			[]string{"PAK 150 - future"}},
		{"Serbia is expected to deploy more troops to the boundary line.",
			nil},
		{"Serbia plans to deploy more troops to the boundary line.",
			[]string{"SRB 154 - future"}},
	}, false)
}

// TestWarnedForecasts: a warning that another state may or will act
// (verb complement, or said after the act) is the speaker's pessimistic
// comment on that state (012), no threat by the speaker; a speculation
// ("may", "could") is no event of the other state, a plan stated as fact
// stays its future event. Near misses: a warning of the speaker's own act
// (named, "its forces", a pronoun) stays a threat.
func TestWarnedForecasts(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Iran warned that Israel may strike its nuclear sites.",
			[]string{"IRN 012 ISR asserted"}},
		{"Seoul warned that North Korea could launch missiles this week.",
			[]string{"KOR 012 PRK asserted"}},
		{"North Korea could launch missiles this week, Seoul warned.",
			[]string{"KOR 012 PRK asserted"}},
		{"The United States warned that Russia could invade Ukraine within days.",
			[]string{"USA 012 RUS asserted"}},
		{"Pakistan warned that India might attack its territory, the foreign ministry said.",
			[]string{"PAK 012 IND asserted"}},
		// a plan stated as fact stays the other state's future event, aimed
		// at the warner when its object is the warner's own
		{"Ukraine warned that Russia would strike its power plants this winter.",
			[]string{"UKR 012 RUS asserted", "RUS 138 UKR future"}},
		{"Israel warned that Iran would attack its embassies abroad.",
			[]string{"ISR 012 IRN asserted", "IRN 138 ISR future"}},
		// one comment on each state named
		{"Iran warned that Israel and the United States may strike its nuclear sites.",
			[]string{"IRN 012 ISR asserted", "IRN 012 USA asserted"}},
		{"Ukraine warned that Russia and Belarus could launch a new offensive.",
			[]string{"UKR 012 RUS asserted", "UKR 012 BLR asserted"}},
		// a warning to an addressee stays a threat to it
		{"Iran warned the United States that Hezbollah would attack American bases.",
			[]string{"IRN 138 USA asserted"}},
		// near misses: the speaker's own act is a threat
		{"Russia warned it could strike Kyiv's government buildings.",
			[]string{"RUS 138 UKRGOV asserted"}},
		{"Kim Yo Jong warned that North Korea would take military action against South Korea.",
			[]string{"PRKGOV 138 KOR asserted"}},
		{"Israel warned Hezbollah that it would strike Beirut.",
			[]string{"ISR 138 LBNREB asserted"}},
		{"Israel warned Hezbollah that its forces would strike Beirut.",
			[]string{"ISR 138 LBNREB asserted"}},
	}, false)
}

// TestFutureForceQuotedOrWar codes a state's future act of force as a
// threat (13x, future) also when a quotation opens between the modal and
// its verb ('would "totally destroy North Korea"', 'would "crush" any
// aggression'), and "go to war" said of a state, its leaders or an armed
// group as force (threatened: 138); a war gone to by others, in history,
// a rout in sport and smashed windows are no such threat.
func TestFutureForceQuotedOrWar(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Trump said the United States would \"totally destroy North Korea\" if forced to defend itself.", []string{"USA 137 PRK future"}},
		{"Iran's president said Tehran would \"crush\" any Israeli aggression.", []string{"IRN 138 ISR future"}},
		{"Kim said North Korea would \"wipe out\" the South Korean army.", []string{"PRK 138 KORMIL future"}},
		{"Somalia's president said his country would go to war if Ethiopia built a naval base.", []string{"SOM 138 ETH future"}},
		{"Venezuela said it would go to war with Guyana if the oil blocks were auctioned.", []string{"VEN 138 GUY future"}},
		{"Eritrea's president warned that Eritrea would go to war with Ethiopia.", []string{"ERIGOV 138 ETH asserted"}},
		{"Nigeria's army crushed Boko Haram fighters in Borno state on Sunday.", []string{"NGAMIL 190 NGAREB asserted"}},
		// not a state's force
		{"Kenyan doctors said they would go to war with the health ministry over pay.", nil},
		{"Ethiopia and Eritrea went to war in 1998.", nil},
		{"Argentina crushed Brazil 4-1 in Buenos Aires on Tuesday.", nil},
		{"Protesters smashed windows at the parliament building.", nil},
		{"Dutch diplomats would not go into a combat zone to bring them home.", nil},
	}, false)
}

// TestWarAndCrushWithoutForce keeps "go to war" with an organisation or
// over an issue, and a future crush or smash of a state's team or of a
// thing of the state's ("Ukraine's economy"), from threats of force
// (138); a war over a place, and a crush of a state itself, stay.
func TestWarAndCrushWithoutForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hungary's government went to war with the European Union over migrant quotas.", nil},
		{"Poland's government said it would go to war with Brussels over the rule-of-law dispute.", nil},
		{"Greece's government is going to war with the IMF over pension cuts.", nil},
		{"Brazil said it would crush Argentina in Thursday's World Cup qualifier.", nil},
		{"Trump said the United States would smash China's economy with tariffs.", nil},
		{"Erdogan said Turkey would crush Greece's tourism industry.", nil},
		// force
		{"Armenia said it would go to war with Azerbaijan over Karabakh.", []string{"ARM 138 AZE future"}},
		{"Kim said North Korea would crush South Korea if provoked.", []string{"PRK 138 KOR future"}},
	}, false)
}
