package events_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// TestActorGold scores actor coding on testdata/gold/actors.jsonl: a gold
// actor is found when a mention overlapping its text in the sentence
// carries its code; a gold non-actor (code null: "Washington state",
// "turkey") is right when no actor mention overlaps it. Overlap is by
// byte span: the gold text's whole-word occurrences against the mention's
// span, so "Paris" in "Paris Hilton visited Paris" is judged where it
// stands. It prints precision and recall (and, with -v, every miss, false
// mention and trap coded) and fails under the floors.
func TestActorGold(t *testing.T) {
	f, err := os.Open("../testdata/gold/actors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newCoder(t)
	var gold, found, emitted, correctEmitted, nulls, nullsRight int
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var g struct {
			ID, Date, Text string
			Actors         []struct {
				Text string
				Code *string
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("actors.jsonl:%d: %v", n, err)
		}
		a := &dyad.Article{ID: g.ID, Published: g.Date, Body: []string{g.Text}}
		type m struct {
			text, code string
			span       [2]int // byte offsets into g.Text
		}
		var ms []m
		off := 0 // byte offset of the sentence in g.Text
		for _, sa := range c.Actors(a) {
			if i := strings.Index(g.Text[off:], sa.Sentence.Text); i >= 0 {
				off += i
			}
			for _, x := range sa.Mentions {
				if !x.Modifier && !x.Place {
					ms = append(ms, m{x.Text, x.Code, [2]int{off + x.Span[0], off + x.Span[1]}})
				}
			}
			off += len(sa.Sentence.Text)
		}
		overlap := func(x m, gt string) bool {
			for _, o := range wordSpans(g.Text, gt) {
				if x.span[0] < o[1] && o[0] < x.span[1] {
					return true
				}
			}
			return false
		}
		used := make([]bool, len(ms))
		for _, ga := range g.Actors {
			if len(wordSpans(g.Text, ga.Text)) == 0 {
				t.Errorf("actors.jsonl:%d: %q is not in the text", n, ga.Text)
			}
			if ga.Code == nil {
				nulls++
				right := true
				for i, x := range ms {
					if overlap(x, ga.Text) {
						right = false
						used[i] = true // counted here, not again as a false mention
						if testing.Verbose() {
							t.Logf("%s: TRAP %q coded %s as %q", g.ID, ga.Text, x.code, x.text)
						}
					}
				}
				if right {
					nullsRight++
				}
				continue
			}
			gold++
			ok := false
			for i, x := range ms {
				if !used[i] && overlap(x, ga.Text) && x.code == *ga.Code {
					used[i], ok = true, true
					correctEmitted++
					break
				}
			}
			if ok {
				found++
			} else if testing.Verbose() {
				t.Logf("%s: MISS %q want %s, got %v", g.ID, ga.Text, *ga.Code, ms)
			}
		}
		emitted += len(ms)
		for i, x := range ms {
			if !used[i] && testing.Verbose() {
				t.Logf("%s: FALSE %q coded %s", g.ID, x.text, x.code)
			}
		}
	}
	recall := float64(found) / float64(gold)
	precision := float64(correctEmitted) / float64(emitted)
	nullAcc := float64(nullsRight) / float64(nulls)
	t.Logf("actor gold: %d actors, recall %.3f (%d); precision %.3f (%d of %d mentions); non-actors kept out %.3f (%d/%d)",
		gold, recall, found, precision, correctEmitted, emitted, nullAcc, nullsRight, nulls)
	if gold < 300 {
		t.Errorf("only %d gold actors", gold)
	}
	if recall < 0.985 || precision < 0.96 || nullAcc < 0.97 {
		t.Errorf("actor coding under the floor (recall 0.985, precision 0.96, non-actors 0.97)")
	}
}

// wordSpans returns the byte spans of the whole-word occurrences of sub in
// s, ignoring case.
func wordSpans(s, sub string) [][2]int {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	var out [][2]int
	for i := 0; lsub != "" && i <= len(ls)-len(lsub); {
		k := strings.Index(ls[i:], lsub)
		if k < 0 {
			break
		}
		a, b := i+k, i+k+len(lsub)
		r0, _ := utf8.DecodeLastRuneInString(ls[:a])
		r1, _ := utf8.DecodeRuneInString(ls[b:])
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		if (a == 0 || !word(r0)) && (b == len(ls) || !word(r1)) {
			out = append(out, [2]int{a, b})
		}
		i = a + 1
	}
	return out
}

// TestActorCoref checks coreference on short articles: every resolved
// mention that is no modifier nor place, as text=CODE.
func TestActorCoref(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		date string
		body []string
		want string
	}{
		{"2020-01-04", []string{"Tehran vowed revenge against Washington for the killing of its top general."},
			"Tehran=IRN | Washington=USA | top general=IRNMIL"},
		{"2022-09-10", []string{"The IAEA said its inspectors had reached the plant."},
			"The IAEA=IGOUNOIAE | inspectors=IGOUNOIAE"},
		{"2023-10-18", []string{"Ukraine's military said Russian forces had used grenades against its troops."},
			"Ukraine's military=UKRMIL | Russian forces=RUSMIL | troops=UKRMIL"},
		{"2025-03-08", []string{"Giorgia Meloni met Keir Starmer in London. She said Italy would support the plan."},
			"Giorgia Meloni=ITAGOV | Keir Starmer=GBRGOV | She=ITAGOV | Italy=ITA"},
		{"2024-09-07", []string{"Timor-Leste welcomed Pope Francis, and its president held talks with him."},
			"Timor-Leste=TLS | Pope Francis=VATGOV | president=TLSGOV | him=VATGOV"},
		{"2019-07-20", []string{"Britain warned Iran that it would face consequences if it seized another tanker."},
			"Britain=GBR | Iran=IRN | it=IRN | it=IRN"},
		{"2024-06-01", []string{"The European Union imposed new sanctions on Iran. The bloc said the measures were overdue."},
			"The European Union=IGOEUREEC | Iran=IRN | The bloc=IGOEUREEC"},
		{"2024-06-01", []string{"Hamas rejected the proposal. The group said it was not serious."},
			"Hamas=PSEREB | The group=PSEREB | it=PSEREB"},
		{"2024-11-20", []string{"A spokesman for the Ukrainian air force said Russia had launched 120 missiles and 90 drones."},
			"spokesman=UKRMIL | the Ukrainian air force=UKRMIL | Russia=RUS"},
		{"2025-03-10", []string{"A Russian drone hit a building in Kharkiv, killing two people, the regional governor said."},
			"Russian drone=RUSMIL | people=UKRCVL | the regional governor=UKRGOV"},
		{"2022-04-16", []string{"The International Committee of the Red Cross evacuated civilians from Mariupol."},
			"The International Committee of the Red Cross=NGOHLHIRC | civilians=UKRCVL"},
		{"2023-11-25", []string{"Washington state sued the federal government over water rights."},
			"the federal government=USAGOV"},
		{"2019-02-12", []string{"Hunt said it was encouraging that the US had behaved with pragmatism."},
			"the US=USA"},
		{"2021-12-04", []string{"Ethiopia's government said it would attend talks with Tigrayan forces."},
			"Ethiopia's government=ETHGOV | it=ETHGOV | forces=ETHREB"},
		{"2025-06-10", []string{"Israeli Prime Minister Benjamin Netanyahu said Israel would keep fighting until Hamas was defeated. " +
			"He told lawmakers that the army had killed thousands of militants. The group said it would not disarm. " +
			"Egypt's foreign ministry said it was working with Qatar. The ministry said talks would resume."},
			"Israeli Prime Minister Benjamin Netanyahu=ISRGOV | Israel=ISR | Hamas=PSEREB | He=ISRGOV | lawmakers=ISRLEG | " +
				"the army=ISRMIL | militants=PSEREB | The group=PSEREB | it=PSEREB | Egypt's foreign ministry=EGYGOV | it=EGYGOV | " +
				"Qatar=QAT | The ministry=EGYGOV"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: tt.date, Body: tt.body}
		var got []string
		for _, sa := range c.Actors(a) {
			for _, m := range sa.Mentions {
				if !m.Modifier && !m.Place {
					got = append(got, m.Text+"="+m.Code)
				}
			}
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%s\n got  %s\n want %s", strings.Join(tt.body, " "), g, tt.want)
		}
	}
}

