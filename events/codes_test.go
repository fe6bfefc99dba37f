package events_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/testutil"
)

// TestCoderFix codes team-written wire sentences for the general rules of
// codes.go and the hooks that call them: protest sub-codes from a
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
		// a security accord threatened with cancellation is relations
		// threatened (1313), as a treaty left is
		{"Trump threatened to cancel the security deal with Ukraine.",
			[]string{"USA 1313 UKR asserted 2024-07-13"}},
		{"Turkey threatened on Monday to scrap its defence pact with Libya.",
			[]string{"TUR 1313 LBY asserted 2024-07-08"}},
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
			nil}, // Kharkiv unread as Ukraine: no one attacked (unaimed.go)
		{"Russian forces attacked Ukrainian troops with artillery and rockets on Sunday.",
			[]string{"RUSMIL 194 UKRMIL asserted 2024-07-07"}},
		{"Israel attacked Hezbollah with the support of the United States on Sunday.",
			[]string{"ISR 190 LBNREB asserted 2024-07-07"}},
		// a possessive pronoun names the attacked
		{"Three Syrian soldiers were killed when an Israeli drone struck their checkpoint near Quneitra.",
			[]string{"ISRMIL 1952 SYRMIL asserted 2024-07-13"}},
	}, true)
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

// TestFoldTitleFirst: a headline that tells the body's event first, with
// its actors as coded, is the event's evidence: sentence -1, the
// headline's id, verb and actor spans, the body's date and place, the
// body sentence first in Also.
func TestFoldTitleFirst(t *testing.T) {
	c := newCoder(t)
	title := "Azerbaijani troops shell Armenian village"
	body := []string{"Azerbaijani troops shelled the Armenian village of Sotk on Thursday.", "Baku said Armenian troops had fired first."}
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Title: title, Body: body}
	evs := c.Code(a)
	if len(evs) == 0 || evs[0].CAMEO != "194" {
		t.Fatalf("events %+v, want the shelling first", evs)
	}
	e := evs[0]
	got := fmt.Sprintf("%d %s %s %q %v %q %v %q %v", e.Sentence, e.Date, e.DateFrom, e.Evidence.Verb, e.Evidence.Span,
		e.Source.Text, e.Source.Span, e.Target.Text, e.Target.Span)
	if want := `-1 2024-07-11 text "shell" [19 24] "Azerbaijani troops" [0 18] "Armenian" [25 33]`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if e.Evidence.Text != title || len(e.Also) != 1 || e.Also[0].Sentence != 0 || e.Also[0].Evidence.Text != body[0] {
		t.Errorf("evidence %q, also %+v: want the headline, then sentence 0", e.Evidence.Text, e.Also)
	}
	alone := c.Code(&dyad.Article{ID: "t", Published: "2024-07-13", Title: title})
	if len(alone) != 1 || alone[0].ID != e.ID {
		t.Errorf("id %s, want the headline event's (%+v)", e.ID, alone)
	}
	checkSpans(t, "TestFoldTitleFirst", evs)
}

// checkSpans fails t for an event whose spans do not index its evidence
// text: the verb's, the source's, the target's and the reporter's (an
// implied actor has no text and span [0,0]), and each Also mention's
// verb in its own sentence.
func checkSpans(t *testing.T, name string, evs []dyad.Event) {
	t.Helper()
	in := func(text string, span [2]int, want string) bool {
		if want == "" && span == [2]int{} {
			return true
		}
		return 0 <= span[0] && span[0] <= span[1] && span[1] <= len(text) && text[span[0]:span[1]] == want
	}
	for _, e := range evs {
		ev := e.Evidence
		if !in(ev.Text, ev.Span, ev.Verb) {
			t.Errorf("%s: sentence %d: verb %q at %v of %q", name, e.Sentence, ev.Verb, ev.Span, ev.Text)
		}
		for role, a := range map[string]*dyad.Actor{"source": e.Source, "target": e.Target, "reported_by": e.ReportedBy} {
			if a != nil && !in(ev.Text, a.Span, a.Text) {
				t.Errorf("%s: sentence %d: %s %q at %v of %q", name, e.Sentence, role, a.Text, a.Span, ev.Text)
			}
		}
		for _, m := range e.Also {
			if !in(m.Evidence.Text, m.Evidence.Span, m.Evidence.Verb) {
				t.Errorf("%s: sentence %d (also of %d): verb %q at %v of %q", name, m.Sentence, e.Sentence, m.Evidence.Verb, m.Evidence.Span, m.Evidence.Text)
			}
		}
	}
}

