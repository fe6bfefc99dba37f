package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestSentences codes single sentences and compares every event, exactly.
func TestSentences(t *testing.T) {
	c := newCoder(t)
	tests := []datedCase{ // want: "SOURCE CAMEO TARGET status date"
		{"2024-07-13", "North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said.",
			[]string{"PRK 150 - asserted 2024-07-11"}},
		{"2024-07-13", "Seoul and Washington signed guidelines on nuclear deterrence on Friday.",
			[]string{"KOR 057 USA asserted 2024-07-12", "USA 057 KOR asserted 2024-07-12"}},
		{"2024-07-13", "Israel has accused Iran of shipping weapons to Hezbollah.",
			[]string{"ISR 112 IRN asserted 2024-07-13", "IRN 072 LBNREB alleged 2024-07-13"}},
		{"2024-07-13", "Iran denied the accusation.", []string{"IRN 016 - asserted 2024-07-13"}},
		{"2024-07-13", "Russian troops did not attack Kharkiv last week.",
			[]string{"RUSMIL 190 UKR negated 2024-07"}},
		{"2024-07-13", "China and Japan will hold talks in Beijing next month.",
			[]string{"CHN 036 JPN future 2024-07-13", "JPN 036 CHN future 2024-07-13"}}, // the plan's month is not the event's date (gold README)
		{"2024-07-13", "Argentina beat France on penalties to win the World Cup.", nil},
		{"2024-07-13", "The UN-backed government in Tripoli condemned the strike.", []string{"LBYGOV 111 - asserted 2024-07-13"}},
		{"2024-07-13", "Iraq invaded Kuwait in 1990.", nil},
		// a country name after a sentence's first word that is a name no
		// dictionary knows is a person's; after an adverb it is the state
		{"2024-03-10", "Michael Jordan criticised the league's new schedule.", nil},
		{"2024-03-10", "Yesterday Jordan criticised Israel.", []string{"JOR 111 ISR asserted 2024-03-09"}},
		{"2024-03-10", "Meanwhile Jordan criticised Israel.", []string{"JOR 111 ISR asserted 2024-03-10"}},
		// a passive kill whose agent is an attack noun is the attack's toll
		{"2024-03-10", "Two Palestinian journalists were killed by an Israeli air strike in Gaza on Sunday.",
			[]string{"ISRMIL 195 PSEMED asserted 2024-03-10"}},
		{"2024-03-10", "Two soldiers were killed by Russian forces near Bakhmut on Sunday.",
			[]string{"RUSMIL 190 UKRMIL asserted 2024-03-10"}},
		// "neither … nor" lists its actors and negates the act for each
		{"2024-03-10", "Neither Russia nor China condemned the attack.",
			[]string{"RUS 111 - negated 2024-03-10", "CHN 111 - negated 2024-03-10"}},
		// "N years ago" and "decades ago" are history too; days, weeks and
		// months ago date the act
		{"2023-10-07", "Fifty years ago, Egypt and Syria attacked Israel.", nil},
		{"2023-10-07", "Seventy-four years ago, North Korean troops invaded South Korea.", nil},
		{"2023-10-07", "Decades ago, Iraq invaded Kuwait.", nil},
		{"2024-03-10", "Russian forces shelled Kharkiv two days ago, Ukrainian officials said.",
			[]string{"RUSMIL 194 UKR asserted 2024-03-08"}},
		{"2024-03-10", "Iran seized a tanker two months ago.", []string{"IRN 171 - asserted 2024-01"}},
		{"2024-03-10", "Sweden joined NATO in April last year.", []string{"SWE 050 IGOWSTNAT asserted 2023-04"}},
		// a day and month with "last year" or "this year" (a new user's,
		// session 67: 2017-06-12 before)
		{"2017-10-03", "North Korea fired a missile on June 12 last year.", []string{"PRK 150 - asserted 2016-06-12"}},
		{"2017-10-03", "North Korea fired a missile on 12 June last year.", []string{"PRK 150 - asserted 2016-06-12"}},
		{"2017-10-03", "North Korea fired a missile in June last year.", []string{"PRK 150 - asserted 2016-06"}},
		{"2017-10-03", "North Korea fired a missile on June 12 this year.", []string{"PRK 150 - asserted 2017-06-12"}},
		// … and fronted, "last year" before the day or month (a new user's,
		// session 68: 2016 at year precision before); a comma between too
		// (a new user's, session 69: 2016 before), a year of the date's own
		// is kept when it agrees and left alone when it does not
		{"2017-10-03", "Last year on June 12, North Korea fired a missile.", []string{"PRK 150 - asserted 2016-06-12"}},
		{"2017-10-03", "Last year in June, North Korea fired a missile.", []string{"PRK 150 - asserted 2016-06"}},
		{"2017-10-03", "This year on June 12, North Korea fired a missile.", []string{"PRK 150 - asserted 2017-06-12"}},
		{"2017-10-03", "Last year, on June 12, North Korea fired a missile.", []string{"PRK 150 - asserted 2016-06-12"}},
		{"2024-03-10", "Japan summoned China's ambassador on Sept. 15.", []string{"JPN 114 CHNGOV asserted 2023-09-15"}},
		// a year after a reduced relative is the participle's, not the meeting's
		{"2017-11-06", "Trump also met relatives of Japanese citizens abducted by North Korean agents decades ago.",
			[]string{"USAGOV 040 JPNCVL asserted 2017-11-06", "JPNCVL 040 USAGOV asserted 2017-11-06"}}, // relatives of Japanese citizens are JPNCVL, as families are
		{"2024-07-13", "Turkey warned that it would strike Kurdish militants if they attacked its border posts.",
			[]string{"TUR 138 TURREB asserted 2024-07-13"}},
	}
	checkPublishedLines(t, c, tests, true)
}

