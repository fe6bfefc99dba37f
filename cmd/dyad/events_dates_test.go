package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEventsDateBounds: dyad events and export take --from and --to as a
// day, a month or a year, as the API's from and to: a shorter --from
// starts on its period's first day, a shorter --to ends on its last.
func TestEventsDateBounds(t *testing.T) {
	var data strings.Builder
	for i, d := range []string{"2017-12-31", "2018-01-01", "2018-06-30", "2018-07-01", "2018-12-31", "2019-01-01"} {
		line, _ := json.Marshal(map[string]string{"id": "a" + d, "date": d,
			"text": "North Korea fired " + []string{"two", "three", "four", "five", "six", "seven"}[i] + " ballistic missiles into the sea."})
		data.Write(append(line, '\n'))
	}
	db, _ := ingestedStore(t, "dates.db", data.String())
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--from", "2018"}, "2018-01-01 2018-06-30 2018-07-01 2018-12-31 2019-01-01"},
		{[]string{"--to", "2018"}, "2017-12-31 2018-01-01 2018-06-30 2018-07-01 2018-12-31"},
		{[]string{"--from", "2018", "--to", "2018"}, "2018-01-01 2018-06-30 2018-07-01 2018-12-31"},
		{[]string{"--from", "2018-07"}, "2018-07-01 2018-12-31 2019-01-01"},
		{[]string{"--from", "2018-06", "--to", "2018-06"}, "2018-06-30"},
		{[]string{"--from", "2018-01-01", "--to", "2018-06-30"}, "2018-01-01 2018-06-30"},
	} {
		for _, cmd := range []string{"events", "export"} {
			out, errs, code := run(t, append([]string{cmd, "--db", db, "--format", "jsonl"}, c.args...)...)
			var dates []string
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var e struct{ Date string }
				if json.Unmarshal([]byte(line), &e) == nil {
					dates = append(dates, e.Date)
				}
			}
			if got := strings.Join(dates, " "); code != 0 || got != c.want {
				t.Errorf("%s %v: exit %d, dates %q, stderr %q; want %q", cmd, c.args, code, got, errs, c.want)
			}
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--from", "2018-7"}, `--from "2018-7": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{[]string{"--from", "2019", "--to", "2018-12"}, `--from 2019 is after --to 2018-12: no event can match`},
		{[]string{"--from", "2018-13"}, `--from "2018-13": want YYYY-MM-DD, YYYY-MM or YYYY`},
		// an empty bound, as a script's unset variable gives it
		{[]string{"--from", ""}, `--from "": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{[]string{"--to="}, `--to "": want YYYY-MM-DD, YYYY-MM or YYYY`},
		// other empty filters filter nothing too
		{[]string{"--actor", ""}, `--actor "": an empty value filters nothing: give one or leave the flag out`},
		{[]string{"--root= "}, `--root " ": an empty value filters nothing: give one or leave the flag out`},
		{[]string{"--q", ""}, `--q "": an empty value filters nothing: give one or leave the flag out`},
	} {
		out, errs, code := run(t, append([]string{"events", "--db", db}, c.args...)...)
		if code != 2 || out != "" || errs != "dyad: "+c.want+"\n" {
			t.Errorf("events %v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errs, c.want)
		}
	}
}
