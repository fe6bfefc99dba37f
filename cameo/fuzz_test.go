package cameo_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/internal/testutil"
)

// FuzzParse checks Parse never panics and its errors name the input.
func FuzzParse(f *testing.F) {
	for _, d := range testutil.Files(f, 1, "cameo/cameo.txt") {
		f.Add(d[:min(len(d), 4096)])
	}
	f.Add([]byte("01 | Make statement | 1 | 0 | -\n010 | x | 1 | 0.0 | AGREE/y\n0101 | z | 4 | 11 | -\n"))
	f.Add([]byte("19 | Fight | 4 | NaN | ASSAULT\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := cameo.Parse(bytes.NewReader(data), "onto.txt")
		if err != nil {
			if !strings.Contains(err.Error(), "onto.txt") {
				t.Errorf("error does not name the input: %v", err)
			}
			return
		}
		for _, c := range o.Codes() {
			if _, ok := o.Lookup(c.Code); !ok {
				t.Errorf("code %q listed but not found", c.Code)
			}
			o.Base(c.Code)
		}
	})
}
