package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestAppositionPeople checks, on stories written for this test, that a
// person the dictionary does not know, introduced by an apposition naming
// the body he holds an office in ("Hans Brenner, Director General of the
// OECD,"), is that body's for the rest of the story: a later "he" or
// surname acts for it. A former office, or an office in a part of a
// body, gives nothing.
func TestAppositionPeople(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string
	}{
		{[]string{
			"Hans Brenner, Director General of the Organisation for Economic Co-operation and Development (OECD), told a news conference that Japan was on course.",
			"He met Prime Minister Fumio Kishida in Tokyo on Tuesday.",
		}, []string{"IGOWSTOEC 040 JPNGOV asserted", "JPNGOV 040 IGOWSTOEC asserted"}},
		{[]string{
			"Li Wenhao, a spokesman for the Chinese defence ministry, spoke to reporters in Beijing on Thursday.",
			"Li condemned the arms sale to Taiwan.",
		}, []string{"CHNGOV 111 TWN asserted"}},
		{[]string{
			"Anna Ruiz, a former director of the World Bank, spoke in Nairobi on Monday.",
			"She criticised the Kenyan government.",
		}, nil},
		{[]string{
			"Anna Ruiz, director of the World Bank's Africa department, spoke in Nairobi on Monday.",
			"She criticised the Kenyan government.",
		}, nil},
	} {
		a := &dyad.Article{ID: "t", Published: "2023-05-20", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}

// TestKin checks, on sentences written for this test, kin as actors:
// parents, a mother, a father and family members are private people
// (CVL) of the state they appeal to, accuse or sue, or of the kin they
// are named by ("the mother of a Dutch hostage"); with neither, they are
// no actor. A kin noun heads its subject over the "of" phrase and over an
// apposition after a name ("The parents of Tom Hardy, a Briton held by
// Kurdish forces in Syria, have accused"), and an aside that names a
// place with its region ("speaking from Lahore, north-east Pakistan,")
// is not the subject.
func TestKin(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"The parents of Tom Hardy, a Briton held by Kurdish forces in Syria, have accused the Foreign Office of abandoning their son.",
			[]string{"GBRCVL 112 GBRGOV asserted"}},
		{"Her mother, speaking from Lahore, north-east Pakistan, accused the Canadian authorities on Monday of failing her daughter.",
			[]string{"CANCVL 112 CANGOV asserted"}},
		{"The father of a jailed blogger urged the Egyptian government on Monday to free his son.",
			[]string{"EGYCVL 0253 EGYGOV asserted"}},
		{"Family members of the detained journalists urged the Turkish government on Monday to release them.",
			[]string{"TURCVL 0253 TURGOV asserted"}},
		{"The mother of a jailed Briton has lodged a claim against the UK government.",
			[]string{"GBRCVL 115 GBRGOV asserted"}},
		{"The mother of a Dutch hostage urged Mali's junta on Monday to free her son.",
			[]string{"NLDCVL 0253 MLIGOV asserted"}},
		// kin as the victims of an act: where it happened
		{"Gunmen killed a mother and her two children in Nigeria's Kaduna state on Monday.",
			[]string{"NGAUAF 180 NGACVL asserted"}},
		// no state said: no actor
		{"The mother of the missing soldier accused the army of lying to her.", nil},
	})
}

// TestPeopleEvents checks events of 1987 wire copy naming office holders
// of the time by full name, by title and surname and by a lone surname:
// the person is their state's government on the article's date
// (actors/data/people.txt, section "Office holders of 1980-1999"), and a namesake of another
// state whose roles begin later does not make a lone surname ambiguous
// (Gerhard Stoltenberg in 1987, not Jens).
func TestPeopleEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "1987-03-03", []coverageCase{
		{"President Reagan criticised Japan on Tuesday.",
			[]string{"USAGOV 111 JPN asserted"}},
		{"West German Finance Minister Gerhard Stoltenberg met Japanese Prime Minister Yasuhiro Nakasone in Tokyo on Tuesday.",
			[]string{"DEUGOV 040 JPNGOV asserted", "JPNGOV 040 DEUGOV asserted"}},
		{"Stoltenberg criticised Japan on Tuesday.",
			[]string{"DEUGOV 111 JPN asserted"}},
		{"Brazilian Finance Minister Dilson Funaro met Treasury Secretary James Baker on Tuesday.",
			[]string{"BRAGOV 040 USAGOV asserted", "USAGOV 040 BRAGOV asserted"}},
		{"Yeutter accused Japan of unfair trade practices on Tuesday.",
			[]string{"USAGOV 112 JPN asserted"}},
	})
	checkDated(t, c, "2016-03-03", []coverageCase{
		{"Stoltenberg criticised Russia on Tuesday.",
			[]string{"IGOWSTNAT 111 RUS asserted"}},
	})
}

