package main

import (
	"encoding/csv"
	"encoding/json"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/sqlite"
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
	// PLOVER records, JSON too, list the group's ids as the JSON Lines
	// export does (they had none), ending the aggregate fields
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, `news.jsonl:1"}` + "\n" + `news.jsonl:2"}`},
		{[]string{"--one-a-day"}, `news.jsonl:1","merged_event_ids":[1,2]}`},
	} {
		out, errs, code := run(t, append([]string{"export", "--db", db, "--format", "plover"}, c.args...)...)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			got = append(got, line[strings.LastIndex(line, "/")+1:])
		}
		if g := strings.Join(got, "\n"); code != 0 || g != c.want {
			t.Errorf("plover %v: exit %d, %q, stderr %q; want %q", c.args, code, g, errs, c.want)
		}
	}
	out, errs, code := run(t, "export", "--db", db, "--format", "gdelt-mentions", "--one-a-day")
	if want := "dyad: --one-a-day and --format gdelt-mentions: mentions belong to the stored events; export them without --one-a-day\n"; code != 2 || out != "" || errs != want {
		t.Errorf("gdelt-mentions --one-a-day: exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errs, want)
	}
}

// TestOneADayAPI: /api/events?one_a_day=1 gives what dyad events
// --one-a-day gives (one event for the two codings of one shelling, both
// mentions counted, both ids listed), from SQL and from the index alike;
// one_a_day=0 lists the stored events; another value is a 400; the
// cursor pages the groups.
func TestOneADayAPI(t *testing.T) {
	data := `{"id":"reuters-1","date":"2024-03-05","source":"Reuters","text":"Russian forces shelled Kharkiv on Monday, Ukrainian officials said."}
{"id":"ap-1","date":"2024-03-05","source":"AP","text":"Russia shelled Kharkiv on Monday, killing two people, the regional governor said."}
{"id":"afp-1","date":"2024-03-06","source":"AFP","text":"Kenya recalled its ambassador to Uganda on Tuesday, officials said."}
`
	db, _ := ingestedStore(t, "oneaday-api.db", data)
	st, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := dyadhttp.New(st)
	srv := httptest.NewServer(h)
	defer srv.Close()
	type page struct {
		Events []struct {
			ID       int64 `json:"global_event_id"`
			Source   struct{ Code string }
			CAMEO    string  `json:"cameo"`
			Mentions int     `json:"num_mentions"`
			Merged   []int64 `json:"merged_event_ids"`
		} `json:"events"`
		Next  string `json:"next_cursor"`
		Error string `json:"error"`
	}
	get := func(path string) (int, page) {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var p page
		if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, p
	}
	summary := func(p page) string {
		var got []string
		for _, e := range p.Events {
			got = append(got, strings.Join([]string{e.Source.Code, e.CAMEO, strconv.Itoa(e.Mentions), strconv.Itoa(len(e.Merged))}, " "))
		}
		return strings.Join(got, "; ")
	}
	for _, indexed := range []bool{false, true} {
		if indexed {
			if err := h.LoadIndex(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range []struct{ query, want string }{
			{"", "RUSMIL 194 1 0; RUS 194 1 0; KEN 161 1 0"},
			{"?one_a_day=0", "RUSMIL 194 1 0; RUS 194 1 0; KEN 161 1 0"},
			{"?one_a_day=1", "RUSMIL 194 2 2; KEN 161 1 1"},
			{"?one_a_day=true&root=19", "RUSMIL 194 2 2"},
		} {
			if code, p := get("/api/events" + c.query); code != 200 || summary(p) != c.want {
				t.Errorf("indexed %v, %s: status %d, %q (%s); want %q", indexed, c.query, code, summary(p), p.Error, c.want)
			}
		}
		code, p := get("/api/events?one_a_day=1&limit=1")
		if code != 200 || summary(p) != "RUSMIL 194 2 2" || p.Next == "" {
			t.Fatalf("indexed %v, first page: status %d, %q, next %q", indexed, code, summary(p), p.Next)
		}
		if code, p = get("/api/events?one_a_day=1&limit=1&cursor=" + p.Next); code != 200 || summary(p) != "KEN 161 1 1" || p.Next != "" {
			t.Errorf("indexed %v, second page: status %d, %q, next %q", indexed, code, summary(p), p.Next)
		}
	}
	if code, p := get("/api/events?one_a_day=yes"); code != 400 || p.Error != `one_a_day "yes": want 1 or true (0 or false, or leave it out, for every stored event)` {
		t.Errorf("one_a_day=yes: status %d, error %q", code, p.Error)
	}
	if code, p := get("/api/timeline?one_a_day=1"); code != 400 || p.Error != `unknown parameter "one_a_day"` {
		t.Errorf("timeline one_a_day: status %d, error %q", code, p.Error)
	}
}

// TestOneADayCSV: dyad export --format csv --one-a-day ends its header
// and each row with merged_event_ids, the group's stored event ids
// joined by ";" (as a row lists an actor's sectors), as the JSON Lines
// and PLOVER records end with them; it had no such column. Without
// --one-a-day the columns are as before, and gdelt keeps its 61.
func TestOneADayCSV(t *testing.T) {
	data := `{"id":"reuters-1","date":"2024-03-05","source":"Reuters","text":"Russian forces shelled Kharkiv on Monday, Ukrainian officials said."}
{"id":"ap-1","date":"2024-03-05","source":"AP","text":"Russia shelled Kharkiv on Monday, killing two people, the regional governor said."}
`
	db, _ := ingestedStore(t, "oneaday-csv.db", data)
	for _, c := range []struct {
		args           []string
		rows, lastHead string
		lastCell       string
		cols           int
	}{
		{nil, "2", "input", "news.jsonl:2", 40},
		{[]string{"--one-a-day"}, "1", "merged_event_ids", "1;2", 41},
	} {
		out, errs, code := run(t, append([]string{"export", "--db", db, "--format", "csv"}, c.args...)...)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if code != 0 || err != nil || len(recs) < 2 {
			t.Fatalf("csv %v: exit %d, %v, stderr %q:\n%s", c.args, code, err, errs, out)
		}
		head, last := recs[0], recs[len(recs)-1]
		if strconv.Itoa(len(recs)-1) != c.rows || len(head) != c.cols || head[len(head)-1] != c.lastHead || len(last) != c.cols || !strings.HasSuffix(last[len(last)-1], c.lastCell) {
			t.Errorf("csv %v: %d rows, header %q, last row ends %q; want %s rows of %d columns, the last %q ending %q", c.args, len(recs)-1, head, last[len(last)-1], c.rows, c.cols, c.lastHead, c.lastCell)
		}
	}
	out, _, code := run(t, "export", "--db", db, "--format", "gdelt", "--one-a-day")
	if n := len(strings.Split(strings.TrimSuffix(out, "\n"), "\t")); code != 0 || strings.Count(out, "\n") != 1 || n != 61 {
		t.Errorf("gdelt --one-a-day: exit %d, %d columns:\n%s\nwant one row of 61", code, n, out)
	}
}
