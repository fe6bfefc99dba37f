package article

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestUnclosedParagraphs reads pages written for this test whose <p>
// elements are left open, used as separators, or cut by a block: every
// paragraph of the story is kept, each as its own, whether the page's
// <article> is read (articleParas) or trafilatura's extraction; short
// loose lines that are no sentence stay out.
func TestUnclosedParagraphs(t *testing.T) {
	const (
		p1 = "Iranian and European envoys held talks in Geneva on Thursday on the country's nuclear programme, the first such meeting since the spring, diplomats from both sides said after the session ended."
		p2 = "The delegations met for four hours at the Swiss foreign ministry, officials said, and agreed to keep a channel open between their capitals while experts examine the proposals tabled by the European side."
		p3 = "A further round is expected next month in Oman, a European diplomat told reporters, adding that no date had been fixed and that much would depend on the reply from Tehran to the latest offer."
		p4 = "Iran's foreign ministry spokesman said on Friday that the talks had been serious and constructive but that Western sanctions remained the main obstacle to any agreement between the two sides."
		s1 = "Envoys from Iran and Europe met in Geneva on Thursday for talks on the nuclear programme."
		s2 = "Officials said the delegations met for four hours and agreed to meet again next month."
	)
	all := []string{p1, p2, p3, p4}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"separators in <article>", "<article>" + p1 + "<p>" + p2 + "<p>" + p3 + "<p>" + p4 + "</article>", all},
		{"separators in a <div>", `<div class="story">` + p1 + "<p>" + p2 + "<p>" + p3 + "<p>" + p4 + "</div>", all},
		{"separators in <body>", p1 + "<p>" + p2 + "<p>" + p3 + "<p>" + p4, all},
		{"none closed in <article>", "<article><p>" + p1 + "<p>" + p2 + "<p>" + p3 + "<p>" + p4 + "</article>", all},
		{"none closed in a <div>", `<div class="story"><p>` + p1 + "<p>" + p2 + "<p>" + p3 + "<p>" + p4 + "</div><footer><p>Copyright 2024 Example News.</p></footer>", all},
		{"left open before </div>", `<div class="story"><p>` + p1 + "</p><p>" + p2 + "<p>" + p3 + "</p><p>" + p4 + "</div>", all},
		{"text after a closed <p> in <article>", "<article><p>" + p1 + "<p>" + p2 + "</p>" + p3 + "<p>" + p4 + "</article>", all},
		{"text in a <span> between paragraphs", "<article><p>" + p1 + "</p><p>" + p2 + "</p><span>" + p3 + "</span><p>" + p4 + "</p></article>", all},
		{"a <p> cut by an <aside>", "<article><p>" + p1 + "</p><p>The delegations met for four hours at the Swiss foreign ministry, officials said," +
			`<aside><a href="/related">Related: talks in Vienna</a></aside>and agreed to keep a channel open between their capitals.</p><p>` + p3 + "</p><p>" + p4 + "</p></article>",
			[]string{p1, "The delegations met for four hours at the Swiss foreign ministry, officials said,",
				"and agreed to keep a channel open between their capitals.", p3, p4}},
		{"short loose lines are no paragraphs", "<article><p>" + p1 + "</p>Advertisement<p>" + p2 + "</p>Join us on WhatsApp for the latest news<p>" + p3 +
			`</p><a href="/more">Read more about the talks in Geneva today.</a><p>` + p4 + "</p></article>", all},
		{"short page, one left open", "<p>" + s1 + "<p>" + s2 + "</p>", []string{s1, s2}},
		{"short page, both closed", "<p>" + s1 + "</p><p>" + s2 + "</p>", []string{s1, s2}},
		{"short page, open before </div>", "<div><p>" + s1 + "</div><p>" + s2 + "</p>", []string{s1, s2}},
	}
	for _, tc := range tests {
		for _, doctype := range []string{"<!DOCTYPE html>", ""} {
			page := doctype + "<html><head><title>Envoys meet in Geneva</title></head><body>" + tc.body + "</body></html>\n"
			arts, err := Read("talks.html", []byte(page), Options{Input: "html"})
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if got := arts[0].Body; !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s (doctype %v):\n got %s\nwant %s", tc.name, doctype != "", show(got), show(tc.want))
			}
		}
	}
}

func show(ps []string) string {
	var b strings.Builder
	for i, p := range ps {
		fmt.Fprintf(&b, "\n  %d. %.70s", i, p)
	}
	return b.String()
}
