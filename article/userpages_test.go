package article

import (
	"reflect"
	"strings"
	"testing"
)

// The pages below are written for these tests, after the shapes of real
// news pages users fed dyad; none is real news.

// userStory is the story the test pages set in different markup.
var userStory = []string{
	"The defence ministry said on Monday that a convoy of army trucks had crossed the northern border before dawn, carrying supplies to the garrison at Port Amber.",
	"Officials in the capital said the move followed weeks of talks with the neighbouring government, which had asked for the garrison to be reinforced.",
	"A spokesman for the opposition called the deployment reckless and demanded that the minister appear before parliament to explain it.",
	"The convoy reached the garrison by noon, the ministry said, and no incidents were reported along the route.",
}

func userPage(head, body string) string {
	return `<html><head><title>Army convoy crosses border - Example News</title>` + head + `</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><h1>Army convoy crosses border to reach garrison</h1>` + body + `</main>
<footer><p>Copyright Example News</p></footer></body></html>`
}

func paras(ps []string) string { return "<p>" + strings.Join(ps, "</p>\n<p>") + "</p>" }

const userDate = `<meta property="article:published_time" content="2024-03-04T10:00:00Z">`

// TestHTMLUserPages reads pages in the shapes users met: a story split
// into two sibling containers (trafilatura keeps the first), a bulleted
// list (trafilatura's own <li> elements), paragraphs run together
// without a space, a double-escaped dash and a page with no date but a
// byline's "Updated:" line.
func TestHTMLUserPages(t *testing.T) {
	first, second := userStory[:2], userStory[2:]
	list := []string{"Reopen the two closed crossings within a week", "Hand over the prisoners held since the spring", "Set up a joint patrol along the river"}
	tests := []struct {
		name, page string
		body       []string
		published  string
	}{
		{"two sibling containers around an advertisement", userPage(userDate,
			`<div class="story-body">`+paras(first)+`</div><div class="ad-slot"><p>Advertisement</p></div><div class="story-body">`+paras(second)+`</div>`),
			userStory, "2024-03-04T10:00:00Z"},
		{"two sibling sections", userPage(userDate,
			`<div class="body__section"><div class="content">`+paras(first)+`</div></div><div class="body__section"><div class="content">`+paras(second)+`</div></div>`),
			userStory, "2024-03-04T10:00:00Z"},
		{"sibling container with its own headline is another story", userPage(userDate,
			`<div class="story-body">`+paras(userStory)+`</div><div class="story-body"><h1>Floods close the coast road</h1><p>Heavy rain closed the coast road on Monday and forced the evacuation of two villages near the river mouth, police said.</p></div>`),
			userStory, "2024-03-04T10:00:00Z"},
		{"bulleted list", userPage(userDate,
			`<div class="content">`+paras(userStory[:3])+`<p>The minister set three conditions for further talks:</p><ul><li>`+strings.Join(list, "</li><li>")+`</li></ul>`+paras(userStory[3:])+`</div>`),
			append(append(append(userStory[:3:3], "The minister set three conditions for further talks:"), list...), userStory[3]), "2024-03-04T10:00:00Z"},
		{"paragraphs run together", userPage(userDate,
			`<div class="content"><p>`+strings.Join(userStory[:2], "")+`</p><p>`+strings.Join(userStory[2:], "")+`</p></div>`),
			[]string{userStory[0] + " " + userStory[1], userStory[2] + " " + userStory[3]}, "2024-03-04T10:00:00Z"},
		{"double-escaped em dash after a dateline's place", userPage(userDate,
			`<div class="content"><p>&amp;#151; -- `+userStory[0]+`</p><p>Officials said the move was &amp;quot;routine&amp;quot; and followed weeks of talks &amp;#150; and the garrison had asked for it.</p>`+paras(userStory[2:])+`</div>`),
			append([]string{userStory[0], "Officials said the move was \"routine\" and followed weeks of talks – and the garrison had asked for it."}, userStory[2:]...), "2024-03-04T10:00:00Z"},
		{"no date but an Updated: line", userPage(``,
			`<div class="byline"><a href="/jane">Jane Roe</a> / <span>Updated: Mar 5, 2024, 11:05 IST</span></div><div class="content">`+paras(userStory)+`</div>`),
			userStory, "2024-03-05"},
		{"no date but a story date line", userPage(``,
			`<div class="when">This story is from March 4, 2024</div><div class="content">`+paras(userStory)+`</div><div class="byline"><span>Updated: Mar 5, 2024, 11:05 IST</span></div>`),
			userStory, "2024-03-04"},
		{"no date but a line that is only a date", userPage(``,
			`<div class="meta"><span>By Jane Roe</span><div>March 4, 2024, 4:19 PM</div></div><div class="content">`+paras(userStory)+`</div>`),
			userStory, "2024-03-04"},
		{"no date; a sidebar list item and a footer give none (furniture)", userPage(``,
			`<div class="content">`+paras(userStory)+`</div><aside><ul><li><a href="/old">Earlier story</a> <span>Posted on March 2, 2015</span></li></ul></aside><footer><p>Last updated: January 1, 2020</p></footer>`),
			userStory, ""},
		{"no date but a time element without datetime", userPage(``,
			`<div class="meta"><time>Mar 4, 2024 at 3:45 pm</time></div><div class="content">`+paras(userStory)+`</div>`),
			userStory, "2024-03-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("p.html", []byte(tt.page), Options{Input: "html"})
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if !reflect.DeepEqual(a.Body, tt.body) || a.Published != tt.published {
				t.Errorf("published %q body\n%q\nwant %q\n%q", a.Published, a.Body, tt.published, tt.body)
			}
		})
	}
}