// TestTitledMet checks a person met behind a title in capitals that no
// actor covers: the title is the person's own and the person is met
// (titledMet); a person the dictionary does not know leaves no target.
func TestTitledMet(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "1987-03-03", []coverageCase{
		{"Brazil's finance minister met Chairman Paul Volcker on Monday.",
			[]string{"BRAGOV 040 USAGOV asserted", "USAGOV 040 BRAGOV asserted"}},
		{"Japanese Prime Minister Yasuhiro Nakasone met Federal Reserve Board Chairman Paul Volcker in Tokyo on Friday.",
			[]string{"JPNGOV 040 USAGOV asserted", "USAGOV 040 JPNGOV asserted"}},
		{"Brazil's foreign minister met GATT Director-General Arthur Dunkel in Geneva on Monday.",
			[]string{"BRAGOV 044 IGOWTO asserted", "IGOWTO 044 BRAGOV asserted"}},
		{"President Reagan met Acme Corporation Chairman John Smith on Monday.",
			[]string{"USAGOV 040 - asserted"}},
	})
}

// TestOrgTitleName checks, on sentences written for this test, that an
// organisation, a title and an unknown name are one mention with the
// organisation's code ("ECOWAS Commission President Omar Alieu Touray"),
// and that a known person outside his dictionary role keeps the group
// the text names him by ("Hezbollah commander Fuad Shukr" after his
// death).
func TestOrgTitleName(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"ECOWAS Commission President Omar Alieu Touray criticised Mali's junta on Thursday.",
			[]string{"IGOWAFECO 111 MLIGOV asserted"}},
	})
	checkDated(t, c, "2024-08-05", []coverageCase{
		{"Israel said on Thursday it had killed Hezbollah commander Fuad Shukr in Beirut.",
			[]string{"ISR 186 LBNREB asserted"}},
	})
}

// TestAppositionMember checks, on sentences written for this test, that an
// unknown name with an apposition making its bearer a member or officer of
// an organisation acts for it, while an apposition naming no membership
// ("a resident of Gaza", "an analyst at …") gives no actor; that a
// chargé d'affaires is his government's; and that parties of Bangladesh and
// Pakistan are known.
func TestAppositionMember(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Mohammed al-Bukhaiti, a member of the Houthis' political bureau, criticised the United States on Sunday.",
			[]string{"YEMREB 111 USA asserted"}},
		{"Mohammed Bukhaiti, a senior member of Hamas, criticised the United States on Sunday.",
			[]string{"PSEREB 111 USA asserted"}},
		{"Mohammed Bukhaiti, a resident of Gaza, criticised the United States on Sunday.", nil},
		{"John Smith, an analyst at Human Rights Watch, criticised the United States on Sunday.", nil},
		{"The Iraqi foreign ministry summoned Iran's charge d'affaires on Friday.",
			[]string{"IRQGOV 114 IRNGOV asserted"}},
		{"The Awami League accused the interim government on Monday of persecution.",
			[]string{"BGDPTY 112 BGDGOV asserted"}},
		{"Pakistan Tehreek-e-Insaf accused the army on Monday of rigging the election.",
			[]string{"PAKPTY 112 PAKMIL asserted"}},
	}, false)
}

// TestTwoWordDemonymPeople codes the people named by a plural demonym of
// two words (the matcher's plural of "South Korean", "Sri Lankan") and
// federal agents (COP) as the sources and targets of events.
func TestTwoWordDemonymPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of thousands of South Koreans rallied outside the National Assembly in Seoul on Saturday to demand the president's removal.",
			[]string{"KORCVL 1411 KORGOV asserted"}},
		{"Thousands of Sri Lankans marched on the presidential palace in Colombo on Saturday.",
			[]string{"LKACVL 141 LKAGOV asserted"}},
		{"North Korea freed two South Koreans on Monday.",
			[]string{"PRK 0841 KORCVL asserted"}},
		{"Indian federal agents arrested a state chief minister on Thursday in a corruption case.",
			[]string{"INDCOP 173 INDGOV asserted"}},
		{"American border agents fired tear gas at protesters near the crossing on Friday.",
			[]string{"USACOP 175 USACVL asserted"}},
	}, false)
}

