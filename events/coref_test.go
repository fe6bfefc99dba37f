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
			want: []string{"AUSGOV(Australia) 120 CHE"}},
		{name: "a nationality in the title's own phrase",
			body: []string{"At a conference in Geneva, Australian Immigration Minister Philip Ruddock rejected criticism from the United Nations."},
			want: []string{"AUSGOV(Australia) 120 IGOUNO"}},
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

// TestPronounGender resolves "he" and "she" only to a person they can
// mean: a given name or a title that tells the other gender rules a
// person out, and the next person of the last sentence is taken; no one
// when none fits. Names that tell nothing (family-name-first "Kim Jong
// Un") fit both.
func TestPronounGender(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Kamala Harris met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
			"He praised the United States for its support of Ukraine."},
			[]string{"JPNGOV 051 USA asserted 2024-07-13"}},
		{[]string{"Keir Starmer held talks with Giorgia Meloni in Rome on Friday.",
			"She criticised Russia over its attacks on Ukraine."},
			[]string{"ITAGOV 111 RUS asserted 2024-07-13"}},
		{[]string{"Giorgia Meloni held talks with Keir Starmer in Rome on Friday.",
			"She criticised Russia over its attacks on Ukraine."},
			[]string{"ITAGOV 111 RUS asserted 2024-07-13"}},
		{[]string{"German Chancellor Friedrich Merz spoke with French President Emmanuel Macron on Tuesday.",
			"She urged Russia to accept a ceasefire."}, nil},
		{[]string{"Kim Jong Un met Vladimir Putin in Pyongyang on Sunday.", "He praised Russia."},
			[]string{"PRKGOV 051 RUS asserted 2024-07-13"}},
		// a one-person office that is the subject, before the last sentence's person
		{[]string{"Kenyan President William Ruto met protesters in Nairobi on Monday.",
			"The Russian foreign minister met his Chinese counterpart in Beijing on Tuesday, and he later flew to Pyongyang."},
			[]string{"RUSGOV 040 CHNGOV asserted 2024-07-09", "CHNGOV 040 RUSGOV asserted 2024-07-09",
				"RUSGOV 042 PRK asserted 2024-07-13", "PRK 043 RUSGOV asserted 2024-07-13"}},
	})
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

// TestInnerPartner takes the party a phone call names inside its pattern
// ("spoke to X by phone") as the call's other side; a place is none.
func TestInnerPartner(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ursula von der Leyen spoke to Volodymyr Zelensky by phone.", []string{"IGOEUREEC 041 UKRGOV asserted", "UKRGOV 041 IGOEUREEC asserted"}},
		{"Erdogan spoke to Joe Biden on the phone.", []string{"TURGOV 041 USAGOV asserted", "USAGOV 041 TURGOV asserted"}},
	}, false)
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

// TestStoryGovernment: a bare "the government" is the government of the
// state the story is about, not one named once in passing; with two
// states as much in the story, the one named last.
func TestStoryGovernment(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{
			"The Nigerian government said on Thursday that Boko Haram had freed 21 schoolgirls in Nigeria.",
			"The release was brokered by the Swiss government, a Nigerian spokesman said.",
			"The government has been negotiating with Boko Haram for months.",
		}, []string{"NGAGOV 046 NGAREB asserted 2024-07-13", "NGAREB 046 NGAGOV asserted 2024-07-13"}},
		{[]string{
			"The Swiss government said on Thursday it was ready to host talks.",
			"The government has been negotiating with Boko Haram for months.",
		}, []string{"CHEGOV 046 NGAREB asserted 2024-07-13", "NGAREB 046 CHEGOV asserted 2024-07-13"}},
	})
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
