package feed_test

import (
	"fmt"

	"github.com/dyad-events/dyad/feed"
)

func ExampleRead() {
	data := []byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "Example Wire",
	 "items": [{"id": "1", "url": "https://example.org/1", "title": "Envoys meet",
	  "content_html": "<p>Envoys met in Geneva.</p><p>Talks resume in May.</p>",
	  "date_published": "2024-03-04T09:30:00Z"}]}`)
	arts, err := feed.Read("wire.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range arts {
		fmt.Println(a.Source, "|", a.Title, "|", a.Published, "|", a.Body)
	}
	// Output:
	// Example Wire | Envoys meet | 2024-03-04T09:30:00Z | [Envoys met in Geneva. Talks resume in May.]
}
