package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAggregates: the CSV and PLOVER exports carry each aggregated
// event's global_event_id, counts, first_seen and source_url, the values
// of the JSON Lines export, so that CSV rows join to gdelt-mentions.
func TestExportAggregates(t *testing.T) {
	db, _ := ingestedStore(t, "x.db", `{"id":"a1","url":"https://example.org/a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","url":"https://example.org/a2","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday, the military said."}
`)
	out, _, code := run(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export jsonl: exit %d", code)
	}
	type agg struct {
		ID        int64  `json:"global_event_id"`
		Mentions  int    `json:"num_mentions"`
		Sources   int    `json:"num_sources"`
		Articles  int    `json:"num_articles"`
		FirstSeen string `json:"first_seen"`
		SourceURL string `json:"source_url"`
		Input     string `json:"input"`
		CAMEO     string `json:"cameo"`
	}
	var want agg
	if err := json.Unmarshal([]byte(out), &want); err != nil || strings.Count(out, "\n") != 1 {
		t.Fatalf("jsonl export: %v\n%s", err, out)
	}
	// (shown from a2, the surer telling: "…, the military said", 0.72 to 0.7)
	if want.ID != 1 || want.Mentions != 2 || want.Articles != 2 || want.CAMEO != "150" || want.SourceURL != "https://example.org/a2" || want.FirstSeen == "" ||
		!strings.HasSuffix(want.Input, ".jsonl:2") {
		t.Fatalf("jsonl export: %+v, want event 1, 150, 2 mentions, 2 articles (near-duplicates, each counted as GDELT does) from https://example.org/a2", want)
	}

	out, _, code = run(t, "export", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("export csv: exit %d", code)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("csv export: %v, %d records\n%s", err, len(recs), out)
	}
	head, row := recs[0], recs[1]
	n := len(head)
	// (input, as the jsonl export's: it was missing)
	if got := strings.Join(head[n-7:], ","); got != "global_event_id,num_mentions,num_sources,num_articles,first_seen,source_url,input" {
		t.Errorf("csv header ends %s", got)
	}
	if got, w := strings.Join(row[n-7:], ","), "1,2,1,2,"+want.FirstSeen+",https://example.org/a2,"+want.Input; got != w {
		t.Errorf("csv aggregate fields %s, want %s", got, w)
	}
	if head[17] != "cameo" || row[17] != "150" || len(row) != n {
		t.Errorf("csv row %q under %q", row, head)
	}

	// The join: both mentions' rows start with the CSV row's global_event_id.
	out, _, _ = run(t, "export", "--db", db, "--format", "gdelt-mentions")
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], row[n-7]+"\t") || !strings.HasPrefix(lines[1], row[n-7]+"\t") {
		t.Errorf("gdelt-mentions rows do not join on %s:\n%s", row[n-7], out)
	}

	out, _, code = run(t, "export", "--db", db, "--format", "plover")
	if code != 0 {
		t.Fatalf("export plover: exit %d", code)
	}
	var got agg
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("plover aggregate %+v, want %+v", got, want)
	}
	// The aggregate fields follow PLOVER's and dyad's own fields.
	tail := `,"global_event_id":1,"num_mentions":2,"num_sources":1,"num_articles":2,"first_seen":"` + want.FirstSeen + `","source_url":"https://example.org/a2","input":"` + want.Input + `"}` + "\n"
	if !strings.Contains(out, `"event_type":"MOBILIZE"`) || !strings.HasSuffix(out, tail) {
		t.Errorf("plover record %s, want MOBILIZE ending %s", out, tail)
	}
}

// TestEventsTextCommonTerms: dyad events --q takes names and
// abbreviations with punctuation and "AND NOT" (sqlite.NormalizeText).
func TestEventsTextCommonTerms(t *testing.T) {
	db, _ := ingestedStore(t, "x.db", `{"id":"syria","date":"2024-03-02","text":"Syrian President Bashar al-Assad condemned Israel on Friday after talks with U.S. envoys."}
{"id":"korea","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday, days after Kim Jong-un visited a nuclear site."}
`)
	for _, c := range []struct{ q, want string }{
		{"al-Assad", "syria"},
		{"U.S.", "syria"},
		{"Kim Jong-un", "korea"},
		{"nuclear AND NOT al-Assad", "korea"},
	} {
		out, errs, code := run(t, "events", "--db", db, "--format", "json", "--q", c.q)
		if code != 0 {
			t.Errorf("--q %q: exit %d: %s", c.q, code, errs)
			continue
		}
		var arts []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var e struct {
				ArticleID string `json:"article_id"`
			}
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("--q %q: %v in %s", c.q, err, out)
			}
			if len(arts) == 0 || arts[len(arts)-1] != e.ArticleID {
				arts = append(arts, e.ArticleID)
			}
		}
		if got := strings.Join(arts, " "); got != c.want {
			t.Errorf("--q %q: events of articles %q, want %q", c.q, got, c.want)
		}
	}
}

