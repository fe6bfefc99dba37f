package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// mentionsCase is a sentence, its date and the actor mentions the coder
// keeps for it, as text=CODE joined by " | " ("~" before a modifier's
// code, places left out).
type mentionsCase struct {
	date, text, want string
}

func checkCoderMentions(t *testing.T, c *events.Coder, cases []mentionsCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		var got []string
		for _, sa := range c.Actors(a) {
			for _, m := range sa.Mentions {
				if m.Place {
					continue
				}
				code := m.Code
				if m.Modifier {
					code = "~" + code
				}
				got = append(got, m.Text+"="+code)
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s (%s)\n got  %s\n want %s", tt.text, tt.date, g, tt.want)
		}
	}
}

// TestUnitCompoundOwner checks, on sentences written for this test, a
// role noun phrase before a noun compound: the owner of a compound that
// names a unit, craft or site ("a Philippine navy supply boat") is an
// actor, the target of the act on it; before any other compound ("supply
// lines", "budget cuts") the phrase stays a modifier.
func TestUnitCompoundOwner(t *testing.T) {
	c := newCoder(t)
	checkCoderMentions(t, c, []mentionsCase{
		{"2023-11-18", "Chinese coast guard ships blocked a Philippine navy supply boat near Second Thomas Shoal.",
			"Chinese coast guard=CHNMIL | Philippine navy=PHLMIL"},
		{"2024-07-13", "Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			"Ukrainian drones=UKRMIL | Russian army=RUSMIL"},
		{"2024-07-13", "Indian police detained the crew of a Pakistani navy patrol boat on Friday.",
			"Indian police=INDCOP | Pakistani navy=PAKMIL"},
		{"2024-07-13", "Ukrainian forces shot down a Russian air force transport plane on Monday.",
			"Ukrainian forces=UKRMIL | Russian air force=RUSMIL"},
		{"2024-07-13", "Ukraine targeted Russian army supply lines on Monday.",
			"Ukraine=UKR | Russian army=~RUSMIL"},
		{"2024-07-13", "The French army budget cuts angered generals on Monday.",
			"The French army=~FRAMIL | generals=FRAMIL"},
	})
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Ukrainian drones struck a Russian army supply depot in Belgorod on Monday.",
			[]string{"UKRMIL 1952 RUSMIL asserted"}},
		{"Iranian forces seized a British navy supply vessel in the Gulf on Monday.",
			[]string{"IRNMIL 171 GBRMIL asserted"}},
	})
}

// TestForcesOfHolderEvents checks, on sentences written for this test,
// that a ruler's or regime's forces act as the state's military or
// police in the events they take part in, while a ruler's government
// stays GOV and a former leader stays the country.
func TestForcesOfHolderEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-03-06", []coverageCase{
		{"Assad's forces shelled the rebel-held town of Douma on Monday.",
			[]string{"SYRMIL 194 SYRREB asserted"}},
		{"Witnesses said regime forces attacked rebels near Idlib on Monday.",
			[]string{"SYRMIL 190 SYRREB asserted"}},
		{"Britain accused Assad's forces on Monday of using chemical weapons in Douma.",
			[]string{"GBR 112 SYRMIL asserted", "SYRMIL 2041 SYRCVL alleged"}},
		{"Assad's government condemned Israel on Monday.",
			[]string{"SYRGOV 111 ISR asserted"}},
	})
	checkDated(t, c, "2024-05-14", []coverageCase{
		{"Erdogan's police detained dozens of journalists in Istanbul on Monday.",
			[]string{"TURCOP 173 TURMED asserted"}},
		{"Maduro's security forces arrested dozens of protesters in Caracas on Monday.",
			[]string{"VENCOP 173 VENCVL asserted"}},
	})
}

