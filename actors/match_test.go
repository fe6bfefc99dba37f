package actors_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// TestFind checks the matcher's noun-phrase rules on one sentence each:
// every mention as text=CODE, "~" marking a modifier and "?" a role with
// no country yet (the coder resolves it from context).
func TestFind(t *testing.T) {
	checkMentions(t, []mentionCase{
		// verbs the tagger leaves as nouns end the phrase
		{"2020-09-12", "The Greek navy shadowed a Turkish navy frigate.", "The Greek navy=GRCMIL | Turkish navy frigate=TURMIL"},
		{"2023-06-24", "NATO would help Ukraine rebuild its army.", "NATO=IGOWSTNAT | Ukraine=UKR | army=?MIL"},
		// modifiers between a nationality and its agent noun
		{"2021-12-04", "Ethiopian federal troops recaptured the town.", "Ethiopian federal troops=ETHMIL"},
		{"2025-06-21", "Iranian air defences were activated.", "Iranian air defences=IRNMIL"},
		{"2021-04-24", "Chad's military council named a government.", "Chad's military council=TCDGOV | government=?GOV"},
		{"2023-04-15", "Mexico's president criticised the US drug agency.", "Mexico's president=MEXGOV | the US drug agency=USAGOV"},
		{"2021-02-13", "They demanded the release of Myanmar's detained leader.", "Myanmar's detained leader=MMRGOV"},
		// the actor of a nominal event, people counted or named singly
		{"2021-05-15", "The Arab League condemned Israeli air strikes on Gaza.", "The Arab League=IGOMEAARL | Israeli=ISR"},
		{"2025-07-12", "The UN refugee agency said 12 million Sudanese had fled.", "The UN refugee agency=IGOUNOHCR | Sudanese=SDNCVL"},
		{"2021-08-21", "Britons and Americans were evacuated.", "Britons=GBRCVL | Americans=USACVL"},
		{"2024-01-05", "A Briton was arrested.", "Briton=GBRCVL"},
		// a demonym of two words made plural (its last word)
		{"2024-12-07", "Thousands of South Koreans rallied.", "South Koreans=KORCVL"},
		{"2024-12-07", "North Korea freed two South Koreans.", "North Korea=PRK | South Koreans=KORCVL"},
		{"2022-07-09", "Sri Lankans stormed the palace.", "Sri Lankans=LKACVL"},
		// people uprooted or without papers are refugees (REF)
		{"2023-10-04", "Pakistan ordered undocumented Afghans to leave.", "Pakistan=PAK | Afghans=AFGREF"},
		{"2024-04-01", "Aid reached displaced Syrians in Lebanon.", "Syrians=SYRREF | Lebanon=LBN"},
		{"2023-02-01", "South Africans and Costa Ricans were evacuated.", "South Africans=ZAFCVL | Costa Ricans=CRICVL"},
		// federal agents are law enforcement (COP)
		{"2024-03-21", "Indian federal agents arrested him.", "Indian federal agents=INDCOP"},
		{"2024-03-21", "Mexican border agents detained him.", "Mexican border agents=MEXCOP"},
		{"2023-05-01", "Two Chinese engineers were abducted.", "Chinese engineers=CHNCVL"},
		{"2024-02-01", "Two Lebanese soldiers were killed when an Israeli drone struck their position.", "Lebanese soldiers=LBNMIL | Israeli drone=ISRMIL"},
		{"2024-02-01", "Washington lifted sanctions on a Chinese drone maker.", "Washington=USA | Chinese drone maker=CHNBUS"},
		// no actors
		{"2023-02-25", "Baltic leaders met western diplomats.", ""},
		{"2025-06-21", "Yoon appeared in court on Friday.", ""},
		{"2024-03-16", "He went as a private citizen.", ""},
		{"2024-01-20", "Georgia's governor signed a bill.", ""},
		{"2024-01-20", "Israel Adesanya won the fight.", ""},
		{"2024-01-20", "Tensions rose in the Taiwan Strait.", ""},
		{"2024-01-20", "Real Madrid beat Barcelona.", ""},
		{"2024-01-20", "Settlers attacked villages in the occupied West Bank.", "Settlers=?CVL"},
		{"2024-01-20", "Male voters backed him.", "voters=?CVL"},
		{"2024-01-01", "The US state department did not comment.", "The US state department=USAGOV"},
		// a former official is the country alone; whose an agent is
		{"2023-01-10", "Ecuador granted asylum to a former Peruvian minister.", "Ecuador=ECU | Peruvian minister=PER"},
		{"2023-11-05", "Jordan recalled its ambassador from Israel.", "Jordan=JOR | ambassador=?GOV | Israel=ISR"},
		{"2022-04-01", "German troops in Lithuania held drills.", "German troops=DEUMIL | Lithuania=LTU"},
		// lists share a role only when they are lists
		{"2020-02-29", "US and Taliban negotiators signed a deal.", "US=USAGOV | Taliban negotiators=AFGREB"},
		{"2024-05-01", "French, German and British troops took part.", "French=FRAMIL | German=DEUMIL | British troops=GBRMIL"},
		{"2024-11-20", "Iraqi militias launched drones at Israel, the Israeli army said.", "Iraqi militias=IRQUAF | drones=?MIL | Israel=ISR | the Israeli army=ISRMIL"},
		// a state's office holder by surname; a leader's surname names the
		// government; irregular past forms
		{"2025-03-01", "Russia's Lavrov said talks were useful.", "Russia's Lavrov=RUSGOV"},
		{"2025-03-01", "North Korea's Kim oversaw a test.", "North Korea=PRK"},
		{"2001-12-01", "They called for US peace envoy Anthony Zinni to return.", "US peace envoy Anthony Zinni=USAGOV"},
		{"2024-01-01", "The Biden administration removed Cuba from the list.", "The Biden administration=USAGOV | Cuba=CUB"},
		{"2025-04-10", "North Korean hackers stole 1.5 billion dollars.", "North Korean hackers=PRKCRM"},
		{"2023-05-06", "The Saudi-led coalition struck Houthi positions.", "The Saudi-led=~SAU | Houthi=YEMREB"},
		// a title word between a nationality and a title; a title with a
		// surname of one state's people; a title with an unknown name
		// and no country of its own is left to the coder
		{"2024-01-01", "Iranian Deputy Foreign Minister Reza Mahmoudi visited Oman.", "Iranian Deputy Foreign Minister Reza Mahmoudi=IRNGOV | Oman=OMN"},
		{"2001-11-20", "Prime Minister Sharon met President Musharraf.", "Prime Minister Sharon=ISRGOV | President Musharraf=PAKGOV"},
		{"1987-03-03", "President Reagan met Kenyan President Daniel Arap Moi.", "President Reagan=USAGOV | Kenyan President Daniel Arap Moi=KENGOV"},
		// capitals, national societies, seats of government
		{"2024-01-20", "New Delhi and Male agreed to hold talks.", "New Delhi=IND | Male=MDV"},
		{"2024-08-20", "North Korea refused aid from South Korea's Red Cross.", "North Korea=PRK | South Korea's Red Cross=KORHLH"},
		{"2023-03-25", "The leaders signed a statement in the Kremlin.", "The leaders=?GOV | the Kremlin=RUSGOV(seat)"},
		{"2025-01-20", "Congolese troops pushed back M23 rebels in eastern Congo.", "Congolese troops=CODMIL | M23 rebels=CODREB | Congo=COD"},
	}, showSeat)
}

