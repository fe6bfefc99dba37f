package article

import "strings"

// dropUnfinished removes from body, the paragraphs of a page cut off
// before its end, the unfinished sentence the cut left at the end of the
// last paragraph: the text after its last sentence end ('.', '!' or '?',
// with any closing quotes or brackets, followed by a space), or the
// whole paragraph when it has none. A last paragraph that ends with a
// sentence end, a quote or a bracket after one stays as it is. It
// returns the body, shortened in place.
func dropUnfinished(body []string) []string {
	if len(body) == 0 {
		return body
	}
	last := strings.TrimSpace(body[len(body)-1])
	if sentenceEnd(last, len(last)) {
		return body
	}
	for i := len(last) - 1; i > 0; i-- {
		if last[i] == ' ' && sentenceEnd(last, i) {
			body[len(body)-1] = strings.TrimSpace(last[:i])
			return body
		}
	}
	return body[:len(body)-1]
}

// sentenceEnd reports whether p[:i] ends a sentence: a '.', '!' or '?'
// with any closing quotes or brackets after it.
func sentenceEnd(p string, i int) bool {
	for i > 0 {
		switch {
		case strings.HasSuffix(p[:i], "”") || strings.HasSuffix(p[:i], "’"):
			i -= len("”")
		case p[i-1] == '"' || p[i-1] == '\'' || p[i-1] == ')' || p[i-1] == ']':
			i--
		default:
			c := p[i-1]
			return c == '.' || c == '!' || c == '?'
		}
	}
	return false
}
