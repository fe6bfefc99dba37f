// Cut fragments: an HTML fragment (no <html> or <body>) that ends mid-text
// is read less its unfinished sentence, with a warning saying so.

package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// cutFragment reports an HTML fragment (no <html> or <body>: cutPage
// says nothing of it) that ends as a download or copy cut off mid-text
// does: in a tag left open ("<p>China warned Jap<a hr") or in text after
// its last tag, with no end tag after it ("<p>China warned Jap"). A
// fragment ending with a tag ("…</p>", "…<br>") is whole. line is the
// 1-based number of its last line.
func cutFragment(data []byte) (line int, cut bool) {
	lower := bytes.ToLower(data[:min(len(data), 1<<16)])
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
		return 0, false // a page: cutPage's
	}
	t := bytes.TrimRight(data, " \t\r\n\f")
	if len(t) == 0 || t[len(t)-1] == '>' {
		return 0, false
	}
	return bytes.Count(t, []byte("\n")) + 1, true
}

// dropCutSentence removes from body, the paragraphs of a fragment that
// cutFragment says is cut off, the sentence the cut left unfinished
// (dropUnfinished) and returns the warning for it, naming the input,
// line and words dropped: `cut.html:1: the HTML ends mid-sentence, as if
// cut off ("China warned Jap"): that sentence is not coded`; "" when the
// last paragraph ends a sentence (nothing dropped).
func dropCutSentence(name string, line int, body []string) ([]string, string) {
	if len(body) == 0 {
		return body, ""
	}
	last := strings.TrimSpace(body[len(body)-1])
	n := len(body)
	body = dropUnfinished(body)
	var dropped string
	if len(body) < n {
		dropped = last
	} else {
		dropped = strings.TrimSpace(strings.TrimPrefix(last, body[len(body)-1]))
	}
	if dropped == "" {
		return body, ""
	}
	if utf8.RuneCountInString(dropped) > 60 {
		r := []rune(dropped)
		dropped = "…" + string(r[len(r)-59:])
	}
	return body, fmt.Sprintf("%s:%d: the HTML ends mid-sentence, as if cut off (%q): that sentence is not coded", name, line, dropped)
}
