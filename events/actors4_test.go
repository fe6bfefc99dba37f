package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestActors4 codes sentences written for the actor faults of
// events-dev.jsonl fixed in the actor dictionaries and the matcher: a
// role named by a people noun or a rank, collective rulers, "U.N."
// spellings of UN bodies, a people as the object of an act, and capitals
// listed as places. Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status date", in any order.
func TestActors4(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a people receiving aid stands for its state
		{"Egyptian army helicopters dropped food parcels to Palestinians in southern Gaza on Monday.",
			[]string{"EGYMIL 073 PSE asserted 2024-07-08"}},
		// a rank after a nationality is the military; a couple its civilians
		{"Ukrainian special forces tried to kill a senior Russian general in Moscow, the FSB said on Friday.",
			[]string{"UKRMIL 185 RUSMIL asserted 2024-07-12"}},
		{"The Houthis said on Monday they would free an elderly Dutch couple.",
			[]string{"YEMREB 0353 NLDCVL future 2024-07-08"}},
		// collective rulers, labour federations, a dated office holder
		{"Mali's military rulers expelled the French ambassador on Tuesday.",
			[]string{"MLIGOV 161 FRAGOV asserted 2024-07-09"}},
		{"Chile's largest union federation held a strike against President Gabriel Boric's pension plan on Thursday.",
			[]string{"CHLLAB 143 CHLGOV asserted 2024-07-11"}},
		{"Istanbul Mayor Ekrem Imamoglu was detained by Turkish police on Wednesday.",
			[]string{"TURCOP 173 TURGOV asserted 2024-07-10"}},
		{"Prosecutors in Seoul raided the Unification Church's offices on Friday.",
			[]string{"KORJUD 091 KORREL asserted 2024-07-12"}},
		// the last of a list of places is a place too, not the target
		{"Pakistani police rounded up hundreds in Lahore and Islamabad on Monday.",
			[]string{"PAKCOP 173 - asserted 2024-07-08"}},
		// a warning is aimed at the condition's actor when "it" is the
		// speaker itself, and at another state as the subject of "that"
		{"Beijing warned on Monday it would respond firmly if Tokyo sent warships to the strait.",
			[]string{"CHN 130 JPN asserted 2024-07-08", "JPN 154 - hypothetical 2024-07-08"}},
		{"North Korea warned on Friday that South Korea would pay a heavy price for the drills.",
			[]string{"PRK 130 KOR asserted 2024-07-12"}},
		// an armed group's own fighters; "the group" as an object; "his
		// government" of the person named, not the source's own
		{"Al-Shabaab said one of its fighters carried out the bombing in Mogadishu on Tuesday.",
			[]string{"SOMREB 183 SOMCVL asserted 2024-07-09"}},
		{"Hamas rejected the offer on Monday, and Israel accused the group of stalling.",
			[]string{"PSEREB 127 - asserted 2024-07-08", "ISR 112 PSEREB asserted 2024-07-13"}},
		{"Britain's opposition demanded the resignation of Prime Minister Keir Starmer on Friday, accusing his government of incompetence.",
			[]string{"GBROPP 1041 GBRGOV asserted 2024-07-12", "GBROPP 112 GBRGOV asserted 2024-07-12"}},
		// worshippers are civilians, pupils education; a church they are
		// killed in is a place; "allied militias" no actor of their own
		{"Gunmen abducted 50 pupils from a school in Kaduna on Monday.",
			[]string{"NGAUAF 181 NGAEDU asserted 2024-07-08"}},
		{"Human Rights Watch said the RSF and allied militias killed hundreds of civilians in El Geneina.",
			[]string{"SDNREB 202 SDNCVL asserted 2024-07-13"}},
		// a mission as a building is its state's (attacked, its
		// diplomats'); "military operations" the state's acts; an
		// unnamed military base still the target of an attack
		{"Lithuania ordered the closure of Belarus's embassy in Vilnius on Monday.",
			[]string{"LTU 161 BLR asserted 2024-07-08"}},
		{"Protesters stormed the Swedish embassy in Baghdad on Thursday.",
			[]string{"IRQCVL 145 SWEGOV asserted 2024-07-11"}},
		{"Jordan demanded an end to Israel's military operations in the West Bank on Sunday.",
			[]string{"JOR 1056 ISR asserted 2024-07-07"}},
		{"Gunmen attacked a military base near Gao on Tuesday.",
			[]string{"MLIUAF 190 MLIMIL asserted 2024-07-09"}},
		// a visited capital is a place and still names the host
		{"Japanese Foreign Minister Yoko Kamikawa visited Canberra on Monday.",
			[]string{"JPNGOV 042 AUS asserted 2024-07-08", "AUS 043 JPNGOV asserted 2024-07-08"}},
		{"Militants struck at the Indian consulate in Jalalabad on Monday.",
			[]string{"AFGREB 190 INDGOV asserted 2024-07-08"}},
		// whose acts are investigated; officials a court or the police act
		// on; who receives praise; naval officers
		{"The UN said it would investigate abuses by Sudanese troops in Darfur.",
			[]string{"IGOUNO 092 SDNMIL future 2024-07-13"}},
		{"Kenyan prosecutors are investigating the governor of Nairobi over the missing funds.",
			[]string{"KENJUD 090 KENGOV asserted 2024-07-13"}},
		{"Brazil's president heaped praise on Chile's government on Monday.",
			[]string{"BRAGOV 051 CHLGOV asserted 2024-07-08"}},
		{"France has begun training Moroccan naval officers.",
			[]string{"FRA 062 MARMIL asserted 2024-07-13"}},
		// "its" of another state than the source's is a target; the
		// people of a town named by its people's adjective; a court as
		// the venue of an accusation
		{"Ukraine's navy said Russian jets had dropped bombs on its sailors near Odesa.",
			[]string{"RUSMIL 195 UKRMIL asserted 2024-07-13"}},
		{"Militias killed dozens of civilians in the Tigrayan village of Dengelat.",
			[]string{"ETHUAF 180 ETHCVL asserted 2024-07-13"}},
		{"Iran accused Israel of war crimes at the International Court of Justice.",
			[]string{"IRN 112 ISR asserted 2024-07-13"}},
		// a nominal attack as the subject hits the verb's object; "U.S."
		// before an attack noun is its actor, not its place
		{"An Israeli air strike killed a Hamas commander in Gaza on Monday.",
			[]string{"ISRMIL 195 PSEREB asserted 2024-07-08"}},
		{"A U.S. drone strike killed a senior al-Shabaab commander in Somalia on Monday.",
			[]string{"USA 1952 SOMREB asserted 2024-07-08"}},
		// a ship's flag names its state, an open registry's too, as the
		// gold README codes seizures (Marshall Islands-flagged MHL); a
		// ship linked to a state names that state's firms
		{"Venezuela seized a Panama-flagged oil tanker on Thursday.",
			[]string{"VEN 171 PAN asserted 2024-07-11"}},
		{"Venezuela seized a Dutch-flagged oil tanker on Thursday.",
			[]string{"VEN 171 NLD asserted 2024-07-11"}},
		{"Houthi fighters seized a Greek-linked cargo ship on Thursday.",
			[]string{"YEMREB 171 GRCBUS asserted 2024-07-11"}},
		// two groups of one code are one party of a clash, not a third
		// participant
		{"Hamas and Islamic Jihad fighters clashed with Israeli troops in Jenin on Monday.",
			[]string{"PSEREB 190 ISRMIL asserted 2024-07-08", "ISRMIL 190 PSEREB asserted 2024-07-08"}},
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
		// is coded from it: TestActors4); so is a capital people are
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
