package article

import (
	"reflect"
	"testing"
)

// TestHTMLReaderComments reads pages whose readers' comments follow the
// story in the shapes a new user met (session 67): a <div
// class="user-comments"> under a "Comments (2)" heading, a BBC-style
// "Have your say" heading followed by readers' paragraphs, a <section
// id="comments">; and the WordPress thread trafilatura already dropped.
// The comments go; the story stays, with a paragraph that merely says
// "comment", an opinion page's <article class="comment"> and the
// paragraphs after a heading that only mentions comments.
func TestHTMLReaderComments(t *testing.T) {
	story := []string{
		"Army trucks crossed the northern border before dawn on Monday, carrying supplies to the garrison at Port Amber.",
		"The defence ministry declined to comment on the deployment, which the opposition called reckless.",
	}
	readers := `<p><b>Bob:</b> The navy blockaded the island this morning and nobody cares.</p><p><b>Ann:</b> Troops shelled the border town again.</p>`
	tests := []bodyCase{
		{"div user-comments", userPage(userDate, `<article>`+paras(story)+`</article><div class="user-comments"><h3>Comments (2)</h3>`+readers+`</div>`), story},
		{"have your say heading", userPage(userDate, `<article>`+paras(story)+`</article><h3>Have your say</h3>`+readers), story},
		{"have your say stops at the next heading", userPage(userDate, `<article>`+paras(story)+`</article><div><h3>Have your say</h3>`+readers+`<h3>Background</h3><p>The garrison was reinforced in March after raids on the villages near the border.</p></div>`),
			append(story[:2:2], "The garrison was reinforced in March after raids on the villages near the border.")},
		{"section id comments", userPage(userDate, `<article>`+paras(story)+`</article><section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p class="author">joe123</p>`+readers+`</div></section>`), story},
		{"wordpress thread", userPage(userDate, `<article>`+paras(story)+`</article><div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this</h2><ol class="comment-list"><li id="comment-1" class="comment"><article class="comment-body"><footer class="comment-meta">Bob says:</footer><div class="comment-content">`+readers+`</div></article></li></ol></div>`), story},
		{"opinion article marked comment", userPage(userDate, `<article class="content content--comment">`+paras(story)+`</article>`), story},
		{"heading mentioning comments is no comment section", userPage(userDate, `<article>`+paras(userStory[:2])+`<h3>Comments from the capital</h3>`+paras(userStory[2:])+`</article>`),
			userStory}, // (the subheading goes as every subheading does; the paragraphs after it stay)
	}
	checkBodies(t, tests)
}

// TestHTMLReaderResponses reads pages whose readers' comments carry no
// comment class (session 69): a WordPress "12 Responses to “Title”" or
// "Leave a Reply" heading starting the thread, a <div
// class="reader-responses">, an <ol id="user-replies">. The comments go; the
// story stays, with a paragraph that merely says "responses", a
// subheading "Responses to the blockade" with no count, subheadings
// "One response to the blockade" and "2 replies to Moscow" with no quoted
// title, boxes of the story's classed "emergency-response" and
// "international-responses", and the page's hidden
// "screen-reader-text" label.
func TestHTMLReaderResponses(t *testing.T) {
	story := []string{
		"Army trucks crossed the northern border before dawn on Monday, carrying supplies to the garrison at Port Amber.",
		"Responses from the neighbouring capitals were muted, and the defence ministry declined to comment.",
	}
	readers := `<p><b>Bob:</b> The navy blockaded the island this morning and nobody cares.</p><p><b>Ann:</b> Troops shelled the border town again.</p>`
	more := "The garrison was reinforced in March after raids on the villages near the border."
	tests := []bodyCase{
		{"n responses to title", userPage(userDate, `<article><h1>Trucks cross the border</h1>`+paras(story)+`</article><h3>12 Responses to “Trucks cross the border”</h3><ol><li><cite>Bob</cite> says:`+readers+`</li></ol>`), story},
		{"one reply on title", userPage(userDate, `<article>`+paras(story)+`</article><div><h2>One Reply on “Trucks cross the border”</h2>`+readers+`</div>`), story},
		{"leave a reply", userPage(userDate, `<article>`+paras(story)+`</article><h3>Leave a Reply</h3>`+readers), story},
		{"div reader-responses", userPage(userDate, `<article>`+paras(story)+`</article><div class="reader-responses"><h3>What readers say</h3>`+readers+`</div>`), story},
		{"ol user-replies", userPage(userDate, `<article>`+paras(story)+`</article><ol id="user-replies"><li>`+readers+`</li></ol>`), story},
		{"counted subheading without a quoted title", userPage(userDate, `<article>`+paras(story)+`<h3>One response to the blockade</h3><p>`+more+`</p></article>`),
			append(story[:2:2], more)},
		{"counted replies subheading", userPage(userDate, `<article>`+paras(story)+`<h2>2 replies to Moscow</h2><p>`+more+`</p></article>`),
			append(story[:2:2], more)},
		{"story box classed international-responses", userPage(userDate, `<article>`+paras(story[:1])+`<div class="international-responses"><p>`+story[1]+`</p></div><p>`+more+`</p></article>`),
			append(story[:2:2], more)},
		{"responses subheading without a count", userPage(userDate, `<article>`+paras(story)+`<h3>Responses to the blockade</h3><p>`+more+`</p></article>`),
			append(story[:2:2], more)},
		{"story box classed emergency-response", userPage(userDate, `<article>`+paras(story[:1])+`<div class="emergency-response"><p>`+story[1]+`</p></div><p>`+more+`</p></article>`),
			append(story[:2:2], more)},
		{"screen-reader-text", userPage(userDate, `<article>`+paras(story)+`<p><span class="screen-reader-text">Posted in </span>`+more+`</p></article>`),
			append(story[:2:2], "Posted in "+more)},
	}
	checkBodies(t, tests)
}

// bodyCase is an HTML page and the story paragraphs Read must keep of it.
type bodyCase struct {
	name, page string
	body       []string
}

// checkBodies reads each case's page as HTML and compares the first
// article's body with its want exactly.
func checkBodies(t *testing.T, tests []bodyCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("p.html", []byte(tt.page), Options{Input: "html"})
			if err != nil {
				t.Fatal(err)
			}
			if got := arts[0].Body; !reflect.DeepEqual(got, tt.body) {
				t.Errorf("body\n%q\nwant\n%q", got, tt.body)
			}
		})
	}
}
