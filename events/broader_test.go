package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// tellingLine renders e as "SENTENCE SOURCE CAMEO TARGET status DATE
// rb=REPORTER also=[SENTENCE:REPORTER ...]", "-" for no target or
// reporter.
func tellingLine(e dyad.Event) string {
	code := func(a *dyad.Actor) string {
		if a == nil {
			return "-"
		}
		return a.Code
	}
	var also []string
	for _, m := range e.Also {
		also = append(also, fmt.Sprintf("%d:%s", m.Sentence, code(m.ReportedBy)))
	}
	return fmt.Sprintf("%d %s rb=%s also=[%s]", e.Sentence, eventLine(e, true), code(e.ReportedBy), strings.Join(also, " "))
}

// TestFoldBroader codes wire-style articles (published 2024-07-17, a
// Wednesday) where one act is told several ways: a telling naming the
// actors or the act less specifically (RUS for RUSMIL, 190 for 194)
// folds into the more specific one, which keeps its own sentence and
// reporter and carries the other in Also with that telling's own
// reporter; and what must stay apart: another place, another day, a
// denial, siblings (RUSGOV and RUSMIL), another country, a telling
// broader in one field and narrower in another.
func TestFoldBroader(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		name string
		body []string
		want []string
	}{
		{"the country told again as its forces, each telling its own reporter",
			[]string{"Russian forces shelled Kharkiv on Monday, Ukraine's military said.",
				"Russia shelled Kharkiv on Monday, the regional governor said."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=UKRMIL also=[1:UKRGOV]"}},
		{"a telling marked as another act stays apart",
			[]string{"Ukraine accused Russia on Monday of deporting children.",
				"Ukraine's foreign ministry also accused Russia on Monday of blocking grain exports."},
			[]string{"0 UKR 112 RUS asserted 2024-07-15 rb=- also=[]", "0 RUS 174 UKRREF alleged 2024-07-17 rb=- also=[]", "1 UKRGOV 112 RUS asserted 2024-07-15 rb=- also=[]"}},
		{"half of a mutual act does not fold into a one-way act",
			[]string{"Russia and Ukraine exchanged fire on Monday.", "Russian forces shelled Ukrainian positions on Monday."},
			[]string{"0 RUS 190 UKR asserted 2024-07-15 rb=- also=[]", "0 UKR 190 RUS asserted 2024-07-15 rb=- also=[]", "1 RUSMIL 194 UKRMIL asserted 2024-07-15 rb=- also=[]"}},
		{"the broader telling first: the narrower one is the record",
			[]string{"Russia shelled Kharkiv on Monday, the regional governor said.",
				"Russian forces shelled Kharkiv on Monday, Ukraine's military said."},
			[]string{"1 RUSMIL 194 UKR asserted 2024-07-15 rb=UKRMIL also=[0:UKRGOV]"}},
		{"an attack told again as shelling: 190 folds into 194",
			[]string{"Russia attacked Kharkiv on Monday.", "Russian forces shelled Kharkiv on Monday."},
			[]string{"1 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[0:-]"}},
		{"broader in the source, narrower in the code: two events",
			[]string{"Russia shelled Kharkiv on Monday.", "Russian forces attacked Kharkiv on Monday."},
			[]string{"0 RUS 194 UKR asserted 2024-07-15 rb=- also=[]", "1 RUSMIL 190 UKR asserted 2024-07-15 rb=- also=[]"}},
		{"two strikes the same day on two cities, then the first told again",
			[]string{"Russian forces shelled Kharkiv on Monday.", "Russian forces also shelled Odesa on Monday.",
				"Russia shelled the city of Kharkiv on Monday."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[2:-]", "1 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[]"}},
		{"another day",
			[]string{"Russian forces shelled Kharkiv on Monday.", "Russia shelled Kharkiv on Tuesday."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[]", "1 RUS 194 UKR asserted 2024-07-16 rb=- also=[]"}},
		{"an assertion and a denial",
			[]string{"Russian forces shelled Kharkiv on Monday, Ukraine said.", "Russia denied that it had shelled Kharkiv on Monday."},
			[]string{"0 RUSMIL 194 UKR asserted 2024-07-15 rb=UKR also=[]", "1 RUS 016 - asserted 2024-07-17 rb=- also=[]",
				"1 RUS 194 UKR denied 2024-07-15 rb=- also=[]"}},
		{"siblings: the ministry and the troops",
			[]string{"Russia's foreign ministry criticised Ukraine on Monday.", "Russian troops criticised Ukraine on Monday."},
			[]string{"0 RUSGOV 111 UKR asserted 2024-07-15 rb=- also=[]", "1 RUSMIL 111 UKR asserted 2024-07-15 rb=- also=[]"}},
		{"another country's troops stay; the country folds into its own forces",
			[]string{"Belarusian troops shelled Kharkiv on Monday.", "Russian forces shelled Kharkiv on Monday.",
				"Russia shelled Kharkiv on Monday."},
			[]string{"0 BLRMIL 194 UKR asserted 2024-07-15 rb=- also=[]", "1 RUSMIL 194 UKR asserted 2024-07-15 rb=- also=[2:-]"}},
		{"three tellings of one launch, three reporters",
			[]string{"SEOUL, July 17 (Reuters) - North Korea fired a ballistic missile into the sea on Wednesday, South Korea's military said.",
				"North Korean leader Kim Jong Un oversaw the launch, state media KCNA said.",
				"North Korea fired a missile on Wednesday, Japan's defence ministry said."},
			[]string{"1 PRKGOV 150 - asserted 2024-07-17 rb=PRKMED also=[0:KORMIL 2:JPNGOV]"}},
		{"a launch told with the state it flew over, then without",
			[]string{"North Korea fired a ballistic missile over Japan on Wednesday, South Korea's military said.",
				"North Korea fired a missile on Wednesday, Japan's defence ministry said."},
			[]string{"0 PRK 150 JPN asserted 2024-07-17 rb=KORMIL also=[1:JPNGOV]"}},
		{"a condemnation told with a target and without stays two events",
			[]string{"Turkey's foreign ministry condemned Sweden on Monday.", "Turkey's foreign ministry condemned the decision on Monday."},
			[]string{"0 TURGOV 111 SWE asserted 2024-07-15 rb=- also=[]", "1 TURGOV 111 - asserted 2024-07-15 rb=- also=[]"}},
		{"talks told by one party, then with officials named",
			[]string{"Moscow said on Monday it had held talks with Beijing.",
				"Russian Foreign Minister Sergei Lavrov held talks with Chinese officials on Monday, the Chinese foreign ministry said."},
			[]string{"1 RUSGOV 046 CHNGOV asserted 2024-07-15 rb=- also=[0:-]", "1 CHNGOV 046 RUSGOV asserted 2024-07-15 rb=- also=[0:-]"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-17", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, tellingLine(e))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestJointActReporter codes one-sentence articles where a joint act (a
// mutual verb's two directions, a visit's visitor and host) is told by
// one of its parties: neither direction has a reporter, as the party's
// own direction never had; a reporter outside the act stays on both, and
// a party that is the source of no event of the act (a future act, one
// direction) stays the reporter.
func TestJointActReporter(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"North Korea said it had signed a pact with Russia.",
			[]string{"0 PRK 057 RUS asserted 2024-07-17 rb=- also=[]", "0 RUS 057 PRK asserted 2024-07-17 rb=- also=[]"}},
		{"North Korea said Russian President Vladimir Putin had visited Pyongyang.",
			[]string{"0 RUSGOV 042 PRK asserted 2024-07-17 rb=- also=[]", "0 PRK 043 RUSGOV asserted 2024-07-17 rb=- also=[]"}},
		{"Russia signed a pact with North Korea on Wednesday, state media KCNA said.",
			[]string{"0 RUS 057 PRK asserted 2024-07-17 rb=PRKMED also=[]", "0 PRK 057 RUS asserted 2024-07-17 rb=PRKMED also=[]"}},
		{"The Kremlin said Russia had signed a pact with North Korea.",
			[]string{"0 RUS 057 PRK asserted 2024-07-17 rb=RUSGOV also=[]", "0 PRK 057 RUS asserted 2024-07-17 rb=RUSGOV also=[]"}},
		{"South Korea said Japan would hold talks with Seoul next week.",
			[]string{"0 JPN 036 KOR future 2024-07-17 rb=KOR also=[]"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-17", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, tellingLine(e))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestFoldedTellingActors codes wire-style articles (published
// 2024-07-17) where a telling naming the actors less specifically folds
// into the record: its Also entry keeps the actors its own sentence names
// (code, text and span in that sentence; no target when it names none),
// while a telling of the record's own codes carries none (its actors are
// the record's, located by dyad.Tellings).
func TestFoldedTellingActors(t *testing.T) {
	c := newCoder(t)
	actor := func(a *dyad.Actor) string {
		if a == nil {
			return "-"
		}
		return fmt.Sprintf("%s %q %v", a.Code, a.Text, a.Span)
	}
	for _, tt := range []struct {
		name  string
		title string
		body  []string
		want  []string // per event: its also, "SENTENCE SOURCE / TARGET"
	}{
		{"the country told after its forces", "",
			[]string{"Russian forces shelled Kharkiv on Monday, Ukraine's military said.",
				"Russia shelled Kharkiv on Monday, the regional governor said."},
			[]string{`1 RUS "Russia" [0 6] / UKR "Kharkiv" [15 22]`}},
		{"the country told first, as an attack", "",
			[]string{"Russia attacked Kharkiv on Monday.", "Russian forces shelled Kharkiv on Monday."},
			[]string{`0 RUS "Russia" [0 6] / UKR "Kharkiv" [16 23]`}},
		{"a capital for its government, both ways (the pronoun its sentence coded)", "",
			[]string{"Moscow said on Monday it had held talks with Beijing.",
				"Russian Foreign Minister Sergei Lavrov held talks with Chinese officials on Monday, the Chinese foreign ministry said."},
			[]string{`0 RUS "it" [22 24] / CHN "Beijing" [45 52]`, `0 CHN "Beijing" [45 52] / RUS "it" [22 24]`}},
		{"a launch told by the country, then by its leader", "",
			[]string{"North Korea fired a ballistic missile into the sea on Wednesday, South Korea's military said.",
				"North Korean leader Kim Jong Un oversaw the launch on Wednesday, state media KCNA said."},
			[]string{`0 PRK "North Korea" [0 11] / -`}},
		{"a headline naming the country", "Japan protests to China over ships",
			[]string{"Japan's foreign ministry lodged a protest with China on Monday over ships near the islands."},
			[]string{`-1 JPN "Japan" [0 5] / CHN "China" [18 23]`}},
		{"the same codes told again: no actors of its own", "",
			[]string{"Russian forces shelled Kharkiv on Monday.", "The regional governor said Russian forces shelled Kharkiv on Monday."},
			[]string{`1 - / -`}},
	} {
		a := &dyad.Article{ID: "t", Title: tt.title, Published: "2024-07-17", Body: tt.body}
		var got []string
		for _, e := range c.Code(a) {
			for _, m := range e.Also {
				got = append(got, fmt.Sprintf("%d %s / %s", m.Sentence, actor(m.Source), actor(m.Target)))
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