// TestExportMentionIdentifier: a gdelt-mentions row names its article as
// the events table's SOURCEURL does (its URL, else outlet, else input),
// never with an empty MentionIdentifier or MentionSourceName; dyad code
// --format gdelt-mentions alike.
func TestExportMentionIdentifier(t *testing.T) {
	db, dir := ingestedStore(t, "x.db", `{"id":"u","url":"https://example.org/a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"s","source":"Daily Wire Service","date":"2024-03-02","text":"Kenya and Chile resumed talks in Nairobi on Friday."}
{"id":"n","date":"2024-03-02","text":"Russia attacked Ukraine on Friday."}
`)
	in := filepath.Join(dir, "news.jsonl")
	out, _, code := run(t, "export", "--db", db, "--format", "gdelt", "--all-statuses")
	if code != 0 {
		t.Fatalf("export gdelt: exit %d", code)
	}
	sourceURL := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		f := strings.Split(line, "\t")
		sourceURL[f[0]] = f[60]
	}
	want := map[string][2]string{ // SOURCEURL: MentionSourceName, MentionIdentifier
		"https://example.org/a1": {"example.org", "https://example.org/a1"},
		"Daily Wire Service":     {"Daily Wire Service", "Daily Wire Service"},
		in + ":3":                {in + ":3", in + ":3"},
	}
	out, _, _ = run(t, "export", "--db", db, "--format", "gdelt-mentions", "--all-statuses")
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		f := strings.Split(line, "\t")
		src := sourceURL[f[0]]
		w, ok := want[src]
		if !ok {
			t.Errorf("event %s: SOURCEURL %q, want one of %v", f[0], src, want)
			continue
		}
		seen[src] = true
		if f[4] != w[0] || f[5] != w[1] {
			t.Errorf("mention of %s: MentionSourceName %q, MentionIdentifier %q; want %q, %q", src, f[4], f[5], w[0], w[1])
		}
	}
	if len(seen) != 3 {
		t.Errorf("mentions of %v, want the three articles", seen)
	}
	out, _, _ = run(t, "code", "--format", "gdelt-mentions", in)
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if f := strings.Split(line, "\t"); f[4] == "" || f[5] == "" {
			t.Errorf("code gdelt-mentions row without a source name or identifier: %q", line)
		}
	}
}

// TestGDELTDateNote: dyad export --format gdelt and dyad code --format
// gdelt say on standard error which rows are not dated to a day (GDELT's
// SQLDATE always is: a month's event has day 01, an undated one empty
// date columns), which the rows alone do not tell; the CSV export, which
// carries date_precision, says nothing.
func TestGDELTDateNote(t *testing.T) {
	text := `{"id":"m1","url":"https://example.org/m1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea last month."}
{"id":"u1","url":"https://example.org/u1","text":"Iran expelled two British diplomats, the foreign ministry said."}
`
	db, dir := ingestedStore(t, "x.db", text)
	in := filepath.Join(dir, "news.jsonl")
	want := "dyad: warning: of 2 GDELT rows, 1 is dated to a month only (SQLDATE day 01 of it) and 1 is undated (SQLDATE, MonthYear, Year and FractionDate empty: " +
		"their articles had no publication date); --format csv or jsonl carries date_precision\n"
	out, errs, code := run(t, "export", "--db", db, "--format", "gdelt")
	if code != 0 || strings.Count(out, "\n") != 2 || errs != want {
		t.Errorf("export gdelt: exit %d, %d rows, stderr %q; want 2 rows and %q", code, strings.Count(out, "\n"), errs, want)
	}
	if _, errs, _ := run(t, "export", "--db", db, "--format", "csv"); errs != "" {
		t.Errorf("export csv: stderr %q, want none", errs)
	}
	_, errs, code = run(t, "code", "--format", "gdelt", in)
	if code != 0 || !strings.HasSuffix(errs, want) {
		t.Errorf("code gdelt: exit %d, stderr %q; want it to end %q", code, errs, want)
	}
}

// TestExportPloverNote: dyad export --format plover leaves out the events
// whose CAMEO code has no PLOVER type (most of root 01) and says how many
// on standard error, as a gdelt export counts the statuses it leaves out;
// an export that leaves none out says nothing.
func TestExportPloverNote(t *testing.T) {
	db, _ := ingestedStore(t, "x.db", `{"id":"p1","date":"2024-03-02","text":"The Kenyan foreign ministry declined to comment on the dispute with Uganda."}
{"id":"p2","date":"2024-03-02","text":"Russia attacked Ukraine on Friday."}
`)
	cases := []struct {
		args       []string
		rows       int
		wantStderr string
	}{
		{nil, 1, "dyad: note: 1 event left out: no PLOVER type for its CAMEO code " +
			"(01, 010–014, 017: statements and comments); --format jsonl or csv exports it\n"},
		{[]string{"--root", "19"}, 1, ""},
		{[]string{"--root", "1"}, 0, "dyad: note: 1 event left out: no PLOVER type for its CAMEO code " +
			"(01, 010–014, 017: statements and comments); --format jsonl or csv exports it\n"},
	}
	for _, c := range cases {
		args := append([]string{"export", "--db", db, "--format", "plover"}, c.args...)
		out, errs, code := run(t, args...)
		if code != 0 || strings.Count(out, "\n") != c.rows || errs != c.wantStderr {
			t.Errorf("%v: exit %d, %d rows, stderr %q; want exit 0, %d rows, stderr %q", c.args, code, strings.Count(out, "\n"), errs, c.rows, c.wantStderr)
		}
	}
}