// TestAlso: the same event told twice in one article is one event with
// both sentences as evidence.
func TestAlso(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: "North Korea denounces NATO",
		Body: []string{"North Korea has denounced NATO, state media said.", "Pyongyang also denounced NATO."}}
	evs := c.Code(a)
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Sentence != -1 || e.Source.Code != "PRK" || e.Target.Code != "IGOWSTNAT" || e.CAMEO != "111" {
		t.Errorf("event %+v", e)
	}
	if len(e.Also) != 2 || e.Also[0].Sentence != 0 || e.Also[1].Sentence != 1 || e.Also[1].Evidence.Verb != "denounced" {
		t.Errorf("also = %+v, want sentences 0 and 1", e.Also)
	}
}

// TestTailSpeaker: the speaker of a closing attribution speaks for the
// subject of the clause it reports, not for the first state named.
func TestTailSpeaker(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"After talks with Washington on Monday, Seoul condemned the launch, a foreign ministry spokesman said.", "KOR 111 - by KORGOV"},
		{"If Washington imposes new tariffs on Chinese goods, Beijing will retaliate, a foreign ministry spokesman warned.", "CHNGOV 138 USA by -"}, // one threat, the speaker's, at the condition's actor (combine.go tailWarning)
	} {
		var got []string
		for _, e := range c.Code(&dyad.Article{ID: "t", Published: "2024-03-10", Body: []string{tt.text}}) {
			by := "-"
			if e.ReportedBy != nil {
				by = e.ReportedBy.Code
			}
			if line := eventLine(e, false); strings.HasSuffix(line, "asserted") {
				got = append(got, strings.TrimSuffix(line, " asserted")+" by "+by)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s\n got %v\nwant [%s]", tt.text, got, tt.want)
		}
	}
}

// TestDenialReferent: "denied the accusation" made in an earlier sentence
// targets its accuser, evidenced by the noun phrase alone (not "the
// accusation on" of "… on Wednesday").
func TestDenialReferent(t *testing.T) {
	c := newCoder(t)
	evs := c.Code(&dyad.Article{ID: "t", Published: "2025-03-14", Body: []string{
		"Pakistan accused India on Tuesday of shelling villages in Kashmir.", "India denied the accusation on Wednesday."}})
	var got []string
	for _, e := range evs {
		if e.CAMEO == "016" && e.Target != nil {
			got = append(got, e.Target.Code+" "+e.Target.Text)
		}
	}
	if want := []string{"PAK the accusation"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("denial targets %q, want %q", got, want)
	}
}