// TestSpansIndexEvidence: every event's spans index its evidence text,
// over the examples' articles, the stories of TestDedupByStatus and
// TestFoldTitle, and the BBC politics and Lee ABC news corpora of
// ../shared (read at run time, skipped when absent; none of their files
// is held out), headlines included.
func TestSpansIndexEvidence(t *testing.T) {
	c := newCoder(t)
	code := func(path string, published string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := article.Read(path, data, article.Options{})
		if err != nil && published == "" {
			t.Fatalf("%s: %v", path, err)
		}
		for _, a := range arts { // (a corpus file dyad cannot read has none)
			if a.Published == "" {
				a.Published = published
			}
			checkSpans(t, path, c.Code(a))
		}
	}
	files, _ := filepath.Glob("../examples/*.txt")
	if len(files) < 12 {
		t.Fatalf("want at least 12 examples, found %d", len(files))
	}
	for _, f := range files {
		code(f, "")
	}
	for _, title := range []string{"Azerbaijani troops shell Armenian village", "Russia and China sign pact"} {
		checkSpans(t, title, c.Code(&dyad.Article{ID: "t", Published: "2024-07-13", Title: title, Body: []string{
			"Azerbaijani troops shelled the Armenian village of Sotk on Thursday.",
			"Azerbaijan denied that its troops shelled the Armenian village on Thursday.",
			"Russian President Vladimir Putin and Chinese President Xi Jinping signed a cooperation pact in Moscow on Thursday."}}))
	}
	for _, sub := range []struct{ dir, published string }{{"bbc_politics", "2005-01-15"}, {"lee_abc_news", "2002-01-15"}} {
		files, _ := filepath.Glob(filepath.Join(testutil.Corpora(t, sub.dir), "*"))
		for _, f := range files {
			code(f, sub.published)
		}
	}
}

// policeFireRepressionCases: force by police or security forces on
// protesters is repression, 175 (codes.go); gunmen on a crowd and troops
// on fighters are not. The exact events each sentence gives.
var policeFireRepressionCases = []familyCase{
	// force by police or security forces on protesters is repression
	{"repression", "Police in Lagos opened fire on demonstrators on Monday, witnesses said.", []string{"NGACOP 175 NGACVL asserted"}},
	{"repression", "Sri Lankan riot police opened fire on crowds outside the presidential palace in Colombo on Saturday.", []string{"LKACOP 175 LKACVL asserted"}},
	{"repression", "Iranian police shot protesters in the city of Zahedan on Friday, rights groups said.", []string{"IRNCOP 175 IRNCVL asserted"}},
	{"repression", "Sudanese security forces fired on protesters in Khartoum on Sunday.", []string{"SDNCOP 175 SDNCVL asserted"}},
	{"repression", "Bangladeshi police shot dead three students during a protest against job quotas on Tuesday.", []string{"BGDCOP 175 BGDEDU asserted"}},
	{"repression", "Gunmen opened fire on a crowd of worshippers in Kano on Friday.", []string{"NGAUAF 193 NGACVL asserted"}},
	{"repression", "Israeli troops opened fire on Hamas fighters in Rafah on Monday.", []string{"ISRMIL 193 PSEREB asserted"}},
	// a police beating of a crowd of opposition supporters is repression, as one of villagers is; by protesters, an assault
	{"repression", "Georgian riot police beat opposition supporters with batons in Tbilisi on Saturday to break up a rally outside parliament.", []string{"GEOCOP 175 GEOOPP asserted"}},
	{"repression", "Georgian police beat opposition supporters outside their party office in Batumi on Friday.", []string{"GEOCOP 175 GEOOPP asserted"}},
	{"repression", "Nationalist protesters beat dozens of opposition supporters outside parliament in Skopje on Thursday.", []string{"MKDCVL 182 MKDOPP asserted"}},
}

