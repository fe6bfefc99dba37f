package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTitledPerson checks that a title with a name the dictionary does not
// know takes a country only from its own phrase or apposition (CODING.md:
// nationality + title + name), never from a country or place named
// elsewhere in the sentence or the story; else it keeps its role alone and
// yields no event (a country-less "GOV" names nobody).
// Each case is a story (paragraphs) and its events as "SOURCE(name) CAMEO
// TARGET", "-" for no target.
func TestTitledPerson(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{name: "a place in the sentence is not his country",
			body: []string{"At a conference in Geneva, Immigration Minister Philip Ruddock rejected criticism from the United Nations."},
			want: nil},
		{name: "a country named before in the story is not his either",
			body: []string{"Switzerland hosted the talks.", "President Kowalski will visit Rome and West Berlin in June."},
			want: nil},
		{name: "the country of the apposition",
			body: []string{"Philip Ruddock, Australia's immigration minister, rejected criticism from Switzerland."},
			want: []string{"AUSGOV(Australia) 120 CHE", "CHE(Switzerland) 111 AUSGOV"}}, // (the criticism rejected: combine.go rejectedRequest)
		{name: "a nationality in the title's own phrase",
			body: []string{"At a conference in Geneva, Australian Immigration Minister Philip Ruddock rejected criticism from the United Nations."},
			want: []string{"AUSGOV(Australia) 120 IGOUNO", "IGOUNO(United Nations) 111 AUSGOV"}},
		{name: "a title word between the nationality and the title",
			body: []string{"In Rome, Iranian Deputy Foreign Minister Reza Mahmoudi criticised Italy."},
			want: []string{"IRNGOV(Iran) 111 ITA"}},
		{name: "a state of its own after of",
			body: []string{"In Paris, Finance Minister Gunnar Berge of Norway criticised Brazil."},
			want: []string{"NORGOV(Norway) 111 BRA"}},
		{name: "the same person named before with a country",
			body: []string{"West German Finance Minister Gerhard Stoltenberg met Brazil's Dilson Funaro in Bonn.", "In Paris, Stoltenberg criticised Japan."},
			want: []string{"DEUGOV(Germany) 040 BRAGOV", "BRAGOV(Brazil) 040 DEUGOV", "DEUGOV(Germany) 111 JPN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &dyad.Article{ID: "t", Published: "1987-03-03", Body: tt.body}
			var got []string
			for _, e := range c.Code(a) {
				tgt := "-"
				if e.Target != nil {
					tgt = e.Target.Code
				}
				got = append(got, fmt.Sprintf("%s(%s) %s %s", e.Source.Code, e.Source.Name, e.CAMEO, tgt))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:  %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestOwnPeopleOfState gives a civilian subject with no nationality the state of
// those they are kin to ("the families of Israeli hostages"), else the
// state whose government, police or courts they turn to when the
// sentence names no other ("Protesters called on the Georgian
// authorities"); a place names their own state first ("Protesters in
// London"), except for kin, whose kin are held there.
func TestOwnPeopleOfState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The families of Israeli hostages held in Gaza urged Hamas on Friday to free their relatives.",
			[]string{"ISRCVL 0253 PSEREB asserted"}},
		{"Families of the hostages held in Gaza demanded a meeting with Prime Minister Benjamin Netanyahu.",
			[]string{"ISRCVL 100 ISRGOV asserted"}},
		{"Protesters called on the Georgian authorities on Monday to resign.", []string{"GEOCVL 0241 GEOGOV asserted"}},
		{"Families of the detained activists called on the Georgian government on Monday to free them.",
			[]string{"GEOCVL 0253 GEOGOV asserted"}},
		{"Protesters in London called on the Chinese government to free Jimmy Lai.", []string{"GBRCVL 0253 CHNGOV asserted"}},
	}, false)
}

// TestSpeakersOffice reads "his office", "her ministry" or "his
// government" right after the speaker's verb as the speaker's own body.
func TestSpeakersOffice(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The International Criminal Court's prosecutor said on Wednesday his office had opened an investigation into crimes in Venezuela.",
			[]string{"IGOICC 090 - asserted"}},
		{"Japan's prime minister said his government would impose sanctions on Russia.", []string{"JPNGOV 1312 RUS future"}},
	}, false)
}

