package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestActorPlaces checks states and capitals the coder marks as places,
// not actors, on sentences written for this test: the mentions left
// (neither modifiers nor places) as text=CODE.
func TestActorPlaces(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		// "the border with X" is a place, unless closed or opened on X
		{"Ghana sent troops to guard the border with Togo.", "Ghana=GHA | troops=GHAMIL"},
		{"Greek farmers blocked border crossings with Bulgaria.", "Greek farmers=GRCAGR"},
		{"Algeria closed its border with Morocco.", "Algeria=DZA | Morocco=MAR"},
		// the last of a list of places after "in" (the police are the place's);
		// a list of actors is no list of places
		{"Police raided homes in Mombasa and Nairobi.", "Police=KENCOP"},
		{"Police raided homes in Mombasa, Kisumu and Nairobi.", "Police=KENCOP"},
		{"Uganda and Nairobi traded accusations.", "Uganda=UGA | Nairobi=KEN"},
		// a mission as a building with no state named is none; a
		// military base is a place
		{"The drone hit the consulate.", ""},
		{"Malian rebels overran a military base.", "Malian rebels=MLIREB"},
		// a visited state or capital is where the visit went (its host
		// is coded from it: TestPlaceMentions); so is a capital people are
		// sent to
		{"The Japanese foreign minister visited Canberra.", "The Japanese foreign minister=JPNGOV"},
		{"Former president Moon Jae-in visited Vietnam.", "president Moon Jae-in=KOR"},
		{"Rwanda deployed soldiers to Maputo.", "Rwanda=RWA | soldiers=RWAMIL"},
		{"Rwanda sent a letter to Maputo.", "Rwanda=RWA | Maputo=MOZ"},
		// part of a city
		{"Rioters looted shops in suburbs of Paris.", "Rioters=FRACVL"},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		var got []string
		for _, sa := range c.Actors(a) {
			for _, m := range sa.Mentions {
				if !m.Modifier && !m.Place {
					code := m.Code
					if m.Unresolved {
						code = "?" + code
					}
					got = append(got, m.Text+"="+code)
				}
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.text, g, tt.want)
		}
	}
}

// TestRegionNotState checks, on sentences written for this test, that
// "Latin America" and "South American leaders" name a region, not the
// United States.
func TestRegionNotState(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Spain pledged aid to Latin America on Monday.",
			[]string{"ESP 033 - future"}},
		{"Britain criticised Iran on Monday. South American leaders criticised the United States on Tuesday.",
			[]string{"GBR 111 IRN asserted"}},
	}, false)
}