// showCode prints a mention as its text and code: "?" before an
// unresolved code, "~" before a modifier's.
func showCode(mn actors.Mention) string {
	code := mn.Code
	if mn.Unresolved {
		code = "?" + code
	}
	if mn.Modifier {
		code = "~" + code
	}
	return mn.Text + "=" + code
}

// showSeat is showCode with "(seat)" after a seat of government's code
// ("the Kremlin=RUSGOV(seat)").
func showSeat(mn actors.Mention) string {
	if mn.Seat {
		return showCode(mn) + "(seat)"
	}
	return showCode(mn)
}

// mentionCase is a sentence on its date and the mentions found in it,
// each as show prints it, joined by " | ".
type mentionCase struct {
	date, text, want string
}

// holderCase is a lone surname looked up on a date and the holder
// wanted, printed "CODE COUNTRY [SECTORS] Name" ("" for none).
type holderCase struct {
	surname, date, want string
}

// checkHolders looks each case's surname up with the default
// dictionary's Matcher.Holder on its date and compares the holder.
func checkHolders(t *testing.T, tests []holderCase) {
	t.Helper()
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := actors.NewMatcher(d)
	for _, tt := range tests {
		got := ""
		if a, ok := m.Holder(tt.surname, tt.date); ok {
			got = fmt.Sprintf("%s %s %v %s", a.Code, a.Country, a.Sectors, a.Name)
		}
		if got != tt.want {
			t.Errorf("Holder(%q, %s) = %q, want %q", tt.surname, tt.date, got, tt.want)
		}
	}
}