// TestVerbSpan: an event's verb span never runs into its actors ("Polish
// fighter jets scrambled": the jets are the source POLMIL, the verb
// "scrambled"; with the country as the subject, "Poland scrambled fighter
// jets", the source is POL alone, as CODING.md says).
func TestVerbSpan(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct{ text, verb, source string }{
		{"Polish fighter jets scrambled on Monday.", "scrambled", "Polish fighter jets"},
		{"Seoul and Washington signed guidelines on nuclear deterrence.", "signed guidelines", "Seoul"},
		{"Israeli jets struck a weapons depot in Lebanon.", "struck", "Israeli jets"},
		{"Ukraine's president appealed to the United States for more air defence systems.", "appealed to", "Ukraine's president"},
	} {
		evs := c.Code(&dyad.Article{ID: "a", Published: "2024-07-13", Body: []string{tc.text}})
		if len(evs) == 0 {
			t.Errorf("%s: no event", tc.text)
			continue
		}
		e := evs[0]
		if e.Evidence.Verb != tc.verb || e.Source == nil || e.Source.Text != tc.source {
			t.Errorf("%s: verb %q source %+v, want %q and %q", tc.text, e.Evidence.Verb, e.Source, tc.verb, tc.source)
		}
		for _, a := range []*dyad.Actor{e.Source, e.Target} {
			if a != nil && a.Span[1] > a.Span[0] && e.Evidence.Span[1] > a.Span[0] && e.Evidence.Span[0] < a.Span[1] {
				t.Errorf("%s: verb span %v overlaps %s's span %v", tc.text, e.Evidence.Span, a.Code, a.Span)
			}
		}
	}
}

// TestVerbSpanList: with a list of targets, each event's verb stops
// before the whole list, not before its own target (a fresh user: the
// Germany event's verb was "appealed to the United States and").
func TestVerbSpanList(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct{ text, verb string }{
		{"Ukraine's president appealed to the United States and Germany for more air defence systems.", "appealed to"},
		{"Chile's foreign minister appealed to Peru, Bolivia and Argentina for more air defence systems.", "appealed to"},
	} {
		evs := c.Code(&dyad.Article{ID: "a", Published: "2024-07-13", Body: []string{tc.text}})
		if len(evs) < 2 {
			t.Errorf("%s: %d events, want one per target", tc.text, len(evs))
		}
		for _, e := range evs {
			if e.Evidence.Verb != tc.verb {
				t.Errorf("%s: event on %v has verb %q, want %q", tc.text, e.Target, e.Evidence.Verb, tc.verb)
			}
		}
	}
}

// TestImplicitTarget: a target no words name (the government a strike or
// boycott is aimed at) has no text and an empty span, never the source's
// words.
func TestImplicitTarget(t *testing.T) {
	c := newCoder(t)
	for _, tc := range []struct{ text, want string }{
		{"Thousands of British workers went on strike over pay on Monday.", "GBRLAB 143 GBRGOV"},
		{"Kenyan opposition supporters boycotted the parliament session on Tuesday.", "KENOPP 143 KENGOV"},
	} {
		evs := c.Code(&dyad.Article{ID: "a", Published: "2024-07-13", Body: []string{tc.text}})
		if len(evs) != 1 || evs[0].Target == nil {
			t.Fatalf("%s: %d events, want one with a target", tc.text, len(evs))
		}
		e := evs[0]
		if got := e.Source.Code + " " + e.CAMEO + " " + e.Target.Code; got != tc.want || e.Target.Text != "" || e.Target.Span != [2]int{} {
			t.Errorf("%s: %s, target text %q span %v; want %s, no text, no span", tc.text, got, e.Target.Text, e.Target.Span, tc.want)
		}
	}
}

