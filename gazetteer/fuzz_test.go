package gazetteer_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/internal/testutil"
)

// FuzzParse checks Parse never panics and its errors name the input.
func FuzzParse(f *testing.F) {
	for _, d := range testutil.Files(f, 1, "gazetteer/data/places.txt") {
		f.Add(d[:min(len(d), 4096)])
	}
	f.Add([]byte("Seoul | KOR | capital | 37.56 | 126.97 | 9776000 | Soul; Keijo\n"))
	f.Add([]byte("X | KOR | city | 91 | NaN | -1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := gazetteer.Parse(bytes.NewReader(data), "places.txt")
		if err != nil && !strings.Contains(err.Error(), "places.txt") {
			t.Errorf("error does not name the input: %v", err)
		}
	})
}
