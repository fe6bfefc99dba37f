package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// venueLines codes an article of body paragraphs under dateline and
// returns "SOURCE CAMEO TARGET status @place rep=REPORTER" per event
// ("-" for no target, place or reporter).
func venueLines(t *testing.T, dateline string, body ...string) []string {
	t.Helper()
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: dateline, Body: body}
	var got []string
	for _, e := range c.Code(a) {
		tgt, place, rep := "-", "-", "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		if e.Location != nil {
			place = e.Location.Name
		}
		if e.ReportedBy != nil {
			rep = e.ReportedBy.Code
		}
		got = append(got, fmt.Sprintf("%s %s %s %s @%s rep=%s", e.Source.Code, e.CAMEO, tgt, e.Status, place, rep))
	}
	return got
}

// TestVisitVenue: a visit's host named by its city places the visit and
// the hosting there ("visited Baghdad", "travelled to Moscow", "flew to
// Canberra"); a country visited places it in the country.
func TestVisitVenue(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"Turkey's president visited Baghdad on Monday."},
			[]string{"TURGOV 042 IRQ asserted @Baghdad rep=-", "IRQ 043 TURGOV asserted @Baghdad rep=-"}},
		{"", []string{"China's foreign minister travelled to Moscow on Tuesday."},
			[]string{"CHNGOV 042 RUS asserted @Moscow rep=-", "RUS 043 CHNGOV asserted @Moscow rep=-"}},
		{"", []string{"Japan's prime minister flew to Canberra on Monday."},
			[]string{"JPNGOV 042 AUS asserted @Canberra rep=-", "AUS 043 JPNGOV asserted @Canberra rep=-"}},
		{"", []string{"Erdogan visited Iraq on Monday."},
			[]string{"TURGOV 042 IRQ asserted @Iraq rep=-", "IRQ 043 TURGOV asserted @Iraq rep=-"}},
	})
}

// TestSeatVenue: a seat of government after "at" places an act in its
// country's capital.
func TestSeatVenue(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"Japan's prime minister met Joe Biden at the White House."},
			[]string{"JPNGOV 040 USAGOV asserted @Washington rep=-", "USAGOV 040 JPNGOV asserted @Washington rep=-"}},
		{"", []string{"Putin held talks with Xi at the Kremlin on Tuesday."},
			[]string{"RUSGOV 046 CHNGOV asserted @Moscow rep=-", "CHNGOV 046 RUSGOV asserted @Moscow rep=-"}},
		{"", []string{"Macron received Scholz at the Elysee Palace on Monday."},
			[]string{"FRAGOV 043 DEUGOV asserted @Paris rep=-", "DEUGOV 042 FRAGOV asserted @Paris rep=-"}},
	})
}

// TestLaunchVenue: a show of force "from PLACE" happened there.
func TestLaunchVenue(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"North Korea test-fired a missile from Pyongyang."}, []string{"PRK 150 - asserted @Pyongyang rep=-"}},
		{"", []string{"North Korea launched two ballistic missiles from near Wonsan on Thursday."}, []string{"PRK 150 - asserted @Wonsan rep=-"}},
		{"", []string{"Iran test-fired a ballistic missile from Semnan province on Sunday."}, []string{"IRN 150 - asserted @Semnan Province rep=-"}},
	})
}