// checkMentions runs the default dictionary's matcher over each case's
// sentences and compares the mentions, each printed by show, with want.
func checkMentions(t *testing.T, tests []mentionCase, show func(actors.Mention) string) {
	t.Helper()
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := actors.NewMatcher(d)
	lx := sentences.NewLexicon()
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		var got []string
		for _, s := range sentences.Split(a, lx) {
			for _, mn := range m.Find(&s, tt.date) {
				got = append(got, show(mn))
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.text, g, tt.want)
		}
	}
}

// TestName checks Actor.Name: an organisation or person is named by the
// entity matched (the first line of its entity in the dictionary), not by
// the first entry sharing its code; state actors, a state's organs named
// as organisations included ("the White House", "the RAF"), by their
// country, so a code has one name in events and the store's actor list.
func TestName(t *testing.T) {
	checkMentions(t, []mentionCase{
		// groups sharing SYRREB, AUSMED, GBRMIL, USAGOV
		{"2019-03-26", "The Syrian Democratic Forces attacked Isis on Monday.", "The Syrian Democratic Forces=Syrian Democratic Forces | Isis=Islamic State"},
		{"2019-10-09", "The SDF and the YPG fought Turkish troops.", "The SDF=Syrian Democratic Forces | the YPG=People's Protection Units | Turkish troops=Turkey"},
		{"2019-03-26", "HTS fighters shelled the town.", "HTS fighters=Hayat Tahrir al-Sham"},
		{"2024-06-01", "The Sydney Morning Herald and AAP reported it.", "The Sydney Morning Herald=Sydney Morning Herald | AAP=Australian Associated Press"},
		{"2024-06-01", "The RAF and the Royal Navy joined the drill.", "The RAF=United Kingdom | the Royal Navy=United Kingdom"},
		{"2024-06-01", "The White House and the State Department said so.", "The White House=United States | the State Department=United States"},
		{"2024-06-01", "The UN nuclear watchdog and the leaders of the G7 met.", "The UN nuclear watchdog=International Atomic Energy Agency | the leaders of the G7=Group of Seven"},
		// people by the name of what they act for: the name stands for the
		// code in the store's lists; the person is in the mention's text
		{"2019-03-26", "President Donald Trump met Russia's Lavrov.", "President Donald Trump=United States | Russia's Lavrov=Russia"},
		{"2001-11-20", "Prime Minister Sharon met President Musharraf.", "Prime Minister Sharon=Israel | President Musharraf=Pakistan"},
		{"2024-06-01", "IAEA chief Rafael Grossi arrived in Tehran.", "IAEA=International Atomic Energy Agency | Rafael Grossi=International Atomic Energy Agency | Tehran=Iran"},
		// state actors by their country; a national society by its code
		{"2024-07-13", "North Korea's foreign ministry said it.", "North Korea's foreign ministry=North Korea"},
		{"2024-08-20", "North Korea refused aid from South Korea's Red Cross.", "North Korea=North Korea | South Korea's Red Cross=Korean Red Cross"},
	}, func(mn actors.Mention) string { return mn.Text + "=" + mn.Name })
}