// TestCodePloverNote: dyad code --format plover leaves out the events
// whose CAMEO code has no PLOVER type and says how many on standard
// error, in dyad export's words but naming the formats dyad code takes
// ("json or csv": it named export's "jsonl", a usage error for dyad code,
// session 70), which do export them; a run that leaves none out says
// nothing.
func TestCodePloverNote(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"p1","date":"2024-03-02","text":"The Kenyan foreign ministry declined to comment on the dispute with Uganda."}
{"id":"p2","date":"2024-03-02","text":"Russia attacked Ukraine on Friday."}
{"id":"p3","date":"2024-03-02","text":"The Chilean foreign ministry declined to comment on the dispute with Peru."}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "one.jsonl")
	if err := os.WriteFile(one, []byte(`{"id":"p2","date":"2024-03-02","text":"Russia attacked Ukraine on Friday."}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in         string
		rows       int
		wantStderr string
	}{
		{in, 1, "dyad: note: 2 events left out: no PLOVER type for their CAMEO codes " +
			"(01, 010–014, 017: statements and comments); --format json or csv exports them\n"},
		{one, 1, ""},
	} {
		out, errs, code := run(t, "code", "--format", "plover", c.in)
		if code != 0 || strings.Count(out, "\n") != c.rows || errs != c.wantStderr {
			t.Errorf("%s: exit %d, %d rows, stderr %q; want exit 0, %d rows, stderr %q", c.in, code, strings.Count(out, "\n"), errs, c.rows, c.wantStderr)
		}
	}
	// the formats the note names export the three events
	for format, rows := range map[string]int{"json": 3, "csv": 4} {
		out, errs, code := run(t, "code", "--format", format, in)
		if code != 0 || strings.Count(out, "\n") != rows || errs != "" {
			t.Errorf("code --format %s: exit %d, %d lines, stderr %q; want exit 0, %d lines, no stderr", format, code, strings.Count(out, "\n"), errs, rows)
		}
	}
}

// TestExportCSVNoFormulas: the store's CSV export writes a text cell that
// a spreadsheet would evaluate (an outlet named "=SUM(…)", standing as the
// source_url of an article with no URL; a sentence starting with "-") with
// a leading apostrophe, as dyad code --format csv does.
func TestExportCSVNoFormulas(t *testing.T) {
	db, _ := ingestedStore(t, "f.db", `{"id":"f1","source":"=SUM(1+1)","date":"2024-03-02","text":"-North Korea fired two ballistic missiles into the sea on Friday."}
`)
	out, _, code := run(t, "export", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != 2 {
		t.Fatalf("export csv: exit %d, %v\n%s", code, err, out)
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	if row["source_url"] != "'=SUM(1+1)" || !strings.HasPrefix(row["evidence_text"], "'-North Korea") || row["cameo"] != "150" {
		t.Errorf("source_url %q, evidence_text %q, cameo %q; want '=SUM(1+1), '-North Korea…, 150", row["source_url"], row["evidence_text"], row["cameo"])
	}
}

// TestEventsInput: dyad events and dyad export --format jsonl give each
// event the input its first article was read from (articles.input), which
// traces an article with no URL whose source_url is its outlet.
func TestEventsInput(t *testing.T) {
	db, dir := ingestedStore(t, "x.db", `{"id":"a1","source":"Guardian","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","url":"https://example.org/a2","date":"2024-03-02","text":"Iranian police arrested two journalists in Tehran on Thursday."}
`)
	in := filepath.Join(dir, "news.jsonl")
	want := map[string][2]string{"150": {"Guardian", in + ":1"}, "173": {"https://example.org/a2", in + ":2"}}
	for _, args := range [][]string{{"export", "--db", db, "--format", "jsonl"}, {"events", "--db", db, "--format", "json"}} {
		out, errs, code := run(t, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, errs)
		}
		got := map[string][2]string{}
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			var e struct {
				CAMEO     string `json:"cameo"`
				SourceURL string `json:"source_url"`
				Input     string `json:"input"`
			}
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%s: %v in %s", args[0], err, line)
			}
			got[e.CAMEO] = [2]string{e.SourceURL, e.Input}
		}
		if len(got) != len(want) || got["150"] != want["150"] || got["173"] != want["173"] {
			t.Errorf("%s: source_url and input by code %v, want %v", args[0], got, want)
		}
	}
}
