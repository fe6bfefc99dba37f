// Tests of cutfragment.go: cut HTML fragments lose their unfinished
// sentence with a warning naming the input and line.

package article

import (
	"reflect"
	"testing"
)

// TestCutFragment: an HTML fragment with no <html> or <body> cut off
// mid-sentence loses the unfinished sentence, with a warning naming the
// input, its line and the words, and keeps the rest; it was read whole
// and coded ("China warned Jap" gave CHN 130; known leftover). A fragment
// whose last paragraph ends a sentence, or that ends with a tag, is read
// as before, without a warning.
func TestCutFragment(t *testing.T) {
	for _, c := range []struct {
		name, data string
		body       []string
		warn       string
	}{
		{"cut.html", "<p>China recalled its ambassador from Tokyo on Tuesday.</p>\n<p>Beijing summoned the envoy. China warned Jap",
			[]string{"China recalled its ambassador from Tokyo on Tuesday.", "Beijing summoned the envoy."},
			`cut.html:2: the HTML ends mid-sentence, as if cut off ("China warned Jap"): that sentence is not coded`},
		{"tag.html", "<p>China recalled its ambassador from Tokyo on Tuesday.</p>\n<p>China warned Japan on Wednesday against <a hre",
			[]string{"China recalled its ambassador from Tokyo on Tuesday."},
			`tag.html:2: the HTML ends mid-sentence, as if cut off ("China warned Japan on Wednesday against"): that sentence is not coded`},
		{"open.html", "<p>China recalled its ambassador from Tokyo on Tuesday.\n<p>Japan protested.\n",
			[]string{"China recalled its ambassador from Tokyo on Tuesday.", "Japan protested."}, ""},
		{"closed.html", "<p>China recalled its ambassador from Tokyo on Tuesday.</p>\n<p>China warned Japan</p>\n",
			[]string{"China recalled its ambassador from Tokyo on Tuesday.", "China warned Japan"}, ""},
	} {
		var warns []string
		arts, err := Read(c.name, []byte(c.data), Options{Input: "html", Warn: func(w string) { warns = append(warns, w) }})
		if err != nil || len(arts) != 1 {
			t.Errorf("%s: %d articles, %v", c.name, len(arts), err)
			continue
		}
		var want []string
		if c.warn != "" {
			want = []string{c.warn}
		}
		if !reflect.DeepEqual(arts[0].Body, c.body) || !reflect.DeepEqual(warns, want) {
			t.Errorf("%s: body %q, warnings %q; want %q, %q", c.name, arts[0].Body, warns, c.body, want)
		}
	}
}