// TestPoliceFireRepression codes each case of policeFireRepressionCases as
// a one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestPoliceFireRepression(t *testing.T) { checkFamilies(t, "", policeFireRepressionCases, false) }

// personAssaultCases: a named person shot or struck by an armed individual
// is an assassination attempt, 185 (codes.go personAssault), or an
// assault; shots on a crowd are not. The exact events each sentence gives.
var personAssaultCases = []familyCase{
	// a named person shot by an armed individual: an assassination attempt
	{"assault", "A gunman shot Pakistani opposition leader Imran Khan in the leg at a rally on Thursday, his aides said.", []string{"PAKUAF 185 PAKOPP asserted"}},
	{"assault", "A gunman shot Ecuadorean lawmaker and presidential hopeful Carlos Mendoza at a market in Quito on Sunday.", []string{"ECUUAF 185 ECULEG asserted"}},
	{"assault", "Brazilian President Luiz Inacio Lula da Silva was shot by a lone gunman in Brasilia on Friday.", []string{"BRAUAF 185 BRAGOV asserted"}},
	{"assault", "An attacker struck Spanish Prime Minister Pedro Sanchez in Madrid on Sunday.", []string{"ESPUAF 182 ESPGOV asserted"}},
	// (on 2024-03-14 Jovenel Moise is no president: the country alone)
	{"assault", "Gunmen shot dead Haitian President Jovenel Moise at his home on Wednesday.", []string{"HTIUAF 186 HTI asserted"}},
	{"assault", "A gunman opened fire on a crowd of shoppers in Las Vegas on Sunday, killing 12 people.", []string{"USAUAF 193 USACVL asserted"}},
}

// TestPersonAssault codes each case of personAssaultCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestPersonAssault(t *testing.T) { checkFamilies(t, "", personAssaultCases, false) }

// TestPoliceForceOnCrowds codes police force against protesters or a
// crowd: firing on, shooting or killing them is repression, 175
// (codes.go); a gunman or a suspect shot by police, and a crowd fired on
// by troops, are not. Each sentence is published on 2024-07-13 (a
// Saturday); each want lists every event as "SOURCE CAMEO TARGET status
// date", in any order; nil means no event.
func TestPoliceForceOnCrowds(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 175 police firing on, shooting or killing protesters or a crowd
		{"Bangladeshi police opened fire on student protesters in Dhaka on Thursday.",
			[]string{"BGDCOP 175 BGDEDU asserted 2024-07-11"}},
		{"Iranian security forces shot dead three demonstrators in Zahedan on Friday.",
			[]string{"IRNCOP 175 IRNCVL asserted 2024-07-12"}},
		{"Police in Lagos fired on crowds outside the state assembly on Monday.",
			[]string{"NGACOP 175 NGACVL asserted 2024-07-08"}},
		// a gunman or a suspect shot by police, a crowd fired on by troops: no repression
		// (a named gunman shot dead by a state's forces is force, 190: statekillings.go)
		{"Police shot dead a gunman in central Manchester on Thursday.",
			[]string{"GBRCOP 190 GBRUAF asserted 2024-07-11"}},
		{"Police shot dead a robbery suspect in Nairobi on Thursday.",
			[]string{"KENCOP 180 KENCVL asserted 2024-07-11"}},
		{"Israeli troops opened fire on a crowd waiting for flour trucks in Gaza City on Thursday.",
			[]string{"ISRMIL 193 PSE asserted 2024-07-11"}},
		// live bullets used on protesters, a crowd charged with batons:
		// repression, not a criminal charge; live rounds in training: nothing
		{"Kenyan riot police used live bullets against protesters in Nairobi on Tuesday.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-09"}},
		{"Belarusian police charged crowds with batons in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLRCVL asserted 2024-07-07"}},
		{"Belarusian prosecutors charged three opposition leaders with treason on Sunday.",
			[]string{"BLRJUD 173 BLROPP asserted 2024-07-07"}},
		{"Israel's army said on Tuesday it had used live rounds in a training exercise.", nil},
	}, true)
}

