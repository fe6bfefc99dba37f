package feed_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/feed"
	"github.com/dyad-events/dyad/internal/testutil"
)

// FuzzRead checks Read never panics, names the input in errors and gives
// articles with an ID.
func FuzzRead(f *testing.F) {
	for _, d := range testutil.Files(f, 4, "../shared/corpora/feeds/*") {
		f.Add(d[:min(len(d), 16<<10)])
	}
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title><link>https://e.org/1</link><description>&lt;p&gt;Chile hosted Kenya.&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content type="html">x</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var arts []*dyad.Article
		var err error
		testutil.Within(t, 5*time.Second, func() {
			feed.Sniff(data)
			arts, err = feed.Read("f.rss", data)
		})
		if err != nil {
			if !strings.Contains(err.Error(), "f.rss") {
				t.Errorf("error does not name the input: %v", err)
			}
			return
		}
		for _, a := range arts {
			if a == nil || a.ID == "" {
				t.Fatalf("article without ID: %+v", a)
			}
		}
	})
}