// TestHomeBodyPlace checks, on sentences written for this test, where a
// bare "the authorities", "the police" or "the court" belongs when the
// story is about a foreigner: the state of the place the sentence names
// (after a compass point too: "in south-west Turkey"), not the story's
// own state; a government, which acts abroad too, stays the story's.
func TestHomeBodyPlace(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"A British volunteer who fought Isis was detained again. He was on holiday in south-west Turkey when the authorities arrested him on terrorism charges.",
			[]string{"TURGOV 173 - asserted"}},
		{"Britain's foreign office said it was helping a British man. He was travelling in Egypt when the authorities arrested him at Cairo airport.",
			[]string{"EGYGOV 173 - asserted"}},
		{"Two Australian tourists were detained on Monday. They were hiking in north-west Iran when the police arrested them.",
			[]string{"IRNCOP 173 AUSCVL asserted"}},
	})
	checkCoderMentions(t, c, []mentionsCase{
		{"2024-07-13", "He was working in north-east Nigeria when gunmen kidnapped him.",
			"gunmen=NGAUAF"},
		{"2024-07-13", "Britain pledged help for Pakistan. The government sent aid to flood victims in south-east Pakistan on Monday.",
			"Britain=GBR | Pakistan=PAK | The government=GBRGOV"},
	})
}

// TestJurisdiction checks, on sentences written for this test, a
// sub-national official named by the place of their office: the place's
// state, whatever other state the sentence names ("Kharkiv regional
// governor … accused Russia" is Ukraine's), and an unknown name after
// such a title is the official ("Borno state governor Babagana Zulum"),
// not an unknown subject; a party's leader is no place's official.
func TestJurisdiction(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Borno state governor Babagana Zulum criticised the Nigerian army on Monday.",
			[]string{"NGAGOV 111 NGAMIL asserted"}},
		{"Lagos state governor Babajide Sanwo-Olu condemned the attack on Monday.",
			[]string{"NGAGOV 111 - asserted"}},
		{"Sindh chief minister Murad Ali Shah condemned the attack on Monday.",
			[]string{"PAKGOV 111 - asserted"}},
		{"Kharkiv regional governor Oleh Syniehubov accused Russia of shelling the city on Monday.",
			[]string{"UKRGOV 112 RUS asserted", "RUS 194 UKR alleged"}},
		{"The Kherson regional administration accused Russia of shelling the city on Monday.",
			[]string{"UKRGOV 112 RUS asserted", "RUS 194 UKR alleged"}},
		{"Texas Governor Greg Abbott criticised Mexico on Monday.",
			[]string{"USAGOV 111 MEX asserted"}},
		{"Punjab police arrested two suspects in Lahore on Monday.",
			[]string{"PAKCOP 173 - asserted"}},
		{"Lib Dem leader Charles Kendall criticised the government on Monday.", nil},
	})
}

// TestTopicModifier checks, on sentences written for this test, that a
// state named only as a war's name ("the Iraq war", "the Vietnam war")
// does not make the story that state's: later bodies take the place the
// story names, or no state.
func TestTopicModifier(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2004-07-13", []coverageCase{
		{"Anti-war campaigners lost a court case over a protest against the Iraq war. Three Appeal Court judges dismissed their appeal on Wednesday.", nil},
		{"Veterans of the Vietnam war marched in Canberra. The police arrested three of them on Wednesday.",
			[]string{"AUSCOP 173 - asserted"}},
		{"Campaigners against the Syria conflict rallied in London. The police arrested ten of them on Wednesday.",
			[]string{"GBRCOP 173 - asserted"}},
		{"Iraqi troops clashed with insurgents in Falluja. The police arrested ten of them on Wednesday.",
			[]string{"IRQMIL 190 IRQREB asserted", "IRQREB 190 IRQMIL asserted", "IRQCOP 173 - asserted"}},
	})
}

// TestCommunity checks, on sentences written for this test, a people's
// community abroad: with its state's adjective it is that state's
// civilians ("the Pakistani community in Manchester" PAKCVL, not the
// state PAK); with none it is no actor ("the Kurdish community", "the
// international community").
func TestCommunity(t *testing.T) {
	c := newCoder(t)
	checkCoderMentions(t, c, []mentionsCase{
		{"2024-07-13", "The Pakistani community in Manchester held a vigil on Tuesday.",
			"The Pakistani community=PAKCVL"},
		{"2024-07-13", "Members of the Nigerian diaspora in London protested against the election result on Monday.",
			"the Nigerian diaspora=NGACVL"},
		{"2024-07-13", "The Kurdish community in Manchester marched in solidarity with Afrin on Saturday.", ""},
		{"2024-07-13", "The international community condemned the coup in Niger on Monday.", ""},
	})
}

