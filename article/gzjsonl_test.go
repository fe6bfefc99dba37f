package article

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
)

// TestEachJSONLGzip: a gzip'd JSON Lines stream is read record by record
// as a plain one (dyad code --input jsonl x.jsonl.gz read it as binary
// data, "NUL byte at byte 8"); one cut off keeps its records before the
// cut and says the cut; a bad gzip header is said so.
func TestEachJSONLGzip(t *testing.T) {
	whole, _ := testutil.Gzip(t, `{"id":"g1","date":"2024-03-04","text":"Kenya thanked Japan on Monday."}`+"\n"+
		"{not json\n"+
		`{"id":"g3","date":"2024-03-04","text":"Chile praised Peru on Monday."}`+"\n")
	read := func(data []byte) (ids, bads []string, err error) {
		err = EachJSONL("wire.jsonl.gz", bytes.NewReader(data), Options{}, func(a *dyad.Article) error {
			ids = append(ids, a.ID)
			return nil
		}, func(e error) { bads = append(bads, e.Error()) })
		return
	}
	ids, bads, err := read(whole)
	if strings.Join(ids, ",") != "g1,g3" || len(bads) != 1 || !strings.HasPrefix(bads[0], "wire.jsonl.gz:2: bad JSON") || err != nil {
		t.Errorf("whole: ids %v, bad %q, err %v; want g1,g3 and line 2 bad", ids, bads, err)
	}
	// cut inside the second record's deflate stream: the first is kept
	cut, ends := testutil.Gzip(t, `{"id":"c1","text":"Kenya thanked Japan on Monday."}`+"\n",
		`{"id":"c2","text":"`+strings.Repeat("Chile praised Peru. ", 50)+`"}`+"\n")
	ids, bads, err = read(cut[:ends[0]+20])
	if strings.Join(ids, ",") != "c1" || len(bads) != 0 || err == nil ||
		err.Error() != "wire.jsonl.gz: truncated gzip data (the records before the cut are read)" {
		t.Errorf("cut: ids %v, bad %q, err %v; want c1 kept and the cut said", ids, bads, err)
	}
	ids, bads, err = read([]byte{0x1f, 0x8b, 0, 0})
	if len(ids) != 0 || len(bads) != 1 || bads[0] != "wire.jsonl.gz: not a readable gzip file: unexpected EOF" || err != nil {
		t.Errorf("bad header: ids %v, bad %q, err %v", ids, bads, err)
	}
}
