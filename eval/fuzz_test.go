package eval_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/internal/testutil"
)

// FuzzReadGold checks ReadGold never panics and its errors name the input.
func FuzzReadGold(f *testing.F) {
	for _, d := range testutil.Files(f, 2, "testdata/gold/*.jsonl") {
		f.Add(d[:min(len(d), 4096)])
	}
	f.Add([]byte(`{"id":"x","date":"2024-01-01","text":"A","events":[{"source":null,"cameo":"011"}]}` + "\n{\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var err error
		testutil.Within(t, 5*time.Second, func() { _, err = eval.ReadGold(bytes.NewReader(data), "gold.jsonl") })
		if err != nil && !strings.Contains(err.Error(), "gold.jsonl") {
			t.Errorf("error does not name the input: %v", err)
		}
	})
}
