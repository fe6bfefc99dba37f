package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// TestOneADayFlag: two outlets telling one shelling in two codings
// (RUSMIL 194 UKR, RUS 194 UKR) are two stored events; events and export
// with --one-a-day give one, with both mentions counted and both ids
// listed. gdelt-mentions refuses the flag.
func TestOneADayFlag(t *testing.T) {
	data := `{"id":"reuters-1","date":"2024-03-05","source":"Reuters","text":"Russian forces shelled Kharkiv on Monday, Ukrainian officials said."}
{"id":"ap-1","date":"2024-03-05","source":"AP","text":"Russia shelled Kharkiv on Monday, killing two people, the regional governor said."}
`
	db, _ := ingestedStore(t, "oneaday.db", data)
	type row struct {
		Source   struct{ Code string }
		CAMEO    string  `json:"cameo"`
		Mentions int     `json:"num_mentions"`
		Merged   []int64 `json:"merged_event_ids"`
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "RUSMIL 194 1 0; RUS 194 1 0"},
		{[]string{"--one-a-day"}, "RUSMIL 194 2 2"},
	} {
		for _, cmd := range []string{"events", "export"} {
			out, errs, code := run(t, append([]string{cmd, "--db", db, "--format", "jsonl"}, c.args...)...)
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var r row
				if err := json.Unmarshal([]byte(line), &r); err != nil {
					t.Fatalf("%s %v: %v in %q", cmd, c.args, err, line)
				}
				got = append(got, strings.Join([]string{r.Source.Code, r.CAMEO, strconv.Itoa(r.Mentions), strconv.Itoa(len(r.Merged))}, " "))
			}
			if g := strings.Join(got, "; "); code != 0 || g != c.want {
				t.Errorf("%s %v: exit %d, %q, stderr %q; want %q", cmd, c.args, code, g, errs, c.want)
			}
		}
	}
	out, errs, code := run(t, "export", "--db", db, "--format", "gdelt-mentions", "--one-a-day")
	if want := "dyad: --one-a-day and --format gdelt-mentions: mentions belong to the stored events; export them without --one-a-day\n"; code != 2 || out != "" || errs != want {
		t.Errorf("gdelt-mentions --one-a-day: exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errs, want)
	}
}