// igoSpokesmanCases: a spokesman for the head of an international body
// speaks for the body; a state leader's spokesman for his government.
// The exact events each sentence gives ("SOURCE CAMEO TARGET status").
var igoSpokesmanCases = []familyCase{
	// a spokesman for the head of an international body speaks for the body
	{"igo-spokesman", "A spokesman for UN Secretary-General Antonio Guterres condemned the air strike on the Sudanese market.", []string{"IGOUNO 111 SDN asserted"}},
	{"igo-spokesman", "A spokeswoman for NATO Secretary General Jens Stoltenberg urged Russia to pull back its troops from the border.", []string{"IGOWSTNAT 0256 RUS asserted"}},
	{"igo-spokesman", "A spokesman for Vladimir Putin denied the claims.", []string{"RUSGOV 016 - asserted"}},
}

// TestIGOHeadSpokesman codes each case as a one-sentence article
// published on 2024-03-14 and compares its events exactly.
func TestIGOHeadSpokesman(t *testing.T) { checkFamilies(t, "", igoSpokesmanCases, false) }

// familyKinCases: one family is kin as families are: of the state it turns
// to (actors/data/agents.txt "family"); a family with no state named stays
// no actor. The exact events each sentence gives.
var familyKinCases = []familyCase{
	// one family is kin as families are: of the state it turns to
	// (actors/data/agents.txt "family"); a family with no state named
	// stays no actor
	{"family", "The family of a jailed journalist appealed to President Erdogan for his release.", []string{"TURCVL 020 TURGOV asserted"}},
	{"family", "The family of the dead teenager accused French police of a cover-up.", []string{"FRACVL 112 FRACOP asserted"}},
	{"family", "The family said it would appeal.", nil},
	{"family", "The royal family welcomed the Emir of Qatar on Monday.", nil},
}

// TestFamilyKin codes each case of familyKinCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestFamilyKin(t *testing.T) { checkFamilies(t, "", familyKinCases, false) }

// TestOppositionOfTheDay checks, on sentences written for this test,
// events whose actors are the opposition of their day: a party out of
// government (the Tories and Liberal Democrats in 2005, Labor in 2002) and
// an opposition leader (Nasr al-Hariri in 2018) are OPP, the government
// they address GOV. Each want lists every event of the sentence as "SOURCE
// CAMEO TARGET status".
func TestOppositionOfTheDay(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2005-01-15", []coverageCase{
		{"The Tories accused the prime minister of misleading voters on Monday.",
			[]string{"GBROPP 112 GBRGOV asserted"}},
		{"The Liberal Democrats urged ministers to scrap the identity card plan on Monday.",
			[]string{"GBROPP 0242 GBRGOV asserted"}},
	})
	checkDated(t, c, "2002-01-15", []coverageCase{
		{"Labor urged the Government to hold an inquiry on Monday.",
			[]string{"AUSOPP 020 AUSGOV asserted"}},
	})
	checkDated(t, c, "2018-01-15", []coverageCase{
		{"Nasr al-Hariri criticised the Syrian government on Sunday.",
			[]string{"SYROPP 111 SYRGOV asserted"}},
	})
}

// TestDatedActorRoles checks, on sentences written for this test, actors
// whose code depends on the story's date: Kurdish militias of 2018 are
// Syria's rebels (SYRREB), Abdel Fatah al-Sisi in 2018 Egypt's government.
// Each want lists every event of the sentence as "SOURCE CAMEO TARGET
// status".
func TestDatedActorRoles(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2018-01-15", []coverageCase{
		{"Kurdish militias shelled a Turkish border town on Sunday.",
			[]string{"SYRREB 194 TUR asserted"}},
		{"Erdogan criticised Abdel Fatah al-Sisi on Sunday.",
			[]string{"TURGOV 111 EGYGOV asserted"}},
	})
}

// TestFormerOfBody checks, on sentences written for this test, a former
// officeholder named by the body he served: the country alone. Each case
// is a one-sentence article published on 2024-07-13; each want lists every
// event as "SOURCE CAMEO TARGET status".
func TestFormerOfBody(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		// a former officeholder named by the body he served is the country
		{"Iraqi police arrested a former senior official of the Iraqi government on Monday.",
			[]string{"IRQCOP 173 IRQ asserted"}},
		{"Syria's transitional authorities arrested a former commander of the Assad government in Latakia on Saturday.",
			[]string{"SYRGOV 173 SYR asserted"}},
	})
}