// TestHomePlace gives police, protesters and other people at home the
// country of the place their own sentence puts them in, not the country
// the story named last; a place that only locates a gathering ("a summit
// in Sochi") is not theirs.
func TestHomePlace(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Pakistan threatened to cut off trade with Afghanistan.", "Police in Nairobi fired tear gas at thousands of protesters on Tuesday."},
			[]string{"KENCOP 175 KENCVL asserted 2024-07-09"}},
		{[]string{"Pakistan threatened to cut off trade with Afghanistan.", "Thousands of opposition supporters marched through Tbilisi on Sunday to protest against the government."},
			[]string{"GEOOPP 141 GEOGOV asserted 2024-07-07"}},
		{[]string{"Egypt closed the Rafah crossing.", "Police arrested 40 protesters in Punjab province on Monday."},
			[]string{"PAKCOP 173 PAKCVL asserted 2024-07-08"}},
	})
}

// TestHonorificSurname resolves "Mr Putin" and "Mrs May" as a lone
// surname is resolved: the one office holder of that name on the story's
// date ("May" after "Mrs" is no modal verb).
func TestHonorificSurname(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ date, text, want string }{
		{"2019-03-13", "Mr Putin criticised Turkey on Monday.", "RUSGOV 111 TUR asserted"},
		{"2019-03-13", "Mrs May criticised Russia on Monday.", "GBRGOV 111 RUS asserted"},
		{"2019-03-13", "Mr Erdogan met Mr Putin on Monday.", "TURGOV 040 RUSGOV asserted"},
	} {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: []string{tt.text}}
		evs := c.Code(a)
		if len(evs) == 0 || eventLine(evs[0], false) != tt.want {
			var got []string
			for _, e := range evs {
				got = append(got, eventLine(e, false))
			}
			t.Errorf("%s: got %q, want first %q", tt.text, got, tt.want)
		}
	}
}

// TestTailSpeakerFirst lets a closing attribution's speaker speak for the
// state its clause names before the body or country the story named last.
func TestTailSpeakerFirst(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"The Pentagon did not confirm reports that US special forces had raided a compound in Somalia.",
			"Iran will retaliate against any attack, the foreign minister warned."},
			[]string{"IRNGOV 138 - asserted 2024-07-13"}},
	})
}

// TestPlaceOfficial reads "the city's mayor" or "the region's governor" as
// an official of the city or region the sentence names.
func TestPlaceOfficial(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2025-03-14", Body: []string{"Kharkiv was hit by Russian missiles overnight, the city's mayor said."}}
	evs := c.Code(a)
	if len(evs) != 1 || evs[0].ReportedBy == nil || evs[0].ReportedBy.Code != "UKRGOV" {
		t.Fatalf("got %+v, want one event reported by UKRGOV", evs)
	}
}

// TestDenialNextSentence marks an act alleged in one sentence denied when
// the accused denies the accusation in a later one (CODING.md).
func TestDenialNextSentence(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistan accused India of sponsoring the attack in Balochistan. India denied the accusation.",
			[]string{"PAK 112 IND asserted", "IND 190 PAK denied", "IND 016 PAK asserted"}},
	}, false)
}

// TestFormerOfficer: "former" takes a government body's officer out of
// the role, as it does a nationality's ("a former Peruvian minister").
func TestFormerOfficer(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A former Home Office minister has criticised China.", []string{"GBR 111 CHN asserted"}},
		{"A former Pentagon official criticised China.", []string{"USA 111 CHN asserted"}},
		{"A Pentagon official criticised China.", []string{"USAGOV 111 CHN asserted"}},
	}, false)
}

// TestWarMachines checks, on sentences written for this test, that bare
// tanks and helicopters are the forces named before them, not the last
// country the story names.
func TestWarMachines(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Israeli troops raided the Jenin camp on Monday, Palestinian officials said. Tanks and helicopters fired on Palestinian gunmen, Palestinian medics said.",
			[]string{"ISRMIL 190 PSE asserted", "ISRMIL 190 PSEUAF asserted"}},
	}, false)
}

// TestDatelineState checks, on sentences written for this test, that a
// state body named before any state ("The interior ministry", "The prime
// minister") is the dateline's state, and that a sentence's own state
// still comes first.
func TestDatelineState(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		dateline, text string
		want           []string
	}{
		{"NAIROBI", "The interior ministry said on Sunday it had deported 40 Ethiopian migrants.",
			[]string{"KENGOV 174 ETHREF asserted"}},
		{"ISLAMABAD", "The prime minister on Monday ordered an investigation into the bombing.",
			[]string{"PAKGOV 093 - asserted"}},
		{"NAIROBI", "Uganda's army said on Sunday that its troops had killed 20 rebels.",
			[]string{"UGAMIL 190 UGAREB asserted"}},
		{"", "The interior ministry said on Sunday it had deported 40 Ethiopian migrants.", nil},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: tt.dateline, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s — %s\n got: %q\nwant: %q", tt.dateline, tt.text, got, tt.want)
		}
	}
}

