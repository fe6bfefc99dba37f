package events_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestCoderFix codes team-written wire sentences for the general rules of
// coderfix.go and the hooks that call them: protest sub-codes from a
// stated demand (14x1–14x4), threats of a military strike (138) against
// threatened labour strikes (133), a date between a verb and its nominal
// object, weapon nouns heading an actor phrase, and a possessive pronoun
// naming an attack's target. Each want lists every event of the sentence
// as "SOURCE CAMEO TARGET status date" ("-" for no target), in any order;
// the article is published on 2024-07-13 (a Saturday).
func TestCoderFix(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// a protest whose purpose infinitive states the demand
		{"Thousands of Kenyan teachers marched through Nairobi on Monday to demand higher salaries.",
			[]string{"KENEDU 1412 KENGOV asserted 2024-07-08"}},
		{"Dozens of Kenyan prisoners went on hunger strike on Monday to demand better prison conditions.",
			[]string{"KENCVL 1422 KENGOV asserted 2024-07-08"}},
		{"Kenyan dock workers went on strike on Monday to demand higher wages.",
			[]string{"KENLAB 1432 KENGOV asserted 2024-07-08"}},
		{"French farmers blocked roads near Paris on Monday to demand lower fuel taxes.",
			[]string{"FRAAGR 1442 FRAGOV asserted 2024-07-08"}},
		{"Bangladeshi protesters rioted in Dhaka on Monday to demand the resignation of the prime minister.",
			[]string{"BGDCVL 1451 BGDGOV asserted 2024-07-08"}},
		// a purpose infinitive restating the act dates the act
		{"Japanese Prime Minister Fumio Kishida held a phone call with South Korean President Yoon Suk Yeol on Thursday to discuss trade.",
			[]string{"JPNGOV 041 KORGOV asserted 2024-07-11", "KORGOV 041 JPNGOV asserted 2024-07-11"}},
		// a threat to strike an actor is force; workers' strikes are dissent
		{"Iran threatened on Monday to strike Israel if the attacks continued.",
			[]string{"IRN 138 ISR asserted 2024-07-08"}},
		// threats by idiom
		{"North Korea threatened to turn Seoul into a sea of fire.",
			[]string{"PRK 138 KOR asserted 2024-07-13"}},
		{"The blaze turned the forest into a sea of flames.", nil},
		// a plan: "due to", "scheduled to", "expected to" meet or visit, dated by the statement
		{"Blinken is due to meet Chinese Foreign Minister Wang Yi on Friday.",
			[]string{"USAGOV 036 CHNGOV future 2024-07-13"}},
		{"Blinken is scheduled to visit Beijing on Friday.",
			[]string{"USAGOV 036 CHN future 2024-07-13"}},
		{"The talks were cancelled due to the storm.", nil},
		// a lone surname before an adverb and its verb
		{"Putin also met Macron on Monday.",
			[]string{"RUSGOV 040 FRAGOV asserted 2024-07-08", "FRAGOV 040 RUSGOV asserted 2024-07-08"}},
		// missiles threatened at an actor are a threat of force, fired at it a strike
		{"North Korea threatened on Monday to fire missiles at Guam.",
			[]string{"PRK 138 GUM asserted 2024-07-08"}},
		{"China vowed to launch missiles toward Taiwan.",
			[]string{"CHN 138 TWN asserted 2024-07-13"}},
		{"Russia warned it would fire missiles at Poland.",
			[]string{"RUS 138 POL asserted 2024-07-13"}},
		{"North Korea fired two missiles at Guam on Monday.",
			[]string{"PRK 195 GUM asserted 2024-07-08"}},
		{"North Korea fired two missiles into the sea on Monday.",
			[]string{"PRK 150 - asserted 2024-07-08"}},
		{"Iran threatened on Monday to hit Israel.",
			[]string{"IRN 138 ISR asserted 2024-07-08"}},
		{"Israel threatened on Monday to strike back.",
			[]string{"ISR 138 - asserted 2024-07-08"}},
		{"Hezbollah threatened to strike the port of Haifa.",
			[]string{"LBNREB 138 ISR asserted 2024-07-13"}},
		{"Kenyan doctors threatened on Monday to strike from Friday.",
			[]string{"KENHLH 133 - asserted 2024-07-08"}},
		{"Kenyan teachers threatened on Monday to strike for a week.",
			[]string{"KENEDU 133 - asserted 2024-07-08"}},
		// a date between the verb and its nominal object
		{"Russian President Vladimir Putin ordered on Monday the mobilisation of 300,000 reservists.",
			[]string{"RUSGOV 154 - asserted 2024-07-08"}},
		{"Russia announced on Monday the mobilisation of reservists.",
			[]string{"RUS 154 - asserted 2024-07-08"}},
		// weapon nouns heading an actor phrase are the strike's instrument
		{"Ukrainian drones hit a refinery in Russia's Volgograd region on Monday.",
			[]string{"UKRMIL 1952 RUS asserted 2024-07-08"}},
		{"Houthi drones targeted a commercial ship in the Red Sea on Monday.",
			[]string{"YEMREB 1952 - asserted 2024-07-08"}},
		{"Israeli warplanes pounded Gaza City on Monday.",
			[]string{"ISRMIL 195 PSE asserted 2024-07-08"}},
		// an attack's weapons named in a with-phrase
		{"Houthi rebels attacked a commercial ship with drones on Sunday.",
			[]string{"YEMREB 195 - asserted 2024-07-07"}},
		{"Russian forces attacked Kharkiv with artillery and rockets on Sunday.",
			[]string{"RUSMIL 194 - asserted 2024-07-07"}},
		{"Israel attacked Hezbollah with the support of the United States on Sunday.",
			[]string{"ISR 190 LBNREB asserted 2024-07-07"}},
		// a possessive pronoun names the attacked
		{"Three Syrian soldiers were killed when an Israeli drone struck their checkpoint near Quneitra.",
			[]string{"ISRMIL 1952 SYRMIL asserted 2024-07-13"}},
	}, true)
}

