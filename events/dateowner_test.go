package events_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestDatesInsideNounPhrases codes team-written wire sentences and checks
// every event exactly (source, code, target, status, date, precision,
// where the date came from) for the dates a noun phrase owns
// (dateowner.go): a month or year after a noun's agent or a participle on
// a noun dates that noun, not the verb before it; a year modifying an
// event noun dates that noun's event only; a date after "following",
// "ahead of" or "prior to" is the other occasion's. The near misses keep
// the verb's own date: a weekday at the end of the clause, a date before
// the noun phrase, a fronted date, the date of a report, a date before the
// preposition. Publication date Friday 2025-03-14 unless the case says.
func TestDatesInsideNounPhrases(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2025-03-14", []pubCase{
		// a month or year after a noun's agent: the noun's, not the visit's
		{"", "The US envoy visited Ankara to row back on an announcement by President Trump in December.",
			[]string{"USAGOV 042 TUR asserted 2025-03-14 day published", "TUR 043 USAGOV asserted 2025-03-14 day published"}},
		{"", "Japan's foreign minister travelled to Seoul to discuss a proposal by the South Korean president in January.",
			[]string{"JPNGOV 042 KOR asserted 2025-03-14 day published", "KOR 043 JPNGOV asserted 2025-03-14 day published"}},
		// ... after a participle on a noun: the participle's
		{"", "Germany's chancellor flew to Warsaw to mend a rift caused by his remarks in February.",
			[]string{"DEUGOV 042 POL asserted 2025-03-14 day published", "POL 043 DEUGOV asserted 2025-03-14 day published"}},
		{"", "Kenya's president visited Addis Ababa to defuse a row sparked by an Ethiopian port deal in January.",
			[]string{"KENGOV 042 ETH asserted 2025-03-14 day published", "ETH 043 KENGOV asserted 2025-03-14 day published"}},
		{"", "Egypt's foreign minister met Hamas leaders in Cairo to revive a truce plan drafted by Qatar in 2023.",
			[]string{"EGYGOV 040 PSEREB asserted 2025-03-14 day published", "PSEREB 040 EGYGOV asserted 2025-03-14 day published"}},
		// near misses: a weekday at the clause's end is the verb's, as
		// wire copy writes it; so is a date before the noun phrase or
		// fronted before the clause
		{"", "Bangladeshi police fired tear gas at students led by union leaders in Dhaka on Sunday.",
			[]string{"BGDCOP 175 BGDEDU asserted 2025-03-09 day text"}},
		{"", "Blinken visited Beijing on Monday to discuss a proposal by Xi in January.",
			[]string{"USA 042 CHN asserted 2025-03-10 day text", "CHN 043 USA asserted 2025-03-10 day text"}},
		{"", "In January, India's foreign minister visited Dhaka to discuss a proposal by Bangladesh.",
			[]string{"INDGOV 042 BGD asserted 2025-01 month text", "BGD 043 INDGOV asserted 2025-01 month text"}},
		{"", "The Houthis said on Monday they had attacked an Israeli ship.",
			[]string{"YEMREB 190 ISR asserted 2025-03-10 day text"}},

		// a year modifying an event noun dates that noun's event
		{"", "Kyiv condemned Russia's 2024 missile strike on Odesa.",
			[]string{"UKR 111 RUS asserted 2025-03-14 day published", "RUS 195 UKR asserted 2024 year text"}},
		{"", "Ukraine's 2024 incursion into Russia's Kursk region angered Moscow.",
			[]string{"UKR 190 RUS asserted 2024 year text"}},
		{"", "The 2024 Hamas attack on Israel killed 1,200 people.",
			[]string{"PSEREB 190 ISR asserted 2024 year text", "PSEREB 202 PSECVL asserted 2025-03-14 day published"}},
		// ... but no verb whose object the noun is: the withdrawal has no
		// date of its own; the approval of a sale two years back is the
		// sale's, history (falseevents_history.go yearModified)
		{"1987-03-13", "President Reagan approved a 1985 arms sale to Iran.", nil},
		{"1986-03-13", "President Reagan approved a 1985 arms sale to Iran.",
			[]string{"USAGOV 072 IRN asserted 1986-03-13 day published"}},
		{"", "Washington withdrew from the 2015 nuclear deal with Iran.",
			[]string{"USA 160 IRN asserted 2025-03-14 day published"}},
		{"", "Poland signed the 2024 defence agreement with Ukraine on Tuesday.",
			[]string{"POL 057 UKR asserted 2025-03-11 day text", "UKR 057 POL asserted 2025-03-11 day text"}},

		// a date after "following", "ahead of", "prior to" (as after
		// "after") is the other occasion's
		{"", "The African Union suspended Niger following a coup in July.",
			[]string{"IGOAFRAFU 160 NER asserted 2025-03-14 day published"}},
		{"", "Pakistan expelled Indian diplomats following talks in Delhi on Monday.",
			[]string{"PAK 161 INDGOV asserted 2025-03-14 day published"}},
		{"", "Kenyan police arrested 30 protesters ahead of a march in Nairobi on Tuesday.",
			[]string{"KENCOP 173 KENCVL asserted 2025-03-14 day published"}},
		{"", "Pakistan expelled two Indian diplomats prior to talks in Delhi on Monday.",
			[]string{"PAK 161 INDGOV asserted 2025-03-14 day published"}},
		// near misses: the verb's own date before the preposition, and
		// the date of an after-clause fronted before the verb's own
		{"", "Britain imposed sanctions on Iran's prosecutor-general on Sunday following the execution of a dissident on Saturday.",
			[]string{"GBR 163 IRNJUD asserted 2025-03-09 day text"}},
		{"", "After talks on Monday, Russia and Ukraine signed a prisoner exchange deal on Tuesday.",
			[]string{"RUS 057 UKR asserted 2025-03-11 day text", "UKR 057 RUS asserted 2025-03-11 day text"}},
	})
}

// pubCase is a sentence coded as an article's one paragraph, published
// on pub (the caller's default when empty), and its events as "SRC CAMEO
// TGT status date precision from", in any order.
type pubCase struct {
	pub, text string
	want      []string
}

// checkDatedCases codes each case and checks its events, dates and where
// each date came from exactly.
func checkDatedCases(t *testing.T, c *events.Coder, defPub string, cases []pubCase) {
	t.Helper()
	for _, tt := range cases {
		pub := tt.pub
		if pub == "" {
			pub = defPub
		}
		a := &dyad.Article{ID: "t", Published: pub, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, fmt.Sprintf("%s %s %s %s %s", dyadKey(e), e.Status, e.Date, e.DatePrecision, e.DateFrom))
		}
		want := slices.Clone(tt.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s (%s)\n got  %q\n want %q", tt.text, pub, got, want)
		}
	}
}