// ExampleMatcher_Find codes the actors of a sentence on its date.
func ExampleMatcher_Find() {
	d, err := actors.Default()
	if err != nil {
		panic(err)
	}
	m := actors.NewMatcher(d)
	a := &dyad.Article{ID: "x", Body: []string{"Ethiopian federal troops and Egypt's foreign minister Badr Abdelatty met in Cairo."}}
	for _, s := range sentences.Split(a, sentences.NewLexicon()) {
		for _, mn := range m.Find(&s, "2025-03-10") {
			fmt.Printf("%s: %s (%s)\n", mn.Text, mn.Code, mn.Name)
		}
	}
	// Output:
	// Ethiopian federal troops: ETHMIL (Ethiopia)
	// Egypt's foreign minister Badr Abdelatty: EGYGOV (Egypt)
	// Cairo: EGY (Egypt)
}

// TestHolder checks the lone-surname lookup: the one office holder the
// dictionary knows by a surname on a date, a former head of state or
// government's state alone, none for a former minister (read by a lone
// surname only after the article names them in full) or when holders of
// different codes share it.
func TestHolder(t *testing.T) {
	checkHolders(t, []holderCase{
		{"putin", "2024-06-01", "RUSGOV RUS [GOV] Vladimir Putin"},
		{"trump", "2025-06-10", "USAGOV USA [GOV] Donald Trump"},
		{"trump", "2023-06-10", "USA USA [] Donald Trump"}, // out of office: his state alone
		{"graham", "2024-05-07", ""},                       // Canada's minister to 2006, his line names no office: no one
		{"graham", "2004-05-07", "CANGOV CAN [GOV] Bill Graham"},
		{"trump", "2016-06-10", ""}, // not yet in any role
		{"guterres", "2025-06-10", "IGOUNO  [] António Guterres"},
		{"rutte", "2025-06-10", "IGOWSTNAT  [] Mark Rutte"},
		{"rutte", "2020-06-10", "NLDGOV NLD [GOV] Mark Rutte"},
		{"nobody", "2025-06-10", ""},
	})
}

// TestDictionaryName: Dictionary.Name gives a state's organs their
// country's name, whatever org entry comes first with the code (USAGOV's
// is "Oval Office"), and other codes the first entry's.
func TestDictionaryName(t *testing.T) {
	d, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ code, want string }{
		{"USAGOV", "United States"},
		{"USAMIL", "United States"},
		{"RUSGOVSPY", "Russia"},
		{"ISRLEG", "Israel"},
		{"USA", "United States"},
		{"YEMREB", "Houthis"},
		{"IGOUNOIAE", "International Atomic Energy Agency"},
		{"ZZZGOV", ""},
	} {
		if got := d.Name(c.code); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}

// TestPossessiveRoleBridge checks, on sentences written for this test, the
// noun bridge after a state's possessive: an adverb, an "-ing" word or up
// to three modifiers join its role noun ("Yemen's internationally
// recognised government"). Every mention as text=CODE ("?" a role with no
// country yet, "~" a modifier).
func TestPossessiveRoleBridge(t *testing.T) {
	checkMentions(t, []mentionCase{
		// a state's possessive joins its role noun across modifiers
		{"2024-03-01", "Yemen's internationally recognised government rejected the offer.", "Yemen's internationally recognised government=YEMGOV"},
		{"2024-03-01", "Estonia's newly appointed ambassador arrived in Moscow.", "Estonia's newly appointed ambassador=ESTGOV | Moscow=RUS"},
		{"2024-03-01", "Bangladesh's acting high commissioner was summoned.", "Bangladesh's acting high commissioner=BGDGOV"},
		{"2024-03-01", "Iraq's ruling coalition government met on Sunday.", "Iraq's ruling coalition government=IRQGOV"},
	}, showCode)
}