// TestActors8Roles checks, on sentences written for this test, the role
// an actor takes by CODING.md: a state's missiles, rockets and glide bombs
// act as its military (as its drones and jets do) while weapons a state
// fires or tests are things; a title in apposition to "Mr" and a surname
// is that office holder; a lone surname with a date before the verb is
// still the office holder; a surname two states' office holders share
// names no one; a former leader is the country alone; a state's boat is
// the state's, not its civilians; a hospital struck is a place (its
// country), as the gold sets code it.
func TestActors8Roles(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-06-04", []coverageCase{
		{"Russian missiles struck Kyiv on Monday.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Russian drones struck Odesa on Monday.",
			[]string{"RUSMIL 1952 UKR asserted"}},
		{"Iranian ballistic missiles hit Israel on Monday.",
			[]string{"IRNMIL 195 ISR asserted"}},
		{"Kharkiv was battered by Russian glide bombs on Tuesday.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"North Korea test-fired several short-range ballistic missiles off its east coast on Wednesday.",
			[]string{"PRK 150 - asserted"}},
		{"Russia launched 40 missiles at Ukraine on Monday.",
			[]string{"RUS 195 UKR asserted"}},
		{"The president, Mr Putin, criticised Germany on Monday.",
			[]string{"RUSGOV 111 DEU asserted"}},
		{"Mr Starmer on Tuesday condemned Israel.",
			[]string{"GBRGOV 111 ISR asserted"}},
		{"Mr Erdogan on Tuesday accused Israel of committing genocide in Gaza.",
			[]string{"TURGOV 112 ISR asserted", "ISR 202 PSECVL alleged"}},
		{"Guterres criticised Israel on Monday.",
			[]string{"IGOUNO 111 ISR asserted"}},
		{"Mr Rutte criticised Russia on Monday.",
			[]string{"IGOWSTNAT 111 RUS asserted"}},
		// a state's boat is the state's; a hospital struck is a place
		{"Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal on Monday.",
			[]string{"CHNMIL 190 PHL asserted"}},
		{"Russian drones hit a hospital in Kharkiv on Sunday.",
			[]string{"RUSMIL 1952 UKR asserted"}},
		{"Russian artillery shelled a maternity hospital in Kherson on Monday.",
			[]string{"RUSMIL 194 UKR asserted"}},
	})
	// Tony Blair (GBR, out of office) and Bill Blair (CANGOV in 2019)
	checkDated(t, c, "2019-05-01", []coverageCase{
		{"Mr Blair criticised Iran on Monday.", nil},
	})
	// captives are the target of a reduced passive after a perfect
	// tense, never the captors (they were IMGMOSISL 192 SYR, SYRCVL 192)
	checkDated(t, c, "2019-02-18", []coverageCase{
		{"Germany has repatriated 12 women captured in Syria by Kurdish forces.",
			[]string{"SYRREB 181 SYRCVL asserted"}},
		{"Trump has told the EU it must take back its 800 Isis fighters captured in Syria by US-backed forces.", nil},
	})
	checkDated(t, c, "2025-03-01", []coverageCase{
		{"Angela Merkel criticised Russia on Friday.",
			[]string{"DEU 111 RUS asserted"}},
		{"Former chancellor Angela Merkel criticised Russia on Friday.",
			[]string{"DEU 111 RUS asserted"}},
	})
	// a junta's forces are its military; police attacked where the
	// sentence places them are that state's; "army chief" before a
	// leader's name keeps MIL; a party named after "opposition" is the
	// opposition; pensioners are civilians
	checkDated(t, c, "2024-05-22", []coverageCase{
		{"The Myanmar junta's air force bombed a village in Sagaing region on Tuesday.",
			[]string{"MMRMIL 195 MMRCVL asserted"}},
		{"Egyptian President Abdel Fattah al-Sisi hosted Sudanese army chief Abdel Fattah al-Burhan in Cairo on Monday.",
			[]string{"EGYGOV 043 SDNMIL asserted", "SDNMIL 042 EGYGOV asserted"}},
		{"Abdel Fattah al-Burhan criticised Kenya on Monday.",
			[]string{"SDNGOV 111 KEN asserted"}},
	})
	checkDated(t, c, "2025-09-02", []coverageCase{
		{"Al-Shabaab fighters ambushed a police convoy in Kenya's Lamu county on Sunday, killing five officers.",
			[]string{"SOMREB 190 KENCOP asserted"}},
		{"Ghana's opposition New Patriotic Party on Monday accused the government of intimidating its supporters.",
			[]string{"GHAOPP 112 GHAGOV asserted"}},
		{"A Russian court jailed a 70-year-old pensioner for six years on Friday.",
			[]string{"RUSJUD 173 RUSCVL asserted"}},
	})
	// a title before a former leader's name says which role is meant;
	// "national" before a role noun is an adjective, in a name no one;
	// a teacher is EDU; a nominal air strike that is only an argument is
	// the country's act, one that strikes is its military's
	checkDated(t, c, "2025-02-12", []coverageCase{
		{"Bangladesh's president ordered the release of jailed opposition leader Khaleda Zia on Monday.",
			[]string{"BGDGOV 0841 BGDOPP asserted"}},
		{"The Netherlands accused Russia on Monday of a cyberattack on its national police force.",
			[]string{"NLD 112 RUS asserted", "RUS 176 NLDCOP alleged"}},
		// (an electoral council is a state body: GOV, not VENCVL)
		{"Venezuela's opposition demanded on Tuesday that the National Electoral Council release the results.",
			[]string{"VENOPP 100 VENGOV asserted"}},
		{"Russia freed American teacher Marc Fogel on Tuesday.",
			[]string{"RUS 0841 USAEDU asserted"}},
		{"Qatar's prime minister on Tuesday condemned an Israeli air strike on Hamas leaders in Doha.",
			[]string{"QATGOV 111 ISR asserted", "ISR 195 PSEREB asserted"}},
		{"Two Palestinian journalists were killed by an Israeli air strike in Gaza on Sunday.",
			[]string{"ISRMIL 195 PSEMED asserted"}},
	})
	// a named state news agency is the state's media (KCNA PRKMED, as
	// actors.jsonl codes it), also beside "state media"; unnamed "state
	// media" are GOVMED, as actors/data/agents.txt says
	checkDated(t, c, "2024-05-01", []coverageCase{
		{"North Korean state media KCNA accused Seoul of provocations on Sunday.",
			[]string{"PRKMED 112 KOR asserted"}},
		{"North Korea's state news agency KCNA accused South Korea of provocations on Sunday.",
			[]string{"PRKMED 112 KOR asserted"}},
		{"North Korean state media accused Seoul of provocations on Sunday.",
			[]string{"PRKGOVMED 112 KOR asserted"}},
	})
	// a former officeholder named by title is the country alone, and a
	// target even when the source is of the same state
	checkDated(t, c, "2025-04-23", []coverageCase{
		{"Brazil's Supreme Court on Tuesday ordered the arrest of former president Fernando Collor.",
			[]string{"BRAJUD 173 BRA asserted"}},
		{"Brazilian police on Tuesday arrested a former minister.",
			[]string{"BRACOP 173 BRA asserted"}},
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

// TestPlaceMentions codes team-written sentences with places beside the
// actors: the last of a list of places is a place too, not the target; a
// place after the subject ("in eastern Ukraine") is no subject; a place
// held by a group ("the Ukrainian-held town") is of the state it is in; a
// visited capital is a place and still names the host, and a host named by
// office is the host, not its state too. Each want lists every event of
// the sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestPlaceMentions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the last of a list of places is a place too, not the target
		{"Pakistani police rounded up hundreds in Lahore and Islamabad on Monday.",
			[]string{"PAKCOP 173 - asserted 2024-07-08"}},
		// a visited capital is a place and still names the host
		{"Japanese Foreign Minister Yoko Kamikawa visited Canberra on Monday.",
			[]string{"JPNGOV 042 AUS asserted 2024-07-08", "AUS 043 JPNGOV asserted 2024-07-08"}},
		// a place after the subject ("in eastern Ukraine") is no subject
		{"Separatists in eastern Ukraine shelled government positions on Monday.",
			[]string{"UKRREB 194 UKRGOV asserted 2024-07-08"}},
		{"Jihadists in northern Mali attacked an army post on Monday.",
			[]string{"MLIREB 190 MLIMIL asserted 2024-07-08"}},
		// a place held by a group, named after it: the state it is in
		{"Russian forces shelled the Ukrainian-held town of Kupiansk on Monday.",
			[]string{"RUSMIL 194 UKR asserted 2024-07-08"}},
		// a visit's host named by office is the host, not its state too
		{"Brazilian President Luiz Inacio Lula da Silva made his first trip to Tokyo in five years on Monday, where Japanese Prime Minister Fumio Kishida greeted him with a guard of honour.",
			[]string{"BRAGOV 042 JPNGOV asserted 2024-07-13", "JPNGOV 043 BRAGOV asserted 2024-07-13"}},
	}, true)
}

// TestBodyInPlacePhrase checks, on sentences written for this test, a body
// or force located by a place phrase ("a court in the Russian city of X",
// "North Korean soldiers in Russia's Kursk region"): the body acts, not
// the place's adjective. Each case is a one-sentence article published on
// 2024-07-13; each want lists every event as "SOURCE CAMEO TARGET status".
func TestBodyInPlacePhrase(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		// a body located by a place phrase acts, not the place's adjective
		{"A court in the southern Russian city of Rostov sentenced two Ukrainian soldiers to life in prison on Monday.",
			[]string{"RUSJUD 173 UKRMIL asserted"}},
		{"Residents of the Ukrainian city of Kharkiv fled on Monday.", nil},
		{"North Korean soldiers in Russia's Kursk region attacked Ukrainian positions on Saturday.",
			[]string{"PRKMIL 190 UKRMIL asserted"}},
		{"Russian shelling in Ukraine's Kherson region killed two civilians on Monday.",
			[]string{"RUS 194 UKR asserted"}},
	})
}