// TestHTMLMenuPageBrBlock reads a page whose story is one <div> of
// <br>-separated lines and that trafilatura reads whole, menus and all,
// as one block: the story is the <div>'s lines, without the closing
// lines that are only links.
func TestHTMLMenuPageBrBlock(t *testing.T) {
	var menu strings.Builder
	for _, w := range strings.Fields("Home World Politics Business Markets Technology Science Health Sport Football Cricket Tennis Culture Film Music Books Travel Food Style Opinion Video Podcasts Weather Puzzles Crosswords Obituaries Letters Corrections Archive") {
		menu.WriteString(`<span><a href="/` + strings.ToLower(w) + `">` + w + `</a></span> `)
	}
	page := `<html><head><title>Army convoy crosses border | Example Times</title></head><body><div class="top">` + menu.String() + menu.String() + `</div>
<div class="x1"><div class="x2">PORT AMBER: ` + strings.Join(userStory, " <br>") + ` <br><a href="/other">Read this story in French</a><br><a href="/video"><i>Watch</i><span> Convoy crosses the border at dawn</span></a></div></div>
<div class="x3"><span>Most read</span> ` + menu.String() + `</div></body></html>`
	arts, err := Read("p.html", []byte(page), Options{Input: "html"})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if !reflect.DeepEqual(a.Body, userStory) || a.Dateline != "PORT AMBER" {
		t.Errorf("dateline %q body\n%q", a.Dateline, a.Body)
	}
}