// TestOutOfOffice checks, on sentences written for this test, holders out
// of office (ousted, deposed, exiled, late): the country alone, as
// "former"; still in office when detained, as the object of the verb, or
// an exiled opposition leader. Every mention as text=CODE ("?" a role with
// no country yet, "~" a modifier).
func TestOutOfOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		// out of office: the country alone, as "former"
		{"2024-03-01", "Bolivia's ousted leader fled to Mexico.", "Bolivia's ousted leader=BOL | Mexico=MEX"},
		{"2024-03-01", "Bolivia's deposed president fled to Mexico.", "Bolivia's deposed president=BOL | Mexico=MEX"},
		{"2024-03-01", "The deposed president fled to Mexico.", "president=? | Mexico=MEX"},
		{"2024-03-01", "The exiled Iranian leader spoke in Paris.", "Iranian leader=IRN | Paris=FRA"},
		{"2024-06-01", "Iran's late president was buried in Mashhad.", "Iran's late president=IRN"},
		// still in office: detained, or the object of the verb; an
		// exiled opposition leader still leads the opposition
		{"2024-03-01", "Belarus's exiled opposition leader spoke on Monday.", "Belarus's exiled opposition leader=BLROPP"},
		{"2021-02-13", "They demanded the release of Myanmar's detained leader.", "Myanmar's detained leader=MMRGOV"},
		{"2024-03-01", "Protesters ousted the Bolivian president.", "Protesters=?CVL | the Bolivian president=BOLGOV"},
		{"2024-03-01", "Late on Monday Israeli troops entered Jenin.", "Israeli troops=ISRMIL"},
	}, showCode)
}

// TestKinAsCivilians checks, on sentences written for this test, that
// relatives and families of hostages are civilians. Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestKinAsCivilians(t *testing.T) {
	checkMentions(t, []mentionCase{
		// kin are civilians, as families are
		{"2024-03-01", "Relatives of the hostages protested in Tel Aviv.", "Relatives=?CVL | the hostages=?CVL"},
		{"2024-03-01", "Families of the hostages protested in Tel Aviv.", "Families=?CVL | the hostages=?CVL"},
	}, showCode)
}

// TestPlaceParticipleAfterPeople checks, on sentences written for this
// test, an "-ing" or "-ed" participle of place after plural people
// ("gunboats operating near", "troops stationed in"): no modifier; after a
// thing ("Russian gas flowing") the state stays one. Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestPlaceParticipleAfterPeople(t *testing.T) {
	checkMentions(t, []mentionCase{
		// an "-ing" participle of place after plural people: no modifier
		{"2024-03-01", "Iranian gunboats operating near the strait harassed a tanker.", "Iranian gunboats=IRNMIL"},
		{"2024-03-01", "Russian troops stationed in Belarus held drills.", "Russian troops=RUSMIL | Belarus=BLR"},
		{"2024-03-01", "Russian gas flowing into Europe fell.", "Russian=~RUS"},
	}, showCode)
}

// TestNestedNamesakes checks, on sentences written for this test,
// namesakes whose terms nest: each by full name on the date (Ludovic and
// Viktor Orban, Francisco and Antonio Guterres). Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestNestedNamesakes(t *testing.T) {
	checkMentions(t, []mentionCase{
		// namesakes whose terms nest: each by full name on the date
		{"2020-06-01", "Ludovic Orban met Klaus Iohannis.", "Ludovic Orban=ROUGOV | Klaus Iohannis=ROUGOV"},
		{"2024-06-01", "Ludovic Orban criticised the government.", "Ludovic Orban=ROU | the government=?GOV"},
		{"2024-06-01", "Prime Minister Orban criticised Brussels.", "Prime Minister Orban=HUNGOV | Brussels=BEL"},
		{"2019-06-01", "Francisco Guterres met Antonio Guterres in New York.", "Francisco Guterres=TLSGOV | Antonio Guterres=IGOUNO"},
		{"2024-06-01", "Francisco Guterres visited Dili.", "Francisco Guterres=TLS | Dili=TLS"},
	}, showCode)
}

