package dyad

import "testing"

// TestInputName: a feed's item is named "FILE item N" in messages, its
// Input ("FILE:N") kept; other inputs, a JSON Lines line among them, are
// named by their Input.
func TestInputName(t *testing.T) {
	for _, c := range []struct {
		a    Article
		want string
	}{
		{Article{Input: "feed.rss:2", Item: 2}, "feed.rss item 2"},
		{Article{Input: "https://example.org/feed:12", Item: 12}, "https://example.org/feed item 12"},
		{Article{Input: "wire.jsonl:3"}, "wire.jsonl:3"},
		{Article{Input: "crawl.warc:record 2"}, "crawl.warc:record 2"},
		{Article{Input: "feed.rss:2", Item: 3}, "feed.rss:2"}, // (not its item: as it is)
		{Article{}, ""},
	} {
		if got := c.a.InputName(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.a, got, c.want)
		}
	}
}