// TestFormerLeaderIsCountry checks, on sentences written for this test,
// that a former leader or officeholder, named by name or by title, is the
// country alone, and a target even when the source is of the same state.
// Each want lists every event of the sentence as "SOURCE CAMEO TARGET
// status".
func TestFormerLeaderIsCountry(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-03-01", []coverageCase{
		{"Angela Merkel criticised Russia on Friday.",
			[]string{"DEU 111 RUS asserted"}},
		{"Former chancellor Angela Merkel criticised Russia on Friday.",
			[]string{"DEU 111 RUS asserted"}},
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

// TestOustedLeaderLeadsOpposition codes an ousted leader who leads an
// opposition party from the day of the ouster as OPP (Sheikh Hasina after
// 5 August 2024, Imran Khan after April 2022), GOV before it, as
// actors/data/people.txt dates them.
func TestOustedLeaderLeadsOpposition(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2024-10-19", "A Bangladeshi tribunal issued an arrest warrant on Thursday for ousted prime minister Sheikh Hasina.",
			[]string{"BGDJUD 173 BGDOPP asserted"}},
		{"2024-11-20", "Sheikh Hasina, who fled to India in August, accused the interim government on Monday of persecuting her party.",
			[]string{"BGDOPP 112 BGDGOV asserted"}},
		{"2024-03-01", "Sheikh Hasina accused India on Monday of sheltering criminals.",
			[]string{"BGDGOV 112 IND asserted"}},
		{"2023-05-20", "Imran Khan accused the army chief on Friday of ordering his arrest.",
			[]string{"PAKOPP 112 PAKMIL asserted", "PAKMIL 173 PAKOPP alleged"}},
	})
}

// TestUNEnvoysByDate checks, on sentences written for this test, the UN
// envoys of the people dictionary: the UN's while in post, nobody's
// before; a surname of a later sentence means the envoy named before.
func TestUNEnvoysByDate(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2022-06-01", "Geir Pedersen met Syrian Foreign Minister Faisal Mekdad in Damascus on Monday.",
			[]string{"IGOUNO 040 SYRGOV asserted", "SYRGOV 040 IGOUNO asserted"}},
		{"2018-06-01", "Ghassan Salame met Khalifa Haftar in Benghazi on Monday.",
			[]string{"IGOUNO 040 LBYREB asserted", "LBYREB 040 IGOUNO asserted"}},
		{"2023-05-02", "Hans Grundberg accused the Houthis of detaining U.N. staff.",
			[]string{"IGOUNO 112 YEMREB asserted", "YEMREB 173 IGOUNO alleged"}},
		{"2016-02-01", "U.N. envoy Staffan de Mistura arrived in Damascus on Monday. De Mistura said he was asking the parties to meet in Geneva next week.",
			[]string{"IGOUNO 042 SYR asserted", "SYR 043 IGOUNO asserted", "IGOUNO 026 SYRPTY asserted"}},
		// near miss: before his post the envoy is nobody the sentence codes
		{"2016-02-01", "Hans Grundberg urged the Houthis to release detained U.N. staff.", nil},
	})
}

// TestArabicArticleSurnames checks, on sentences written for this test, a
// lone surname of a listed person whose full name carries the Arabic
// article ("Abdel Fattah al-Burhan", "Omar al-Bashir"): "Burhan" and
// "Bashir" name them as the full name does; "Assad", which a listed
// spelling without the article names, stays Bashar al-Assad's, and a
// surname two listed people of different states share in office
// ("Maliki" in 2010: Iraq's prime minister, Palestine's foreign minister)
// names nobody.
func TestArabicArticleSurnames(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2023-05-04", "Burhan accused the RSF of attacking civilians on Wednesday.",
			[]string{"SDNGOV 112 SDNREB asserted", "SDNREB 190 SDNCVL alleged"}},
		{"2009-03-04", "Bashir said on Wednesday the court could eat its warrant and expelled ten foreign aid agencies from Darfur.",
			[]string{"SDNGOV 1663 - asserted"}},
		{"2023-03-04", "Sudani criticised Turkey on Wednesday.",
			[]string{"IRQGOV 111 TUR asserted"}},
		{"2013-03-04", "Assad criticised Turkey on Wednesday.",
			[]string{"SYRGOV 111 TUR asserted"}},
		{"2010-03-04", "Maliki criticised the protesters on Wednesday.", nil},
	})
}
