package article

import (
	"reflect"
	"testing"
)

// TestRunOnBlocks: a short page whose story container trafilatura takes
// as one string ("<h1>Kharkiv news</h1><p>Russian forces …") gives its
// paragraphs, never a heading glued to the first sentence ("Kharkiv
// newsRussian forces …"); a heading equal to the title is dropped, as on
// longer pages.
func TestRunOnBlocks(t *testing.T) {
	const lead = "Russian forces shelled Kharkiv on Monday, the owner said, and the attack killed three people in the city."
	const second = "Rescue workers searched the rubble of a shop through the night, the regional governor said on Tuesday."
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"heading equal to the title, one paragraph",
			`<html><head><title>Kharkiv news</title></head><body><article><h1>Kharkiv news</h1><p>` + lead + `</p></article></body></html>`,
			[]string{lead}},
		{"heading other than the title, one paragraph",
			`<html><head><title>Kharkiv news</title></head><body><article><h1>Shelling in the east</h1><p>` + lead + `</p></article></body></html>`,
			[]string{lead}},
		{"heading, two paragraphs",
			`<html><head><title>Kharkiv news</title></head><body><article><h1>Kharkiv news</h1><p>` + lead + `</p><p>` + second + `</p></article></body></html>`,
			[]string{lead, second}},
		{"no container",
			`<html><head><title>Kharkiv news</title></head><body><h1>Kharkiv news</h1><p>` + lead + `</p></body></html>`,
			[]string{lead}},
	} {
		arts, err := Read("h1.html", []byte(c.page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := arts[0].Body; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: body %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSplitRunOn: only a block that is whole page blocks run together is
// split; a block with text of its own, or one page block, is kept.
func TestSplitRunOn(t *testing.T) {
	page := []string{headingMark + "Title", "First one.", "Second one.", "Third."}
	for _, c := range []struct {
		body, want []string
	}{
		{[]string{"TitleFirst one."}, []string{headingMark + "Title", "First one."}},
		{[]string{"First one.Second one.Third."}, []string{"First one.", "Second one.", "Third."}},
		{[]string{"Intro.", "First one.Second one."}, []string{"Intro.", "First one.", "Second one."}},
		{[]string{"TitleFirst one. And more."}, []string{"TitleFirst one. And more."}},
		{[]string{"First one."}, []string{"First one."}},
		{[]string{"Second one.First one."}, []string{"Second one.First one."}},
	} {
		if got := splitRunOn(c.body, page); !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitRunOn(%q) = %q, want %q", c.body, got, c.want)
		}
	}
}