// TestPlaceOfToldAct: a place after an act that another act is about
// (an accusation's gerund, a condemnation's object) is that act's only,
// and an accuser taken as the alleged act's target is no place struck; a
// place before a writer's aside ("…, a claim Hamas denied") is not the
// aside's, and the aside is no part of the report before it. An act in an
// adjunct ("during talks … in Washington") shares its verb's place.
func TestPlaceOfToldAct(t *testing.T) {
	checkVenues(t, []venueCase{
		{"", []string{"Ukraine accused Russia of shelling a hospital in Kherson."},
			[]string{"UKR 112 RUS asserted @- rep=-", "RUS 194 UKR alleged @Kherson rep=-"}},
		{"", []string{"Israel accused Hezbollah of firing rockets at Haifa."},
			[]string{"ISR 112 LBNREB asserted @- rep=-", "LBNREB 194 ISR alleged @Haifa rep=-"}},
		// the accuser taken as the alleged act's target is no place struck
		{"", []string{"Russia accused Ukraine of shelling a market."},
			[]string{"RUS 112 UKR asserted @- rep=-", "UKR 194 RUS alleged @- rep=-"}},
		{"", []string{"Ukraine accused Russia of shelling Kharkiv."},
			[]string{"UKR 112 RUS asserted @- rep=-", "RUS 194 UKR alleged @Kharkiv rep=-"}},
		{"", []string{"France accused Russia on Monday of bombing a market in Kharkiv."},
			[]string{"FRA 112 RUS asserted @- rep=-", "RUS 195 UKR alleged @Kharkiv rep=-"}},
		// a reproach's reason is not coded (falseevents_reason_gerund.go)
		{"", []string{"France condemned Russia on Monday for bombing a market in Kharkiv."},
			[]string{"FRA 111 RUS asserted @- rep=-"}},
		{"", []string{"Israel said Hamas fighters had fired rockets at Tel Aviv, a claim Hamas denied."},
			[]string{"PSEREB 194 ISR denied @Tel Aviv rep=ISR", "PSEREB 016 ISR asserted @- rep=-"}},
		{"", []string{"Kyiv said Russian troops shelled a hospital in Kherson, an accusation Moscow rejected."},
			[]string{"RUSMIL 194 UKR denied @Kherson rep=UKR", "RUS 016 UKR asserted @- rep=-", "UKR 112 RUSMIL asserted @- rep=-"}},
		{"", []string{"Seoul said North Korean troops shelled an island near Incheon, an allegation Pyongyang denied."},
			[]string{"PRKMIL 194 KOR denied @Incheon rep=KOR", "PRK 016 KOR asserted @- rep=-"}},
	})
}

// TestSceneOverDateline: an event of talk a sentence does not place, with
// no date of its own, told after a sentence that placed talks of one of
// its actors, happened there, not at the dateline; a dated one, or one of
// other actors, keeps the dateline.
func TestSceneOverDateline(t *testing.T) {
	checkVenues(t, []venueCase{
		{"NAIROBI", []string{
			"The IMF's managing director pledged support during talks with Kenyan President William Ruto in Washington on Friday.",
			"Ruto praised the IMF for its help.",
		}, []string{"IGOUNOIMF 033 KENGOV future @Washington rep=-", "KENGOV 051 IGOUNOIMF asserted @Washington rep=-"}},
		{"CAIRO", []string{
			"Egypt's foreign minister met Antony Blinken in Washington on Monday.",
			"Egypt urged the United States to press Israel for a ceasefire.",
		}, []string{"EGYGOV 040 USAGOV asserted @Washington rep=-", "USAGOV 040 EGYGOV asserted @Washington rep=-", "EGY 020 USA asserted @Washington rep=-"}},
		{"CAIRO", []string{
			"Egypt's foreign minister met Antony Blinken in Washington on Monday.",
			"Egypt criticised Israel on Thursday.",
		}, []string{"EGYGOV 040 USAGOV asserted @Washington rep=-", "USAGOV 040 EGYGOV asserted @Washington rep=-", "EGY 111 ISR asserted @Cairo rep=-"}},
	})
}

type venueCase struct {
	dateline string
	body     []string
	want     []string
}

func checkVenues(t *testing.T, cases []venueCase) {
	t.Helper()
	for _, tt := range cases {
		got := venueLines(t, tt.dateline, tt.body...)
		if !sameEvents(got, tt.want) {
			t.Errorf("%s %q\n got: %q\nwant: %q", tt.dateline, tt.body, got, tt.want)
		}
	}
}
