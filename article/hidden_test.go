package article

import "testing"

// TestHTMLHiddenParagraphs reads pages with paragraphs no reader sees
// (session 74, a new user's trial: they were coded as body text): an
// inline display: none or visibility: hidden, the hidden attribute, in
// the page's <article> and in a page of bare <div>s (trafilatura's body).
// They go; the story stays, with a paragraph hidden="until-found" (a
// reader's find shows it), one whose style shows it (display: block,
// aria-hidden="false"), a paragraph aria-hidden="true" (hidden from a
// screen reader alone: a paywalled paragraph a page shows, as TechRadar's
// <p class="paywall" aria-hidden="true">, review74a), and a page whose
// <body> is hidden whole until its scripts run.
func TestHTMLHiddenParagraphs(t *testing.T) {
	teaser := `Rebels shelled the capital's airport overnight, killing twelve soldiers.`
	story := userStory
	withHidden := func(open, close string) string {
		return `<article>` + paras(story[:2]) + open + teaser + close + paras(story[2:]) + `</article>`
	}
	tests := []bodyCase{
		{"display none", userPage(userDate, withHidden(`<p style="display:none">`, `</p>`)), story},
		{"display none important, spaced, upper case", userPage(userDate, withHidden(`<p style="color: red; DISPLAY : None !important">`, `</p>`)), story},
		{"visibility hidden", userPage(userDate, withHidden(`<p style="visibility: hidden">`, `</p>`)), story},
		{"hidden attribute", userPage(userDate, withHidden(`<p hidden>`, `</p>`)), story},
		{"aria-hidden paywall paragraph stays", userPage(userDate, `<article>`+paras(story[:2])+`<p class="paywall" aria-hidden="true">`+story[2]+`</p>`+paras(story[3:])+`</article>`), story},
		{"aria-hidden div stays", userPage(userDate, `<article>`+paras(story[:2])+`<div aria-hidden="true"><p>`+story[2]+`</p></div>`+paras(story[3:])+`</article>`), story},
		{"hidden in bare divs", userPage(userDate, `<div class="text">`+paras(story[:2])+`<div style="display:none"><p>`+teaser+`</p></div>`+paras(story[2:])+`</div>`), story},
		{"until-found stays", userPage(userDate, `<article>`+paras(story[:2])+`<p hidden="until-found">`+story[2]+`</p>`+paras(story[3:])+`</article>`), story},
		{"shown stays", userPage(userDate, `<article>`+paras(story[:2])+`<p style="display: block; visibility: visible" aria-hidden="false">`+story[2]+`</p>`+paras(story[3:])+`</article>`), story},
		{"display none then block stays", userPage(userDate, `<article>`+paras(story[:2])+`<p style="display:none;display:block">`+story[2]+`</p>`+paras(story[3:])+`</article>`), story},
		{"body hidden whole", `<html><head><title>Army convoy crosses border</title>` + userDate + `</head><body style="visibility:hidden"><main><h1>Army convoy crosses border to reach garrison</h1><article>` + paras(story) + `</article></main></body></html>`, story},
	}
	checkBodies(t, tests)
}
