package article

import (
	"reflect"
	"testing"
)

// TestFormatCharacters: invisible format characters, written as
// characters or as HTML character references, are dropped from every
// reader's paragraphs, so the words they split are whole ("Khar&shy;kiv"
// is "Kharkiv") and the stored text holds none (a new user's pages,
// session 70: "&#65279;Kenyan police … in &#xFEFF;Nairobi" kept both in
// evidence.text and gave no place). Visible characters stay: a no-break
// space is white space, "ñ" and "’" are letters and punctuation.
func TestFormatCharacters(t *testing.T) {
	for _, c := range []struct {
		name, input, in string
		body            []string
	}{
		{"refs.html", "html", "<p>&#65279;Kenyan police arrested 30 protesters in &#xFEFF;Nairobi on Thursday.</p>",
			[]string{"Kenyan police arrested 30 protesters in Nairobi on Thursday."}},
		{"zwsp.html", "html", "<p>Kenyan police arrested 30 protesters in &#8203;Nairobi on Thursday.</p>",
			[]string{"Kenyan police arrested 30 protesters in Nairobi on Thursday."}},
		{"shy.html", "html", "<p>Russian forces shelled Khar&shy;kiv on Thursday.</p><p>Pe\u00f1a&zwj;&zwnj; said&#8288; it&#8217;s over.</p>",
			[]string{"Russian forces shelled Kharkiv on Thursday.", "Peña said it’s over."}},
		{"mid.txt", "text", "Kenyan police arrested 30 protesters in \ufeffNairobi on Thursday.\n\nRussian forces shelled Khar\u00adkiv\u200b \u200bon\u00a0Friday.\n",
			[]string{"Kenyan police arrested 30 protesters in Nairobi on Thursday.", "Russian forces shelled Kharkiv on Friday."}},
		{"rec.jsonl", "jsonl", `{"title":"t","text":"Russian forces shelled Khar\u00adkiv on Thursday.\n\nPolice in \ufeffNairobi\u200b arrested 30."}` + "\n",
			[]string{"Russian forces shelled Kharkiv on Thursday.", "Police in Nairobi arrested 30."}},
	} {
		arts, err := Read(c.name, []byte(c.in), Options{Input: c.input})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(arts[0].Body, c.body) {
			t.Errorf("%s: body %q;\nwant %q", c.name, arts[0].Body, c.body)
		}
	}
}