func TestUnescapeLeft(t *testing.T) {
	tests := []struct{ in, want string }{
		{"&#151; -- Officials said", "— -- Officials said"}, // Windows-1252 number, as HTML5 reads it
		{"talks &#8212; and more", "talks — and more"},
		{"the minister&#x2019;s visit", "the minister’s visit"},
		{"Procter &amp; Gamble", "Procter & Gamble"},
		{"a &quot;routine&quot; move", `a "routine" move`},
		{"AT&T and R&D; spending", "AT&T and R&D; spending"}, // no such entity
		{"Q&A with the minister", "Q&A with the minister"},
		{"a &notice; to quit", "a &notice; to quit"},                  // "&not" is an entity, "&notice;" none
		{"the &copyright; office", "the &copyright; office"},          // nor "&copy" + "right;"
		{"Barnes &ampersand; Noble", "Barnes &ampersand; Noble"},      // nor "&amp" + "ersand;"
		{"&lt;b&gt; tags &semi; and &nbsp;", "<b> tags ; and \u00a0"}, // whole entities still decode
		{"&rsquo;Yes&rsquo;, he said", "’Yes’, he said"},
		{"talks&#59; then a vote", "talks; then a vote"}, // a numeric reference decodes whole
		{"talks&#x3B; then a vote", "talks; then a vote"},
		{"talks&#X3b; then a vote", "talks; then a vote"},
		{"no reference at all", "no reference at all"},
	}
	for _, tt := range tests {
		if got := unescapeLeft(tt.in); got != tt.want {
			t.Errorf("unescapeLeft(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnglue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a candidate other than Trump.An elector in Maine", "a candidate other than Trump. An elector in Maine"},
		{"the most since the 1800s.The process", "the most since the 1800s. The process"},
		{`they "made possible."Then the minister`, `they "made possible." Then the minister`},
		{"Is it over?Nobody knows.", "Is it over? Nobody knows."},
		{"the U.S.A. and the U.K. Both", "the U.S.A. and the U.K. Both"}, // abbreviations: a capital before the stop
		{"Gov.Andrew Cuomo", "Gov. Andrew Cuomo"},
		{"see example.com and node.js", "see example.com and node.js"},
		{"the St.Louis office", "the St.Louis office"},
		{"Nothing glued here. At all.", "Nothing glued here. At all."},
		{"write to Press.Office@example.org today", "write to Press.Office@example.org today"}, // e-mail addresses
		{"contact jane.Roe@example.org.Officials said", "contact jane.Roe@example.org.Officials said"},
		{"shares of Amazon.Com rose", "shares of Amazon.Com rose"},       // a domain's ending
		{"built on Asp.Net and ASP.NET", "built on Asp.Net and ASP.NET"}, // a software name (techName) stays whole
		{"apps in Vb.Net, (Ado.Net) and Socket.Io", "apps in Vb.Net, (Ado.Net) and Socket.Io"},
		{"a Node.Js server", "a Node.Js server"},
		{"the firm left.Net sales rose", "the firm left. Net sales rose"}, // a word ending (net) after a stop opens a sentence
		{"she said Casp.Net income", "she said Casp. Net income"},         // only the whole name
		{"a new Asp.Netty server", "a new Asp. Netty server"},
		{"Profits rose.Net income fell.", "Profits rose. Net income fell."},
		{"The ministry said.Gov. Smith left.", "The ministry said. Gov. Smith left."},
		{"The vote passed.Info from the clerk followed.", "The vote passed. Info from the clerk followed."},
		{"The app launched.Io games followed.", "The app launched. Io games followed."},
		{"mail jane.doe@example.net.Officials said", "mail jane.doe@example.net.Officials said"},
		{"the site Example.Org, which", "the site Example.Org, which"},
		{"see https://news.Example.Org/Talks.Html now", "see https://news.Example.Org/Talks.Html now"}, // web addresses
		{"talks ended.Company officials left", "talks ended. Company officials left"},                  // "Co…" is no domain
		{"Amazon.Com said.Officials agreed", "Amazon.Com said. Officials agreed"},
	}
	for _, tt := range tests {
		if got := unglue(tt.in); got != tt.want {
			t.Errorf("unglue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDayIn(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Oct 9, 2019, 11:05 IST", "2019-10-09", true},
		{"October 9 2019", "2019-10-09", true},
		{"Sept. 30, 2024", "2024-09-30", true},
		{"9th October, 2019", "2019-10-09", true},
		{"Tuesday 9 Oct 2019 11:05 BST", "2019-10-09", true},
		{"Weds, 9 Oct 2019", "2019-10-09", true},
		{"2019-10-09 at noon", "2019-10-09", true},
		{"Oct 32, 2019", "", false},
		{"11:05 IST, Oct 9", "", false}, // no year
		{"2019-13-01", "", false},
		// a month word is whole: words that only start like one are none
		{"the Marathon 12, 2019 results", "", false},
		{"Mayor 3 2020", "", false},
		{"Junebug 5, 2019", "", false},
		{"9 Octopus 2019", "", false},
		{"Posted June 5, 2019 by Marathon 12, 2020", "2019-06-05", true},
		{"December 16, 2016", "2016-12-16", true},
		{"Sept 30, 2024", "2024-09-30", true},
	}
	for _, tt := range tests {
		got, ok := dayIn(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("dayIn(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDateAlone checks the lines read as a page's date and nothing else
// (dateAloneRE) and the date taken off a dateline (datelinePlace): a
// month or weekday word is whole, never "Marathon", "Mayor" or "Monster".
func TestDateAlone(t *testing.T) {
	alone := []struct {
		in   string
		want bool
	}{
		{"December 16, 2016, 4:19 PM", true},
		{"Tuesday 9 October 2019 11:05 BST", true},
		{"Tue, Sept. 30, 2024", true},
		{"Weds, 9 Oct 2019", true}, // the longer abbreviations are whole words too
		{"Thurs. 10 Oct 2019", true},
		{"Thur 10 Oct 2019", true},
		{"Tues, 8 Oct 2019", true},
		{"Wedsday 9 Oct 2019", false},
		{"Marathon 12, 2019", false},
		{"Mayor 3, 2020", false},
		{"Monster 9 October 2019", false},
		{"Sunset 9 October 2019", false},
		{"9 Junebug 2019", false},
	}
	for _, tt := range alone {
		if got := dateAloneRE.MatchString(tt.in); got != tt.want {
			t.Errorf("dateAloneRE.MatchString(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	places := []struct{ in, want string }{
		{"WASHINGTON, Feb 26 -", "WASHINGTON"},
		{"SEOUL, July 13", "SEOUL"},
		{"LONDON, 26 Feb. -", "LONDON"},
		{"CAMP MARATHON, Marathon 12", "CAMP MARATHON, Marathon 12"},
		{"SPRINGFIELD, Mayor 3", "SPRINGFIELD, Mayor 3"},
	}
	for _, tt := range places {
		if got := datelinePlace(tt.in); got != tt.want {
			t.Errorf("datelinePlace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDropDump(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"First paragraph.", "Second one.", "Headline First paragraph. Second one. Menu"}, []string{"First paragraph.", "Second one."}},
		{[]string{"First paragraph.", "Second one.", "A third, new paragraph."}, []string{"First paragraph.", "Second one.", "A third, new paragraph."}},
		{[]string{headingMark + "Talks", "Talks resume on Monday."}, []string{headingMark + "Talks", "Talks resume on Monday."}},
		{[]string{"Only one block."}, []string{"Only one block."}},
	}
	for _, tt := range tests {
		if got := dropDump(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("dropDump(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
