package article

import "testing"

// TestTextOutletFromHost: a text article read from the web (a WARC
// record's text/plain response, a URL) names its outlet by the host of
// its address, as an HTML page that names none does; a SOURCE: header
// wins, and a file with no address has no outlet.
func TestTextOutletFromHost(t *testing.T) {
	const story = "Police arrested protesters in Lyon on Monday, officials said.\n"
	for _, c := range []struct {
		name, data, url, want string
	}{
		{"from a crawl", story, "https://www.wirecorp.example/2024/story.txt", "wirecorp.example"},
		{"subdomain kept", story, "https://news.dailyherald.example/a.txt", "news.dailyherald.example"},
		{"URL header", "URL: https://www.gazette.example/b\n\n" + story, "", "gazette.example"},
		{"SOURCE header wins", "SOURCE: Reuters\n\n" + story, "https://www.wirecorp.example/story.txt", "Reuters"},
		{"no address", story, "", ""},
		{"not the web", story, "file:///srv/crawl/story.txt", ""},
	} {
		arts, err := Read("story.txt", []byte(c.data), Options{URL: c.url})
		if err != nil || len(arts) != 1 || arts[0].Source != c.want {
			got := ""
			if len(arts) == 1 {
				got = arts[0].Source
			}
			t.Errorf("%s: source %q (%v), want %q", c.name, got, err, c.want)
		}
	}
}