// TestTollTarget checks, on sentences written for this test, that an
// attack naming no target is aimed at the victims of the participle that
// tells its toll, while an attack on a named place keeps the place.
func TestTollTarget(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Myanmar's military carried out airstrikes on villages in Sagaing region on Thursday, killing 12 civilians.",
			[]string{"MMRMIL 195 MMRCVL asserted"}},
		{"Israeli jets struck Gaza City on Thursday, killing 12 people.",
			[]string{"ISRMIL 195 PSE asserted"}},
	}, false)
}

// TestReactionDrawnFrom codes team-written sentences where an act draws a
// reaction from another party ("drawing a sharp rebuke from Pakistan",
// coder.go): the party is the reaction's source and the actor its target;
// a reaction from no actor is none. Each want lists every event of the
// sentence as "SOURCE CAMEO TARGET status" ("-" for no target), in any
// order.
func TestReactionDrawnFrom(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"India tested a missile on Monday, drawing a sharp rebuke from Pakistan.",
			[]string{"IND 150 - asserted", "PAK 111 IND asserted"}},
		{"Ireland recognised a Palestinian state on Tuesday, drawing praise from Hamas.",
			[]string{"IRL 054 PSE asserted", "PSEREB 051 IRL asserted"}},
		{"The plan drew criticism from economists.",
			nil},
	}, false)
}

// TestOneMentionASentence: an event keeps one mention for each further
// sentence that tells it, however often one sentence tells it and however
// many sentences do (no cap: NumMentions counts them all; a sentence
// repeated word for word is coded once, repeat.go), also when a
// broader telling folds in (foldBroader) or a headline (foldTitle).
func TestOneMentionASentence(t *testing.T) {
	c := newCoder(t)
	many := make([]string, 30)
	var want []string
	for k := range many {
		many[k] = "Russian forces shelled Kharkiv on Monday."
		if k > 0 { // each in its own words: a sentence repeated word for word is coded once (repeat.go)
			many[k] = fmt.Sprintf("Russian forces shelled Kharkiv on Monday, report %d said.", k)
		}
		if k > 0 {
			want = append(want, fmt.Sprintf("%d:-", k))
		}
	}
	for _, tt := range []struct {
		name  string
		title string
		body  []string
		want  []string
	}{
		{"told twice in one sentence", "",
			[]string{"Russian forces shelled Kharkiv on Monday.",
				"Ukrainian officials said Russian forces shelled Kharkiv on Monday and Russian forces shelled Kharkiv on Monday again.",
				"Russian troops shelled Kharkiv on Monday."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[1:UKRGOV 2:-]"}},
		{"told twice in each of two sentences", "",
			[]string{"Russia attacked Ukraine on Monday.",
				"Kyiv said Russia attacked Ukraine on Monday, and Russia attacked Ukraine on Monday night too.",
				"Russia attacked Ukraine on Monday and Russia attacked Ukraine on Monday again."},
			[]string{"0 RUS 190 UKR asserted 2024-07-15 rb=- also=[1:UKR 2:-]"}},
		{"thirty sentences: twenty-nine further mentions", "", many,
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[" + strings.Join(want, " ") + "]"}},
		{"a broader telling folds into a sentence told already", "",
			[]string{"Russian forces shelled Kharkiv on Monday.",
				"Russian forces shelled Kharkiv on Monday, and Russia shelled Kharkiv on Monday.",
				"Russia shelled Kharkiv on Monday."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[1:- 2:-]"}},
		{"a headline told twice in the body", "Russian forces shell Kharkiv",
			[]string{"Russian forces shelled Kharkiv on Monday and Russian forces shelled Kharkiv again on Monday.",
				"Russian forces shelled Kharkiv on Monday."},
			[]string{"-1 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[0:- 1:-]"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := &dyad.Article{ID: "t", Published: "2024-07-17", Title: tt.title, Body: tt.body}
			var got []string
			for _, e := range c.Code(a) {
				got = append(got, tellingLine(e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