// TestStateInstitutions checks, on sentences written for this test, that
// a state's institution the dictionary lacks, named in capitals after the
// state, takes the role its name says, that unnamed armed men are
// unaffiliated gunmen of the place, and that a one-word name or a name
// with no institution noun is no institution.
func TestStateInstitutions(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Nigeria's Department of State Services arrested a journalist on Thursday.",
			[]string{"NGASPY 173 NGAMED asserted"}},
		{"India's National Investigation Agency arrested three militants on Thursday.",
			[]string{"INDCOP 173 INDREB asserted"}},
		{"The Philippines' National Maritime Council accused China of harassment on Thursday.",
			[]string{"PHLGOV 112 CHN asserted"}},
		{"Kenya's Nation Media Group criticised the government on Thursday.", nil},
		{"Armed men kidnapped two Chinese nationals in eastern Congo on Thursday.",
			[]string{"CODUAF 181 CHNCVL asserted"}},
	}, false)
}

// TestOrgOrganEvents checks, on sentences written for this test, the
// events of an organisation's organ named after its possessive.
func TestOrgOrganEvents(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-06-06", []coverageCase{
		{"The International Atomic Energy Agency's board of governors censured Iran on Wednesday.",
			[]string{"IGOUNOIAE 111 IRN asserted"}},
		{"The IMF's executive board approved a loan to Egypt on Monday.",
			[]string{"IGOUNOIMF 071 EGY asserted"}},
		{"The World Health Organization's executive board criticised Russia on Monday.",
			[]string{"IGOUNOWHO 111 RUS asserted"}},
	})
}
