package article

import (
	"reflect"
	"strings"
	"testing"
)

// subheadingPage is a team-written story without an <article> element
// (trafilatura finds its body), its subheadings set as a page may: an
// <h2>, a bold first line ended by a line break, a bold line alone, bold
// words opening a sentence and a dateline in bold capitals.
const subheadingPage = `<!DOCTYPE html><html lang="en"><head><title>Ministers agree flood plan | Example Herald</title>
<meta property="og:site_name" content="Example Herald"></head><body>
<div id="maincontent"><div class="article-body-commercial-selector">
<p><b>RIVERTON</b><br>Ministers from six river states agreed on Tuesday to share flood warnings within an hour of any dam release, ending a dispute.</p>
<p>The accord, signed in the capital after two days of talks, sets up a joint monitoring centre and a hotline between the water agencies of the six states.</p>
<h2>What the accord says</h2>
<p>Each state must report a planned dam release to the centre a day ahead, and an unplanned one at once, the text published on Wednesday says.</p>
<p><strong>What happens next</strong><br>The centre is due to open in the spring, officials said, and will publish river levels every hour during the rainy season.</p>
<p><strong>Who pays for it</strong></p>
<p>Each state will pay an equal share of the centre's running costs, according to a statement issued after the signing ceremony.</p>
<p><b>Farmers' groups</b> welcomed the deal but said compensation for last year's losses had still not been paid by any of the six states.</p>
<p><strong>The World Bank</strong> The lender has offered a loan to cover the cost of new gauges along the main river and its largest tributaries.</p>
<p><strong>Costs:</strong><br>The plan will cost about 40 million dollars over five years, the finance ministry said in a statement.</p>
</div></div></body></html>`

// TestBoldSubheading: a bold first line ended by a line break is a
// subheading, dropped as headings are, and no longer runs into the
// sentence after it; other bold words stay as they were.
func TestBoldSubheading(t *testing.T) {
	arts, err := Read("story.html", []byte(subheadingPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"RIVERTON Ministers from six river states agreed on Tuesday to share flood warnings within an hour of any dam release, ending a dispute.",
		"The accord, signed in the capital after two days of talks, sets up a joint monitoring centre and a hotline between the water agencies of the six states.",
		"Each state must report a planned dam release to the centre a day ahead, and an unplanned one at once, the text published on Wednesday says.",
		"The centre is due to open in the spring, officials said, and will publish river levels every hour during the rainy season.",
		"Who pays for it",
		"Each state will pay an equal share of the centre's running costs, according to a statement issued after the signing ceremony.",
		"Farmers' groups welcomed the deal but said compensation for last year's losses had still not been paid by any of the six states.",
		"The World Bank The lender has offered a loan to cover the cost of new gauges along the main river and its largest tributaries.",
		"Costs: The plan will cost about 40 million dollars over five years, the finance ministry said in a statement.",
	}
	if got := arts[0].Body; !reflect.DeepEqual(got, want) {
		t.Errorf("body\n%q\nwant\n%q", got, want)
	}
	// the same story in an <article> element (dyad's own walk, not
	// trafilatura's) reads the same
	page := strings.Replace(strings.Replace(subheadingPage, `<div id="maincontent">`, `<article>`, 1), `</div></div></body>`, `</div></article></body>`, 1)
	if arts, err = Read("story.html", []byte(page), Options{}); err != nil {
		t.Fatal(err)
	}
	if got := arts[0].Body; !reflect.DeepEqual(got, want) {
		t.Errorf("in <article>: body\n%q\nwant\n%q", got, want)
	}
}

// TestBoldSubheadingText: a bold first line that is body text stays in
// the paragraph, on a long page and on a short one: a quotation (with or
// without its full stop inside the closing quote), a dateline or place
// with a comma or parenthesis, and a bold subject cut from its verb.
func TestBoldSubheadingText(t *testing.T) {
	const lead = `<p>Ministers from six river states agreed on Tuesday to share flood warnings within an hour of any dam release.</p>`
	const tail = `<p>The accord, signed in the capital after two days of talks, sets up a joint monitoring centre and a hotline between the water agencies.</p>`
	const next = "The centre will publish river levels every hour during the rainy season."
	tests := []struct{ bold, rest, want string }{
		{"“We will not let the river drown our farms again.”", next, "“We will not let the river drown our farms again.” " + next},
		{"“We will not let the river drown our farms again”", next, "“We will not let the river drown our farms again” " + next},
		{"Kyiv, July 13", next, "Kyiv, July 13 " + next},
		{"Riverton (Reuters)", next, "Riverton (Reuters) " + next},
		{"Prime Minister Jane Roe and her Ruritanian counterpart", "signed the accord on Tuesday, ending a decade of disputes.",
			"Prime Minister Jane Roe and her Ruritanian counterpart signed the accord on Tuesday, ending a decade of disputes."},
		// a heading still goes, on a short page too (its text is not
		// the page's <br> lines)
		{"What happens next", next, next},
	}
	for _, tt := range tests {
		for _, wrap := range [][2]string{{`<div id="maincontent"><div class="article-body-commercial-selector">`, `</div></div>`}, {`<article>`, `</article>`}} {
			page := `<!DOCTYPE html><html lang="en"><head><title>Ministers agree flood plan | Example Herald</title></head><body>` +
				wrap[0] + lead + `<p><strong>` + tt.bold + `</strong><br>` + tt.rest + `</p>` + tail + wrap[1] + `</body></html>`
			arts, err := Read("story.html", []byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{
				"Ministers from six river states agreed on Tuesday to share flood warnings within an hour of any dam release.",
				tt.want,
				"The accord, signed in the capital after two days of talks, sets up a joint monitoring centre and a hotline between the water agencies.",
			}
			if got := arts[0].Body; !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %.12s: body\n%q\nwant\n%q", tt.bold, wrap[0], got, want)
			}
		}
	}
}