// TestFoldTitle checks that a headline's event told again in the body is
// one event carrying the headline as further evidence, and that a
// headline event the body does not tell stays.
func TestFoldTitle(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		title, body string
		want        []string // "SOURCE CAMEO TARGET sentence also-sentences"
	}{
		{"Russia and China sign pact",
			"Russian President Vladimir Putin and Chinese President Xi Jinping signed a cooperation pact in Moscow on Thursday.",
			[]string{"RUSGOV 057 CHNGOV 0 [-1]", "CHNGOV 057 RUSGOV 0 [-1]"}},
		// the body's signing is two weeks old: another pact, the headline stays
		{"Russia and China sign pact",
			"Russian President Vladimir Putin and Chinese President Xi Jinping signed a cooperation pact in Moscow on June 28.",
			[]string{"RUS 057 CHN -1 []", "CHN 057 RUS -1 []", "RUSGOV 057 CHNGOV 0 []", "CHNGOV 057 RUSGOV 0 []"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: tt.title, Body: []string{tt.body}}
		var got []string
		for _, e := range c.Code(a) {
			tgt := "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			var also []int
			for _, m := range e.Also {
				also = append(also, m.Sentence)
			}
			got = append(got, fmt.Sprintf("%s %s %s %d %v", e.Source.Code, e.CAMEO, tgt, e.Sentence, also))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s / %s\n got: %q\nwant: %q", tt.title, tt.body, got, tt.want)
		}
	}
}

// storyEvents codes a story of one sentence a paragraph (and title, ""
// for none), published 2024-07-13 (a Saturday), and lists its events as
// "SOURCE CAMEO TARGET status sentence [also-sentences]" in output order.
func storyEvents(t *testing.T, c *events.Coder, title string, body []string) []string {
	t.Helper()
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: title, Body: body}
	var got []string
	for _, e := range c.Code(a) {
		var also []int
		for _, m := range e.Also {
			also = append(also, m.Sentence)
		}
		got = append(got, fmt.Sprintf("%s %d %v", eventLine(e, false), e.Sentence, also))
	}
	return got
}

// TestDedupByStatus: within an article, tellings of one date, source,
// target and code are one event only when their status is the same. An
// act told and then denied, alleged and then told, told and then said not
// to have happened are two events each, so that no telling's status is
// lost in another's mentions.
func TestDedupByStatus(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string
	}{
		// asserted, then denied by the actor: the denial is no mention of the act
		{[]string{"Azerbaijani troops shelled the Armenian village of Sotk on Monday, the Armenian defence ministry said.",
			"Azerbaijan denied that its troops shelled the Armenian village on Monday."},
			[]string{"AZEMIL 194 ARM asserted 0 []", "AZE 016 - asserted 1 []", "AZEMIL 194 ARM denied 1 []"}},
		// alleged, then told: the alleged telling does not absorb the assertion
		{[]string{"Russian forces allegedly shelled the Ukrainian city of Kharkiv on Monday.",
			"Russian forces shelled Kharkiv on Monday, the regional governor said."},
			[]string{"RUSMIL 194 UKR alleged 0 []", "RUSMIL 194 UKR asserted 1 []"}},
		// told, then said not to have happened
		{[]string{"Israeli jets struck southern Lebanon on Tuesday.",
			"The Israeli military said its jets had not struck Lebanon on Tuesday."},
			[]string{"ISRMIL 195 LBN asserted 0 []", "ISRMIL 195 LBN negated 1 []"}},
		// told twice: one event with both tellings
		{[]string{"Israeli jets struck southern Lebanon on Tuesday.",
			"Lebanese officials said Israeli jets struck the south of Lebanon on Tuesday."},
			[]string{"ISRMIL 195 LBN asserted 0 [1]"}},
	} {
		if got := storyEvents(t, c, "", tt.body); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.body, got, tt.want)
		}
	}
}