// TestKillingsInAProtest codes a state's forces killing people in a
// protest the sentence tells near the killing, before or after it:
// repression, 175 (codes.go protestScene), a mass killing's count
// included; killings with no protest, protests the killing set off and
// protests over a killing keep their code. Each sentence is published on
// 2024-07-13 (a Saturday); each want lists every event as "SOURCE CAMEO
// TARGET status date", in any order; nil means no event.
func TestKillingsInAProtest(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Myanmar security forces killed at least 30 people on Sunday in the bloodiest day of protests since the coup.",
			[]string{"MMRCOP 175 MMRCVL asserted 2024-07-07"}},
		{"Bolivian President Luis Arce resigned after weeks of protests over a gas export plan, in which security forces killed dozens of people.",
			[]string{"BOLGOV 0831 - asserted 2024-07-13", "BOLCOP 175 BOLCVL asserted 2024-07-13"}},
		{"Sudanese soldiers killed more than 40 people in Omdurman on Friday when troops fired on mourners gathering for a protest.",
			[]string{"SDNMIL 175 SDNCVL asserted 2024-07-12"}},
		// no protest, a protest the killing set off, a protest over a killing
		{"Burkinabe soldiers killed at least 60 civilians in the northern village of Djibo on Thursday.",
			[]string{"BFAMIL 202 BFACVL asserted 2024-07-11"}},
		{"Burkinabe soldiers killed at least 60 civilians in the northern village of Djibo on Thursday, sparking protests in Ouagadougou.",
			[]string{"BFAMIL 202 BFACVL asserted 2024-07-11"}},
		{"Protests erupted in Nairobi over the police killing of a teacher on Monday.", nil},
	}, true)
}

// TestPeopleCaptured codes "captured": people captured by a state's forces
// are detained (173), by anyone else abducted (181); ground captured is
// occupied (192). Each case is a short article (paragraphs in order)
// published on 2024-07-13 (a Saturday); want lists every event of the last
// paragraph as eventLine(e, true), in any order.
func TestPeopleCaptured(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		// 5: people captured are detained by a state's forces (173) and
		// abducted by anyone else (181); ground captured is occupied
		{[]string{"Two Nigerian soldiers were captured by rebels on Friday."},
			[]string{"NGAREB 181 NGAMIL asserted 2024-07-12"}},
		{[]string{"Russian troops captured three Ukrainian soldiers near Bakhmut on Friday."},
			[]string{"RUSMIL 173 UKRMIL asserted 2024-07-12"}},
		{[]string{"Russian troops captured a Ukrainian army base near Bakhmut on Friday."},
			[]string{"RUSMIL 192 UKRMIL asserted 2024-07-12"}},
		// a named person captured by a state's forces is detained, by an
		// armed group abducted; a recapture of people is a capture
		{[]string{"Colombian troops captured FARC commander Jorge Briceno on Monday."},
			[]string{"COLMIL 173 COLREB asserted 2024-07-08"}},
		{[]string{"ELN rebels captured Colombian senator Ana Gomez on Monday."},
			[]string{"COLREB 181 COLLEG asserted 2024-07-08"}},
		{[]string{"Honduran police recaptured twelve escaped gang members on Friday."},
			[]string{"HNDCOP 173 HNDCRM asserted 2024-07-12"}},
		{[]string{"Somali forces recaptured the town of Galcad from al-Shabaab on Saturday."},
			[]string{"SOMMIL 192 SOMREB asserted 2024-07-13"}},
	})
}