// TestGroupAndHisGovernment codes team-written sentences with an armed
// group's own fighters ("one of its fighters"), "the group" as an object
// (the group named before), and "his government" (of the person named, not
// the source's own). Each want lists every event of the sentence as
// "SOURCE CAMEO TARGET status date", in any order.
func TestGroupAndHisGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an armed group's own fighters; "the group" as an object; "his
		// government" of the person named, not the source's own
		{"Al-Shabaab said one of its fighters carried out the bombing in Mogadishu on Tuesday.",
			[]string{"SOMREB 183 SOM asserted 2024-07-09"}},
		{"Hamas rejected the offer on Monday, and Israel accused the group of stalling.",
			[]string{"PSEREB 127 - asserted 2024-07-08", "ISR 112 PSEREB asserted 2024-07-08"}},
		{"Britain's opposition demanded the resignation of Prime Minister Keir Starmer on Friday, accusing his government of incompetence.",
			[]string{"GBROPP 1041 GBRGOV asserted 2024-07-12", "GBROPP 112 GBRGOV asserted 2024-07-12"}},
	}, true)
}

// TestCountryThenGovernment codes a country and then its singular
// government after "the": two mentions, not one role shared by both. Each
// case is a short article (paragraphs in order) published on 2024-07-13 (a
// Saturday); want lists every event of the last paragraph as eventLine(e,
// true), in any order.
func TestCountryThenGovernment(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 3: a country, and then its singular government after "the", are
		// two mentions, not one role shared by both
		{[]string{"Turkish troops shelled Kurdish positions in northern Syria, and the Syrian government condemned the attack."},
			[]string{"TURMIL 194 SYR asserted 2024-07-13", "SYRGOV 111 TURMIL asserted 2024-07-13"}},
		{[]string{"South Korean and US troops held joint drills on Friday."},
			[]string{"KORMIL 150 - asserted 2024-07-12", "USAMIL 150 - asserted 2024-07-12"}},
	})
}

// TestForeignForceVictims codes the unnamed victims of an armed force
// (journalists, aid workers, civilians) in a sentence that puts them in
// a place of another state: they are of that place's state, never the
// force's people (coref.go); with no place named, the force's state stays.
func TestForeignForceVictims(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An Israeli tank crew fired two shells at a group of journalists in Lebanon on Friday.",
			[]string{"ISRMIL 194 LBNMED asserted"}},
		{"Russian troops shelled a group of journalists near Kherson on Friday.",
			[]string{"RUSMIL 194 UKRMED asserted"}},
		{"Israeli soldiers fired at journalists in the West Bank on Friday.",
			[]string{"ISRMIL 190 PSEMED asserted"}},
		{"Myanmar troops fired on journalists on Friday.",
			[]string{"MMRMIL 190 MMRMED asserted"}},
		{"Ethiopian soldiers detained reporters in Mekelle on Friday.",
			[]string{"ETHMIL 173 ETHMED asserted"}},
	}, false)
}

// TestUnnamedHackers checks, on sentences written for this test, that
// hackers no demonym, possessor or earlier sentence names take no
// country from their victims, the place or the story, so their act is no
// event (the gold sets code "Microsoft said hackers based in China had
// breached …" none); near misses: named hackers keep their state, the
// hackers of an earlier sentence are those hackers, and unnamed gunmen
// still fight where they strike.
func TestUnnamedHackers(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Hackers attacked Estonian banks on Friday.", nil},
		{"Unidentified hackers broke into the networks of the German parliament, officials said.", nil},
		{"Hackers broke into the computer systems of Ukraine's largest mobile operator.", nil},
		// near misses
		{"Russian hackers attacked Estonian government websites on Friday.",
			[]string{"RUSCRM 176 ESTGOV asserted"}},
		{"Iran's hackers attacked Israeli water systems on Friday.",
			[]string{"IRNCRM 176 ISR asserted"}},
		{"Hackers from Russia's GRU military intelligence knocked out the computer systems of Ukraine's largest mobile operator, Ukraine's SBU security service said.",
			[]string{"RUSSPY 176 UKR asserted"}},
		{"Russian hackers attacked Estonian government websites on Friday, officials said. The hackers also attacked Estonian banks on Saturday.",
			[]string{"RUSCRM 176 ESTGOV asserted", "RUSCRM 176 ESTBUS asserted"}},
		{"Gunmen attacked Estonian banks on Friday.",
			[]string{"ESTUAF 190 ESTBUS asserted"}},
	})
}