// TestEnvoysAndIGOBodies checks, on sentences written for this test, an
// envoy to an IGO (his own state's, the IGO no actor), an envoy to a state
// (that state a separate mention), and a panel, team or head of an IGO
// (the IGO). Every mention as text=CODE ("?" a role with no country yet,
// "~" a modifier).
func TestEnvoysAndIGOBodies(t *testing.T) {
	checkMentions(t, []mentionCase{
		// an envoy to an IGO is his own state's; the IGO is no actor
		{"2024-03-01", "The US ambassador to the UN, Linda Thomas-Greenfield, criticised the plan.",
			"The US ambassador to the UN=USAGOV | Linda Thomas-Greenfield=USAGOV"},
		{"2024-03-01", "France's envoy to NATO spoke.", "France's envoy to NATO=FRAGOV"},
		{"2024-03-01", "Russia's UN ambassador Vassily Nebenzia criticised the plan.", "Russia's UN ambassador Vassily Nebenzia=RUSGOV"},
		// an envoy to a state keeps that state as a separate mention
		{"2024-03-01", "The US ambassador to Israel spoke.", "The US ambassador=USAGOV | Israel=ISR"},
		// a panel, team or head of an IGO is the IGO; of a state, not taken
		{"2024-03-01", "A panel of UN experts accused Israel.", "A panel of UN=IGOUNO | Israel=ISR"},
		{"2024-03-01", "A team of IAEA inspectors visited Iran.", "A team of IAEA inspectors=IGOUNOIAE | Iran=IRN"},
		{"2024-03-01", "The head of the WFP warned.", "The head of the WFP=IGOUNOWFP"},
	}, showCode)
}

// TestFlaggedModifier checks, on sentences written for this test,
// "-flagged" after a name of two words: a modifier naming the flag state
// (no actor of its own); without it the name is the state. Every mention
// as text=CODE ("?" a role with no country yet, "~" a modifier).
func TestFlaggedModifier(t *testing.T) {
	checkMentions(t, []mentionCase{
		// "-flagged" after a name of two words: a modifier naming the
		// flag state (no actor of its own, but the target of an attack)
		{"2024-03-01", "Houthis hit a Marshall Islands-flagged tanker.", "Houthis=YEMREB | Marshall Islands-flagged=~MHL"},
		{"2024-03-01", "Houthis hit a Marshall Islands ship.", "Houthis=YEMREB | Marshall Islands=MHL"},
	}, showCode)
}

// TestLoneLeaderSurnames checks, on sentences written for this test, the
// lone surnames of two leaders, in office on the date; never inside
// another name or in capitals; and a lone Kim, who names no one (only a
// story that names Kim Jong Un makes him Kim: the coder's job). Every
// mention as text=CODE ("?" a role with no country yet, "~" a modifier).
func TestLoneLeaderSurnames(t *testing.T) {
	checkMentions(t, []mentionCase{
		// the lone surnames of two leaders, in office on the date; never
		// inside another name or in capitals
		{"2024-06-01", "Modi criticised Pakistan.", "Modi=INDGOV | Pakistan=PAK"},
		{"2024-06-01", "Chinese President Xi met Modi.", "Chinese President Xi=CHNGOV | Modi=INDGOV"},
		{"2024-06-01", "Xi's visit to Paris ended.", "Xi=CHNGOV | Paris=FRA"},
		{"2010-06-01", "Xi met Modi.", "Xi=CHN | Modi=IND"},
		{"2024-06-01", "Lalit Modi criticised the board.", ""},
		{"2024-06-01", "Xi Mingze studied at Harvard.", ""},
		{"2024-06-01", "Louis XI ruled from Paris.", "Paris=FRA"},
		// a lone Kim names no one: only a story that names Kim Jong Un
		// makes him Kim (the coder's job)
		{"2024-06-01", "Kim praised Russia.", "Russia=RUS"},
	}, showCode)
}

