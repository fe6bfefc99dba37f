package events_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWhyEvents: ExplainEvents traces each event it emits to its pattern
// line and matched words, the dictionary lines (or the rule) of its
// source and target, its date words, its place and its status; its
// events are Code's.
func TestWhyEvents(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want [][]string // per event: the event, then its trace's lines
	}{
		{"South Korean officials seized two ships in Busan on Monday.", [][]string{
			{
				"KORGOV 171 - asserted",
				"verb pattern events/data/verbs.txt:# (171) matched \"seized\"",
				"source KORGOV \"South Korean officials\": actors/data/countries.txt:# \"South Korean\" adjective KOR; actors/data/agents.txt:# \"officials\" agent GOV",
				"target none",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place Busan, KOR (city): the gazetteer's, named in the sentence",
				"status asserted",
			},
		}},
		// a target changed after the event was built: the trace says the
		// target printed, and which step changed it
		{"Israeli troops killed eight people in Gaza on Monday.", [][]string{
			{
				"ISRMIL 190 PSE asserted",
				"verb pattern events/data/verbs.txt:# (190) matched \"killed\"",
				"source ISRMIL \"Israeli troops\": actors/data/countries.txt:# \"Israeli\" adjective ISR; actors/data/agents.txt:# \"troops\" agent MIL",
				"target PSE \"people\": changed after coding by casualtyState (was PSECVL \"people\"); as built: PSECVL \"people\": actors/data/agents.txt:# \"people\" agent CVL; code CVL became PSECVL by resolveAgent victimsPlace (an agent of no country of its own, given one or a group from its context)",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place Gaza, PSE (city): the gazetteer's, named in the sentence",
				"status asserted",
			},
		}},
		// a toll's forces: the first keeps its pattern, the second is
		// made by tollTarget; each has its block
		{"Maoist rebels stormed a district headquarters in western Nepal, killing more than 100 police and soldiers.", [][]string{
			{
				"NPLREB 190 NPLCOP asserted",
				"verb pattern events/data/verbs.txt:# (145) matched \"stormed\"",
				"source NPLREB \"Maoist rebels\": actors/data/agents.txt:# \"Maoist rebels\" agent REB; code REB became NPLREB by resolveAgent victimsPlace (an agent of no country of its own, given one or a group from its context)",
				"target NPLCOP \"police\": changed after coding by tollTarget (was NPL \"Nepal\"); as built: NPL \"Nepal\": named by no words of its own here: taken from the story (an earlier actor, the dateline or the story's country)",
				"date 2024-03-05 (day) the publication date (no date of the act's clause, or one after publication)",
				"place Nepal, NPL (country): the gazetteer's, named in the sentence",
				"status asserted",
				"refinement: the pattern's 145 became 190 (the recoded lines say which step, when one did)",
			},
			{
				"NPLREB 190 NPLMIL asserted",
				"no pattern of its own: made after coding by tollTarget from another event of the sentence",
				"source NPLREB \"Maoist rebels\": given by tollTarget",
				"target NPLMIL \"soldiers\": given by tollTarget",
				"date 2024-03-05 (day) the publication date (no date of the act's clause, or one after publication)",
				"place Nepal, NPL (country): the gazetteer's, named in the sentence",
				"status asserted",
			},
		}},
		// a status changed by a later sentence's denial (denyEarlier)
		{"Russia accused Ukraine of shelling a hospital on Monday. Ukraine denied shelling the hospital.", [][]string{
			{
				"RUS 112 UKR asserted",
				"verb pattern events/data/verbs.txt:# (112) matched \"accused\"",
				"source RUS \"Russia\": actors/data/countries.txt:# \"Russia\" country RUS",
				"target UKR \"Ukraine\": actors/data/countries.txt:# \"Ukraine\" country UKR",
				"date 2024-03-05 (day) the publication date (no date of the act's clause, or one after publication); not read: \"Monday\"",
				"place none",
				"status asserted",
			},
			{
				"UKR 194 RUS denied",
				"verb pattern events/data/verbs.txt:# (194) matched \"shelling\"",
				"source UKR \"Ukraine\": actors/data/countries.txt:# \"Ukraine\" country UKR",
				"target RUS \"hospital\": actors/data/agents.txt:# \"hospital\" agent HLH; code HLH became RUS by resolveAgent actorBefore (an agent of no country of its own, given one or a group from its context)",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place none",
				"status denied; changed after coding by denyEarlier (was alleged)",
			},
			{
				"UKR 016 RUS asserted",
				"verb pattern events/data/verbs.txt:# (016) matched \"denied\"",
				"source UKR \"Ukraine\": actors/data/countries.txt:# \"Ukraine\" country UKR",
				"target RUS \"shelling the hospital\": actors/data/agents.txt:# \"hospital\" agent HLH; code HLH became RUS by resolveAgent sameBodyBefore (an agent of no country of its own, given one or a group from its context)",
				"date 2024-03-05 (day) the publication date (no date of the act's clause, or one after publication)",
				"place none",
				"status asserted",
			},
		}},
		// a lone surname: its country from the role in force on the date
		{"Netanyahu criticised Iran on Monday.", [][]string{
			{
				"ISRGOV 111 IRN asserted",
				"verb pattern events/data/verbs.txt:# (111) matched \"criticised\"",
				"source ISRGOV \"Netanyahu\": no dictionary phrase: a mention of kind coref; a lone surname: country ISR from the dated role in force on 2024-03-05, actors/data/people.txt:# \"Benjamin Netanyahu\" person ISRGOV",
				"target IRN \"Iran\": actors/data/countries.txt:# \"Iran\" country IRN",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place none",
				"status asserted",
			},
		}},
		{"MPs in Westminster condemned Russia on Monday.", [][]string{
			{
				"GBRLEG 111 RUS asserted",
				"verb pattern events/data/verbs.txt:# (111) matched \"condemned\"",
				"source GBRLEG \"MPs\": actors/data/agents.txt:# \"MPs\" agent LEG; code LEG became GBRLEG by resolveAgent storyPeople (an agent of no country of its own, given one or a group from its context)",
				"target RUS \"Russia\": actors/data/countries.txt:# \"Russia\" country RUS",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place London, GBR (capital): the gazetteer's, not written so in the sentence (a place word or an actor's seat mapped to it, or the story's place)",
				"status asserted",
			},
		}},
		{"Vladimir Putin met Xi Jinping on Tuesday. He criticised Japan.", [][]string{
			{
				"RUSGOV 040 CHNGOV asserted",
				"verb pattern events/data/verbs.txt:# (040) matched \"met\"",
				"source RUSGOV \"Vladimir Putin\": actors/data/people.txt:# \"Vladimir Putin\" person RUSGOV",
				"target CHNGOV \"Xi Jinping\": actors/data/people.txt:# \"Xi Jinping\" person CHNGOV",
				"date 2024-03-05 (day) from the date words of the act's clause \"Tuesday\"",
				"place none",
				"status asserted",
			},
			{
				"CHNGOV 040 RUSGOV asserted",
				"verb pattern events/data/verbs.txt:# (040) matched \"met\"",
				"source CHNGOV \"Xi Jinping\": actors/data/people.txt:# \"Xi Jinping\" person CHNGOV",
				"target RUSGOV \"Vladimir Putin\": actors/data/people.txt:# \"Vladimir Putin\" person RUSGOV",
				"date 2024-03-05 (day) from the date words of the act's clause \"Tuesday\"",
				"place none",
				"status asserted",
			},
			{
				"RUSGOV 111 JPN asserted",
				"verb pattern events/data/verbs.txt:# (111) matched \"criticised\"",
				"source RUSGOV \"He\": coreference: stands for \"Vladimir Putin\" named before",
				"target JPN \"Japan\": actors/data/countries.txt:# \"Japan\" country JPN",
				"date 2024-03-05 (day) the publication date (no date of the act's clause, or one after publication)",
				"place none",
				"status asserted",
			},
		}},
		{"North Korea threatened to strike Guam on Monday.", [][]string{
			{
				"PRK 138 GUM asserted",
				"verb pattern events/data/verbs.txt:# (133) matched \"threatened to strike\"",
				"source PRK \"North Korea\": actors/data/countries.txt:# \"North Korea\" country PRK",
				"target GUM \"Guam\": actors/data/countries.txt:# \"Guam\" country GUM",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place none",
				"status asserted",
				"refinement: the pattern's 133 became 138 (the recoded lines say which step, when one did)",
			},
		}},
		{"Israeli jets bombed a Hamas base in Gaza on Monday.", [][]string{
			{
				"ISRMIL 195 PSEREB asserted",
				"verb pattern events/data/verbs.txt:# (183) matched \"bombed\"",
				"source ISRMIL \"Israeli jets\": actors/data/countries.txt:# \"Israeli\" adjective ISR; actors/data/agents.txt:# \"jets\" agent MIL",
				"target PSEREB \"Hamas\": actors/data/groups.txt:# \"Hamas\" org PSEREB",
				"date 2024-03-04 (day) from the date words of the act's clause \"Monday\"",
				"place Gaza, PSE (city): the gazetteer's, named in the sentence",
				"status asserted",
				"refinement: the pattern's 183 became 195 (the recoded lines say which step, when one did)",
			},
		}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "x", Published: "2024-03-05", Body: []string{tt.text}}
		evs, _, traces, err := c.ExplainEvents(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		for i, e := range evs {
			block := []string{codeOf(e.Source) + " " + e.CAMEO + " " + codeOf(e.Target) + " " + string(e.Status)}
			if i >= len(traces) || traces[i].ID != e.ID {
				t.Errorf("%q: event %d (%s) has no trace of its own", tt.text, i, e.ID)
			} else {
				for _, l := range traces[i].Lines {
					block = append(block, fileLines(t, l))
				}
			}
			got = append(got, block)
		}
		if !reflect.DeepEqual(got, tt.want) {
			var b strings.Builder
			for _, bl := range got {
				b.WriteString("{")
				for _, l := range bl {
					b.WriteString("\n\t" + strconv.Quote(l) + ",")
				}
				b.WriteString("},\n")
			}
			t.Errorf("%q: got\n%s", tt.text, b.String())
		}
		if want := c.Code(a); !reflect.DeepEqual(evs, want) {
			t.Errorf("%q: ExplainEvents' events %+v differ from Code's %+v", tt.text, evs, want)
		}
	}
}

