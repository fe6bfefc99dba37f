package main

import (
	"encoding/csv"
	"encoding/json"
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
		CAMEO     string `json:"cameo"`
	}
	var want agg
	if err := json.Unmarshal([]byte(out), &want); err != nil || strings.Count(out, "\n") != 1 {
		t.Fatalf("jsonl export: %v\n%s", err, out)
	}
	if want.ID != 1 || want.Mentions != 2 || want.Articles != 2 || want.CAMEO != "150" || want.SourceURL != "https://example.org/a1" || want.FirstSeen == "" {
		t.Fatalf("jsonl export: %+v, want event 1, 150, 2 mentions, 2 articles (near-duplicates, each counted as GDELT does) from https://example.org/a1", want)
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
	if got := strings.Join(head[n-6:], ","); got != "global_event_id,num_mentions,num_sources,num_articles,first_seen,source_url" {
		t.Errorf("csv header ends %s", got)
	}
	if got, w := strings.Join(row[n-6:], ","), "1,2,1,2,"+want.FirstSeen+",https://example.org/a1"; got != w {
		t.Errorf("csv aggregate fields %s, want %s", got, w)
	}
	if head[17] != "cameo" || row[17] != "150" || len(row) != n {
		t.Errorf("csv row %q under %q", row, head)
	}

	// The join: both mentions' rows start with the CSV row's global_event_id.
	out, _, _ = run(t, "export", "--db", db, "--format", "gdelt-mentions")
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], row[n-6]+"\t") || !strings.HasPrefix(lines[1], row[n-6]+"\t") {
		t.Errorf("gdelt-mentions rows do not join on %s:\n%s", row[n-6], out)
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
	tail := `,"global_event_id":1,"num_mentions":2,"num_sources":1,"num_articles":2,"first_seen":"` + want.FirstSeen + `","source_url":"https://example.org/a1"}` + "\n"
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
