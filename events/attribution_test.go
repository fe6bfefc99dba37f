package events_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestReportedBy: an act is reported by the speaker whose report holds
// it, not by any speech verb of its sentence; a list of speakers tells
// each member's act itself; a bare "the government" in a story of two
// states is the one whose actor was told of last; a titled person of no
// known country (a bare role) reports nothing, nor do unnamed officials
// or mediators; a closing "the presidency said" speaks for its clause's
// subject, a lone surname too, not for the story's country. Each line is "SOURCE
// CAMEO TARGET status by REPORTER" ("-": none).
func TestReportedBy(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		body []string
		want []string // the events of the last sentence
	}{
		// a list of speakers: each tells its own act
		{[]string{"France's and Germany's foreign ministers said they opposed the plan."},
			[]string{"FRAGOV 120 - asserted by -", "DEUGOV 120 - asserted by -"}},
		// a speech verb in a subordinate clause reports nothing before it …
		{[]string{"Iran threatened to close the Strait of Hormuz after the US president said Washington would impose new sanctions on Tehran."},
			[]string{"IRN 1381 - asserted by -", "USA 1312 IRN future by USAGOV"}},
		// … nor what follows its clause's comma
		{[]string{"The opposition is unhappy that the UN announced that its envoy would attend the talks, a decision welcomed by the Russian foreign ministry."},
			[]string{"IGOUNO 036 - future by -", "RUSGOV 013 - asserted by -"}},
		// a relative "that … said": its speaker reports no condemnation
		{[]string{"Egypt condemned the Israeli strikes that Gaza's health ministry said killed 12 people."},
			[]string{"EGY 111 ISR asserted by -"}},
		// a quotation opening the report closes it
		{[]string{`The envoy added "we cannot wait" as Russian troops shelled Kharkiv on Monday.`},
			[]string{"RUSMIL 194 UKR asserted by -"}},
		// an inverted speaker no actor names reports nothing; an actor before it is none
		{[]string{"The United Nations welcomed the release of 40 hostages seized by Hamas, said a spokesperson on Monday."},
			[]string{"IGOUNO 013 - asserted by -"}}, // (hostages no one named: no 171, unaimed.go)
		// a fronted clause is not the speaker's report; a trailing attribution reports all before it
		{[]string{"After Israel expelled the Norwegian envoy last week, Norway has said the move was unacceptable."},
			[]string{"ISR 161 NORGOV asserted by -", "NOR 111 - asserted by -"}}, // (Norway's own criticism: saidBlame, wording.go)
		{[]string{"Russian forces shelled Kharkiv overnight, but Ukrainian troops held their positions, the governor said on Monday."},
			[]string{"RUSMIL 194 UKR asserted by UKRGOV"}},
		// bare unnamed officials name no reporter; an adjective or a place does
		{[]string{"Indian troops shelled Pakistani border posts on Monday, officials said."},
			[]string{"INDMIL 194 PAKMIL asserted by -"}},
		{[]string{"A senior official said Indian troops shelled Pakistani border posts on Monday."},
			[]string{"INDMIL 194 PAKMIL asserted by -"}},
		{[]string{"Israeli troops raided Jenin on Monday, Palestinian officials said."},
			[]string{"ISRMIL 190 PSE asserted by PSEGOV"}},
		{[]string{"Russian forces shelled Kharkiv on Monday, officials in Kyiv said."},
			[]string{"RUSMIL 194 UKR asserted by UKRGOV"}},
		// unnamed mediators are a third party, no party's government; a nationality names theirs
		{[]string{"Israel and Hamas agreed to a truce, mediators said."},
			[]string{"ISR 0871 PSEREB asserted by -", "PSEREB 0871 ISR asserted by -"}},
		{[]string{"Russia and Ukraine swapped prisoners, mediators said."},
			[]string{"RUS 0841 UKRCVL asserted by -", "UKR 0841 RUSCVL asserted by -"}},
		{[]string{"Hamas and Israel agreed to a ceasefire, Qatari mediators said on Tuesday."},
			[]string{"PSEREB 0871 ISR asserted by QATGOV", "ISR 0871 PSEREB asserted by QATGOV"}},
		// bare diplomats and negotiators are either side's or neither's: no reporter; a nationality names theirs
		{[]string{"Russia and Ukraine swapped prisoners, diplomats said."},
			[]string{"RUS 0841 UKRCVL asserted by -", "UKR 0841 RUSCVL asserted by -"}},
		{[]string{"Russia and Ukraine swapped prisoners, negotiators said."},
			[]string{"RUS 0841 UKRCVL asserted by -", "UKR 0841 RUSCVL asserted by -"}},
		{[]string{"Russia and Ukraine swapped prisoners, a senior diplomat said."},
			[]string{"RUS 0841 UKRCVL asserted by -", "UKR 0841 RUSCVL asserted by -"}},
		{[]string{"Russia and Ukraine swapped prisoners, Ukrainian diplomats said."},
			[]string{"RUS 0841 UKRCVL asserted by UKRGOV", "UKR 0841 RUSCVL asserted by UKRGOV"}},
		// "the government" of a story of two states is the one told of last
		{[]string{"Indian jets struck targets in Pakistan and Pakistani Kashmir on Wednesday, India said.",
			"India said the strikes hit militant camps, and Indian officials said India had acted with restraint.",
			"The British government urged India and Pakistan to show restraint.",
			"Pakistan's military said it shot down five Indian aircraft.",
			"The government said Pakistan reserves the right to respond."},
			[]string{"PAK 138 - asserted by PAKGOV"}},
		// a titled person of no known country (a bare role) reports nothing:
		// never a reporter coded "GOV" with no country
		{[]string{"Home Secretary Mark Tolland has told party members he wants more migrants to come.",
			"Mr Tolland said the UK would welcome skilled migrants for key jobs."},
			[]string{"GBR 013 GBRREF future by -"}},
		{[]string{"Interior Minister Ruth Okafor spoke to reporters on Tuesday.",
			"Ms Okafor said Britain would impose new sanctions on Iran."},
			[]string{"GBR 1312 IRN future by -"}},
		{[]string{"Defence Secretary Alan Pryce visited the base.",
			"Russian jets bombed Aleppo overnight, Mr Pryce said."},
			[]string{"RUSMIL 195 SYR asserted by -"}},
		// a closing speaker speaks for its clause's subject, a lone surname
		// too (UKRGOV: the source tells it itself), not for the story's
		// country (RUS); a speaker named keeps its own
		{[]string{"Russia shelled Kharkiv on Monday.", "Zelensky met Duda in Kyiv on Monday, the presidency said."},
			[]string{"UKRGOV 040 - asserted by -"}},
		{[]string{"Russia shelled Kharkiv on Monday.", "Zelensky condemned the strike on Tuesday, the presidency said."},
			[]string{"UKRGOV 111 RUS asserted by -"}},
		{[]string{"Russia shelled Kharkiv on Monday.", "Zelensky condemned the strike on Tuesday, the Kremlin said."},
			[]string{"UKRGOV 111 RUS asserted by RUSGOV"}},
		// kept: the plain report, a closing "according to" behind a relative speech verb
		{[]string{"Syrian state media said Turkish troops fired on pro-government militiamen."},
			[]string{"TURMIL 190 SYRUAF asserted by SYRGOVMED"}},
		{[]string{"US warplanes bombed militant positions near Kandahar, according to the Pentagon, which said fighting continued."},
			[]string{"USAMIL 195 AFGREB asserted by USAGOV"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2025-05-07", Body: tt.body}
		var got []string
		last := len(tt.body) - 1
		for _, e := range c.Code(a) {
			if e.Sentence != last {
				continue
			}
			by := "-"
			if e.ReportedBy != nil {
				by = e.ReportedBy.Code
			}
			got = append(got, eventLine(e, false)+" by "+by)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.body[last], got, tt.want)
		}
	}
}