// fileLine is a trace's "path.txt:123 \"phrase\"" (a data file of the
// repository, the phrase its line holds, if quoted)
var fileLine = regexp.MustCompile(`([\w/]+\.txt):(\d+)(?: \\?"([^"\\]+)\\?")?`)

// patternLine is a trace's pattern line: its code and the words matched
var patternLine = regexp.MustCompile(`^(?:verb|noun) pattern [\w/]+\.txt:\d+ \((\d+)\) matched "([^"]*)"`)

// fileLines checks that each data file line a trace line names holds what
// it quotes (a pattern's words are its head's; an entry's phrase), and
// returns the line with the line numbers as "#": the data files move
// under other changes, the rules they name stay.
func fileLines(t *testing.T, l string) string {
	t.Helper()
	for _, m := range fileLine.FindAllStringSubmatch(l, -1) {
		data, err := os.ReadFile(filepath.Join("..", m[1]))
		if err != nil {
			t.Errorf("%q: %v", l, err)
			continue
		}
		n, _ := strconv.Atoi(m[2])
		lines := strings.Split(string(data), "\n")
		if n < 1 || n > len(lines) || strings.TrimSpace(lines[n-1]) == "" {
			t.Errorf("%q: %s:%d is no line of the file", l, m[1], n)
			continue
		}
		if p := patternLine.FindStringSubmatch(l); p != nil {
			// a pattern's line: its code is the one named, its first
			// word begins as the words matched do ("kill" "killed")
			fields := strings.Split(lines[n-1], "|")
			first := strings.Fields(strings.ToLower(fields[0]))
			if len(fields) < 2 || strings.TrimSpace(fields[1]) != p[1] || len(first) == 0 || !strings.HasPrefix(strings.ToLower(p[2]), first[0][:min(2, len(first[0]))]) {
				t.Errorf("%q: %s:%d is %q, not the pattern's", l, m[1], n, lines[n-1])
			}
			continue
		}
		if m[3] != "" && !strings.Contains(strings.ToLower(lines[n-1]), strings.ToLower(m[3])) {
			t.Errorf("%q: %s:%d is %q, not %q's", l, m[1], n, lines[n-1], m[3])
		}
	}
	return fileLine.ReplaceAllStringFunc(l, func(s string) string {
		m := fileLine.FindStringSubmatch(s)
		return strings.Replace(s, m[1]+":"+m[2], m[1]+":#", 1)
	})
}

// codeOf is a's code, or "-" for none.
func codeOf(a *dyad.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Code
}
