package article

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestRecordIDBound: a JSON Lines record's id of up to MaxRecordID bytes
// is the article's, a page's address of 300 bytes say; a longer one is
// the record's error, naming its size and the bound, in Read and
// EachJSONL alike (PostgreSQL refused it with "index row size 3016
// exceeds btree version 4 maximum 2704"). The ids "." and ".." are
// refused too, and "/": no API path can name them; "..." and "//" are
// ids like another.
func TestRecordIDBound(t *testing.T) {
	long := "https://wire.example/2024/03/04/" + strings.Repeat("kenya-japan-aid-", 80)
	for _, tt := range []struct {
		id, err string
	}{
		{long[:300], ""},
		{long[:MaxRecordID], ""},
		{long[:MaxRecordID+1], "wire.jsonl:1: id of 1025 bytes: an article's id is at most 1024 bytes; shorten it, or leave it out (the article's id is then the hash of its url or its text)"},
		{"..", `wire.jsonl:1: id "..": ".", ".." and "/" cannot be an article's id (no address can name them); give another, or leave it out (the article's id is then the hash of its url or its text)`},
		{".", `wire.jsonl:1: id ".": ".", ".." and "/" cannot be an article's id (no address can name them); give another, or leave it out (the article's id is then the hash of its url or its text)`},
		{"/", `wire.jsonl:1: id "/": ".", ".." and "/" cannot be an article's id (no address can name them); give another, or leave it out (the article's id is then the hash of its url or its text)`},
		{"...", ""},
		{"//", ""},
	} {
		b, _ := json.Marshal(map[string]string{"id": tt.id, "date": "2024-03-04", "text": "Kenya thanked Japan on Monday."})
		arts, err := Read("wire.jsonl", append(b, '\n'), Options{Input: "jsonl"})
		var streamErr error
		var streamed []*dyad.Article
		EachJSONL("wire.jsonl", strings.NewReader(string(b)+"\n"), Options{}, func(a *dyad.Article) error {
			streamed = append(streamed, a)
			return nil
		}, func(e error) { streamErr = e })
		for how, got := range map[string]struct {
			arts []*dyad.Article
			err  error
		}{"Read": {arts, err}, "EachJSONL": {streamed, streamErr}} {
			switch {
			case tt.err == "" && (got.err != nil || len(got.arts) != 1 || got.arts[0].ID != tt.id):
				t.Errorf("%s, id of %d bytes: %v, %d articles; want the article with its id", how, len(tt.id), got.err, len(got.arts))
			case tt.err != "" && (got.err == nil || got.err.Error() != tt.err || len(got.arts) != 0):
				t.Errorf("%s, id of %d bytes: %v, %d articles\nwant %s", how, len(tt.id), got.err, len(got.arts), tt.err)
			}
		}
	}
}
