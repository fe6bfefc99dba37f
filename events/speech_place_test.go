package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestSpeechPlaceNotTheAct: the place where words were spoken ("said in
// New Delhi", "told reporters in Kabul", a spokesman "at its headquarters
// in Potsdam … said that") is not the place of the act they report, nor
// is a place inside a reason phrase ("a reprisal for airstrikes in
// Kunduz") the place of the act it explains: the clash was placed at New
// Delhi, the Afghan police's fight at Potsdam, the attack at Kunduz. A
// place of the act's own clause is still its place, and a place opening
// the sentence ("In Nabatieh, …") too.
func TestSpeechPlaceNotTheAct(t *testing.T) {
	c := newCoder(t)
	checkPlacedLines(t, c, []placedCase{
		{"Indian and Chinese troops clashed on the disputed border on Monday, Indian army officials said in New Delhi.",
			"INDMIL 190 CHNMIL @; CHNMIL 190 INDMIL @"},
		{"Indian and Chinese troops clashed in Ladakh on Monday, Indian army officials told reporters in New Delhi.",
			"INDMIL 190 CHNMIL @Ladakh; CHNMIL 190 INDMIL @Ladakh"},
		{"A spokesman for the German special forces command at its headquarters in Potsdam, Germany, said that Afghan police forces fought with Taliban attackers on Thursday.",
			"AFGCOP 190 AFGREB @; AFGREB 190 AFGCOP @"},
		{"A Taliban spokesman called the attack on the German consulate a reprisal for airstrikes in Kunduz this week.",
			"AFGREB 190 DEU @"},
		{"In Nabatieh, Israeli warplanes struck Hezbollah positions on Monday, Lebanese security sources said.",
			"ISRMIL 195 LBNREB @Nabatieh"},
	})
}

// TestReasonPlaceNotTheTarget: a place inside the reason an act answers
// ("a reprisal for air strikes in Kunduz", "in retaliation for air raids
// last week in Kunduz province") gives the act neither its target nor its
// place (refine_places.go attackPlace stops at reasonStart): a story's
// "the attack", told again with its reason, adds no Taliban attack on
// Afghanistan at Kunduz to the consulate attack.
func TestReasonPlaceNotTheTarget(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Title: "Taliban attack German consulate", Published: "2016-11-11", Body: []string{
		"Taliban gunmen attacked the German consulate in Mazar-i-Sharif on Thursday.",
		"A Taliban spokesman called the attack a reprisal for air strikes in Kunduz this week.",
		"The Taliban said they carried out the attack in retaliation for air raids last week in Kunduz province.",
	}}
	var got []string
	for _, ev := range c.Code(a) {
		got = append(got, dyadLine(ev)+" "+ev.Date+" @"+placeName(ev))
	}
	want := "AFGREB 190 DEU 2016-11-10 @Mazar-i-Sharif"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
	checkPlacedLines(t, c, []placedCase{
		{"Militants shelled the base in retaliation for raids in Kunduz province.", ""},
		{"Israeli jets struck Beirut in response to rocket fire on Haifa.", "ISRMIL 195 LBN @Beirut"},
	})
}

// placedCase is a one-sentence text and its events, each as dyadLine then
// " @" and its place's name, joined by "; ".
type placedCase struct{ text, want string }

// checkPlacedLines codes each case's text as a one-sentence article
// published 2016-11-11 and checks its events against the case's want.
func checkPlacedLines(t *testing.T, c *events.Coder, cases []placedCase) {
	t.Helper()
	for _, tc := range cases {
		a := &dyad.Article{ID: "t", Published: "2016-11-11", Body: []string{tc.text}}
		var got []string
		for _, ev := range c.Code(a) {
			got = append(got, dyadLine(ev)+" @"+placeName(ev))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
}