// TestOrgOrganEvents checks, on sentences written for this test, the
// events of an organisation's organ named after its possessive.
func TestOrgOrganEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-06-06", []coverageCase{
		{"The International Atomic Energy Agency's board of governors censured Iran on Wednesday.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"The IMF's executive board approved a loan to Egypt on Monday.",
			[]string{"IGOUNOIMF 071 EGY asserted"}},
		{"The World Health Organization's executive board criticised Russia on Monday.",
			[]string{"IGOUNOWHO 111 RUS asserted"}},
	})
}

// TestProposalOwner checks, on sentences written for this test, that a
// rejection of "its" or "their" call, offer or proposal targets the
// proposer: the actor named before the verb, else the first actor of the
// sentence before (one rejects another's call, never one's own); an
// owner with no state stays out.
func TestProposalOwner(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"The UN is demanding an immediate ceasefire. Russia has dismissed its call.",
			[]string{"IGOUNO 1056 - asserted", "RUS 120 IGOUNO asserted"}},
		{"The EU offered new talks on Monday. Iran rejected its offer on Tuesday.",
			[]string{"IGOEUREEC 036 - future", "IRN 127 IGOEUREEC asserted"}},
		{"Washington proposed a truce on Monday. Moscow rejected its proposal on Tuesday.",
			[]string{"RUS 127 USA asserted"}},
		{"China called for restraint. India dismissed its appeal on Tuesday.",
			[]string{"CHN 0256 - asserted", "IND 120 CHN asserted"}},
		{"The army chief met reporters. Iran rejected its offer.",
			[]string{"IRN 127 - asserted"}},
	})
}

// TestHostEnvoyEvents checks, on sentences written for this test, that
// "Russia's UK ambassador" speaks for Russia, and so does a later "he".
func TestHostEnvoyEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-04-13", []coverageCase{
		{"Russia's UK ambassador Alexander Yakovenko gave a press conference in London. He criticised Britain on Friday.",
			[]string{"RUSGOV 111 GBR asserted"}},
		{"China's US ambassador criticised Washington on Friday.",
			[]string{"CHNGOV 111 USA asserted"}},
	})
}

// TestResponseClause checks, on sentences written for this test, "it"
// after "after", "when", "because" or "since": before an act of its own
// it is whom the main clause responds to; before a passive or a verb of
// blaming or saying it stays the main clause's subject.
func TestResponseClause(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-04-13", []coverageCase{
		{"The Security Council imposed new sanctions on North Korea after it staged two long-range missile launches in July.",
			[]string{"IGOUNO 163 PRK asserted", "PRK 150 - asserted"}},
		{"NATO warned Russia on Monday after it attacked a Ukrainian port.",
			[]string{"IGOWSTNAT 130 RUS asserted", "RUS 190 UKR asserted"}},
		{"China criticised the United States after it approved arms sales to Taiwan.",
			[]string{"CHN 111 USA asserted", "USA 072 TWN asserted"}},
		{"Iran condemned Israel after it was hit by missiles.",
			[]string{"IRN 111 ISR asserted"}},
		{"Poland ordered the closure of Russia's consulate in Krakow on Monday after it blamed Russian intelligence for an arson attack.",
			[]string{"POL 161 RUS asserted", "POL 112 RUSSPY asserted"}},
	})
}

// TestCompassAttackPlace checks, on sentences written for this test, a
// place struck with a compass word before it: its state, or its
// civilians when the attacker's own ("shelled eastern Ghouta").
func TestCompassAttackPlace(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-02-20", []coverageCase{
		{"Syrian government forces shelled eastern Ghouta on Monday.",
			[]string{"SYRMIL 194 SYRCVL asserted"}},
		{"Russian forces shelled southern Kherson on Monday.",
			[]string{"RUSMIL 194 UKR asserted"}},
		{"Russian jets bombed north-west Syria on Monday.",
			[]string{"RUSMIL 195 SYR asserted"}},
	})
}

// TestNationSpeaksEvents checks, on sentences written for this test, the
// events of "the Israelis", "the Americans" taking a state's stance.
func TestNationSpeaksEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2004-07-13", []coverageCase{
		{"The Americans have refused to hand over the files.",
			[]string{"USA 121 - asserted"}},
		{"The Iranians rejected the proposal on Monday.",
			[]string{"IRN 127 - asserted"}},
		{"Thousands of Israelis protested in Tel Aviv on Monday.",
			[]string{"ISRCVL 141 - asserted"}},
	})
}