// TestShadowOffices checks, on sentences written for this test, "shadow"
// before a government office: the opposition's (match.go shadowIn); "in
// the shadow of" is no office. Every mention as text=CODE ("?" a role with
// no country yet, "~" a modifier).
func TestShadowOffices(t *testing.T) {
	checkMentions(t, []mentionCase{
		// shadow offices
		{"2005-01-15", "The shadow home secretary said it.", "home secretary=?OPP"},
		{"2005-01-15", "A shadow minister said it.", "minister=?OPP"},
		{"2005-01-15", "The home secretary said it.", "The home secretary=?GOV"},
		{"2005-01-15", "Ministers in the shadow of the crisis said it.", "Ministers=?GOV"},
	}, showCode)
}

// TestStateBeforeOrganisationNoun checks a state's possessive before an
// international organisation that modifies a common noun: the state is
// the actor and the organisation a mention of its own ("Sweden's NATO
// bid" is Sweden's bid), while a state's diplomat at the organisation and
// an organisation followed by a role noun stay one mention. Every mention
// as text=CODE.
func TestStateBeforeOrganisationNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-03-01", "Hungary blocked Sweden's NATO bid.", "Hungary=HUN | Sweden=SWE | NATO=IGOWSTNAT"},
		{"2024-03-01", "Turkey rejected Finland's EU application.", "Turkey=TUR | Finland=FIN | EU=IGOEUREEC"},
		{"2024-03-01", "Moscow condemned Ukraine's NATO ambitions.", "Moscow=RUS | Ukraine=UKR | NATO=IGOWSTNAT"},
		// near misses: a diplomat at the organisation, a role noun after it
		{"2024-03-01", "Russia's U.N. envoy criticised Ukraine.", "Russia's U.N. envoy=RUSGOV | Ukraine=UKR"},
		{"2024-03-01", "Spain's EU presidency welcomed the deal.", "Spain's EU presidency=IGOEUREEC"},
	}, showCode)
}

// TestNationalityDescriptionOrg checks, on sentences written for this
// test, that a nationality, a lower-case description of one or two words
// and a named body of that state are one mention, the body ("French dairy
// group Danone" FRABUS, not a French owner and a company), while a
// description of three words or more stays apart.
func TestNationalityDescriptionOrg(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2023-07-17", "Russia seized control of the local unit of French dairy group Danone.", "Russia=RUS | French dairy group Danone=FRABUS"},
		{"2023-07-17", "Moscow seized the Russian assets of Danish brewer Carlsberg.", "Moscow=RUS | the Russian=~RUS | Danish brewer Carlsberg=DNKBUS"},
		{"2024-02-01", "A court in The Hague fined Russian oil giant Rosneft.", "court=?JUD | Russian oil giant Rosneft=RUSBUS"},
		{"2019-01-29", "Washington sanctioned Venezuelan oil company PDVSA on Monday.", "Washington=USA | Venezuelan oil company PDVSA=VENBUS"},
		{"2024-02-01", "Japanese lawmakers criticised Russian state energy giant Gazprom.", "Japanese lawmakers=JPNLEG | Russian=~RUS | Gazprom=RUSBUS"},
	}, showCode)
}

// TestDayNamesBesideCountries: a day or month name next to a one-word
// country that is also a first or last name ("India", "Israel", "Kenya")
// is never part of a person's name: the country is matched before or
// after it; a capitalised word that is no date still makes the name.
func TestDayNamesBesideCountries(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Pakistan rejected on Tuesday India's demand.", "Pakistan=PAK | India=IND"},
		{"2024-07-13", "Egypt criticized on Monday Israel's blockade.", "Egypt=EGY | Israel=ISR"},
		{"2024-07-13", "Hezbollah attacked Israel Tuesday with rockets.", "Hezbollah=LBNREB | Israel=ISR | rockets=MIL"},
		{"2024-07-13", "Pakistan accused India Sunday of violating the truce.", "Pakistan=PAK | India=IND"},
		{"2024-07-13", "In March India banned the app.", "India=IND"},
		// near misses: names
		{"2024-07-13", "Michael Jordan criticised the team.", ""},
		{"2024-07-13", "Kenya Moore spoke.", ""},
		{"2024-07-13", "The coach praised Israel Adesanya.", ""},
	}, func(mn actors.Mention) string { return mn.Text + "=" + mn.Code })
}
