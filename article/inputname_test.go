package article

import "testing"

// TestInputName: a name with a control character, a bidirectional
// override or bytes that are not UTF-8 is quoted; any other name,
// spaces, quotes and accents included, is as given.
func TestInputName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"news/a\nb.txt", `"news/a\nb.txt"`},
		{"news/a\tb.txt", `"news/a\tb.txt"`},
		{"news/\x1b[31mred.txt", `"news/\x1b[31mred.txt"`},
		{"news/\u202etxt.exe", `"news/\u202etxt.exe"`},
		{"news/\xffa.txt", `"news/\xffa.txt"`},
		{"news/a b.txt", "news/a b.txt"},
		{`news/"quoted".txt`, `news/"quoted".txt`},
		{"news/café.txt", "news/café.txt"},
		{"-", "-"},
	} {
		if got := InputName(tt.in); got != tt.want {
			t.Errorf("InputName(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
