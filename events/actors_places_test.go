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
			"Britain=GBR | Pakistan=PAK | The government=GBRGOV | flood victims=PAKCVL"},
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
			[]string{"BRAGOV 042 JPNGOV asserted 2024-07-08", "JPNGOV 043 BRAGOV asserted 2024-07-08"}},
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

// TestBoatAndHospital checks, on sentences written for this test, that a
// state's boat is the state's, not its civilians, and a hospital struck is
// a place (its country), as the gold sets code it. Each want lists every
// event of the sentence as "SOURCE CAMEO TARGET status".
func TestBoatAndHospital(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-06-04", []coverageCase{
		// a state's boat is the state's; a hospital struck is a place
		{"Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal on Monday.",
			[]string{"CHNMIL 190 PHL asserted"}},
		{"Russian drones hit a hospital in Kharkiv on Sunday.",
			[]string{"RUSMIL 1952 UKR asserted"}},
		{"Russian artillery shelled a maternity hospital in Kherson on Monday.",
			[]string{"RUSMIL 194 UKR asserted"}},
	})
}

// TestBasedCompounds codes actors_places.go's basedCountry: a body "based"
// in a place the gazetteer knows is of that place's state, never of the
// state the sentence named last, a multiword place looked up whole ("New
// York-based"); an unknown or lower-case base places it nowhere, or
// leaves it to the other rules, and a diplomat or official "based"
// somewhere is of no state the sentence names.
func TestBasedCompounds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States imposed sanctions on a Wuhan-based front company on Monday.",
			[]string{"USA 163 CHNBUS asserted"}},
		{"Britain imposed sanctions on a Dubai-based shipping company on Tuesday.",
			[]string{"GBR 163 AREBUS asserted"}},
		{"The United States imposed sanctions on a Zorblat-based company on Monday.",
			[]string{"USA 163 - asserted"}},
		// a multiword place is looked up whole: not York, England
		{"Russia banned a New York-based human rights group.",
			[]string{"RUS 172 USAHRI asserted"}},
		{"Britain imposed sanctions on a Los Angeles-based company on Tuesday.",
			[]string{"GBR 163 USABUS asserted"}},
		{"A London-based rights group accused Israel of war crimes.",
			[]string{"GBRHRI 112 ISR asserted"}},
		// a diplomat based somewhere is posted there, of no state named
		{"A Geneva-based diplomat accused Russia of blocking the talks.", nil},
		{"A Brussels-based diplomat criticised Hungary.", nil},
	}, false)
}

// TestSeatOfGovernment: a seat of government that is not the official
// capital names its state as the capital does ("Abidjan" for Ivory
// Coast, countries.txt; scripts/gen-geo/overrides.txt).
func TestSeatOfGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Burkina Faso's junta accused Ivory Coast on Wednesday of sheltering coup plotters, and Abidjan rejected the charge.",
			[]string{"BFAGOV 112 CIV asserted", "CIV 016 BFAGOV asserted"}},
		{"Abidjan recalled its ambassador from Ouagadougou on Monday.",
			[]string{"CIV 161 BFA asserted"}},
		// a place the protest is in, no actor
		{"Thousands of people marched in Abidjan on Saturday.",
			[]string{"CIVCVL 141 - asserted"}},
	}, false)
}
