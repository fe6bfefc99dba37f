package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSimHashValues pins SimHash's values: they are stored with every
// article (articles.simhash) and compared with the hashes of later
// articles, so an implementation change must not move a single bit.
func TestSimHashValues(t *testing.T) {
	long := strings.Repeat(strings.Join(story, " ")+" ", 12) // > 255 shingles
	for _, tt := range []struct {
		text string
		want uint64
	}{
		{"", 0},
		{"  ,. ", 0},
		{"Seoul", 0x35ae093678029008},
		{"Seoul talks", 0xc7eb28266027b189},
		{"North Korea fired missiles", 0x4041854922081a42},
		{"Ünïcode wörds ÄND 2024 digits", 0x31042f296cd1cef7},
		{"\u212a\u0130STANBUL \xff\xfe bad BYTES\u00a0and ΣΊΣΥΦΟΣ ΟΔΟΣ in Αθήνα", 0x30512d8ad484d01c},
		{strings.Join(story, "\n\n"), 0xf7829c313b66b977},
		{long, 0xf7829c313b66b976},
	} {
		if got := SimHash(tt.text); got != tt.want {
			t.Errorf("SimHash(%.40q) = %#x, want %#x", tt.text, got, tt.want)
		}
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := strings.Join(story, "\n\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SimHash(text)
	}
}

func BenchmarkSketch(b *testing.B) {
	text := strings.Join(story, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sketch(text, true)
	}
}

func ExampleSimHash() {
	a := SimHash("Japan and Australia signed a fisheries pact in Canberra on Tuesday.")
	b := SimHash("Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.")
	fmt.Println(Hamming(a, b) <= DefaultMaxDistance)
	// Output: true
}

// TestCandidateShingles checks that copies of one story compare with
// cached shingle sets (two for four copies: the first article's, then the
// first copy's, nearer to the others), that the cache keeps at most
// shCacheSize sets, and that a failed batch empties it.
func TestCandidateShingles(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	first := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	save(t, db, first)
	var copies []string
	for i := range 4 {
		c := newArticle(fmt.Sprintf("https://copy%d.example.net/leaflets", i), fmt.Sprintf("Outlet %d", i), "2024-07-13", syndicated())
		if r := save(t, db, c); !r.NearDuplicate || r.DupGroup != first.ID {
			t.Fatalf("copy %d: %+v", i, r)
		}
		copies = append(copies, c.ID)
	}
	if len(db.shCache) != 2 || db.shCache[first.ID] == nil || db.shCache[copies[0]] == nil {
		t.Fatalf("cache holds %d sets, want the first article's and the first copy's", len(db.shCache))
	}
	for i := range shCacheSize + 3 {
		db.cacheShingles(fmt.Sprint("id", i), []uint64{uint64(i)})
	}
	if len(db.shCache) != shCacheSize || len(db.shRing) != shCacheSize || db.shCache["id2"] != nil || db.shCache["id3"] == nil {
		t.Errorf("after %d more sets: %d cached, ring %d", shCacheSize+3, len(db.shCache), len(db.shRing))
	}
	if _, err := db.SaveBatch(ctx, []Item{{}}); err == nil {
		t.Fatal("an item without article saved")
	}
	if len(db.shCache) != 0 {
		t.Errorf("after a failed batch the cache holds %d sets", len(db.shCache))
	}
}

// TestArticleSketch checks that the sketch is SimHash and the shingle set
// the writer would compute, and that a near-duplicate saved with its
// sketch joins the same group as one saved without.
func TestArticleSketch(t *testing.T) {
	for _, body := range [][]string{story, syndicated(), {"Seoul talks"}, {"", " ,. "}} {
		a := newArticle("https://example.org/sketch", "Example Wire", "2024-07-13", body)
		h, sh := ArticleSketch(a)
		if h != ArticleHash(a) {
			t.Errorf("%.20q: sketch hash %#x, ArticleHash %#x", body, h, ArticleHash(a))
		}
		slices.Sort(sh)
		if got, want := fmt.Sprint(slices.Compact(sh)), fmt.Sprint(shingles(strings.Join(body, "\n\n"))); got != want {
			t.Errorf("%.20q: sketch shingles %s, want %s", body, got, want)
		}
	}
	db := openTemp(t)
	first := newArticle("https://example.org/leaflets", "Example Wire", "2024-07-13", story)
	save(t, db, first)
	c := newArticle("https://copy.example.net/leaflets", "Copy", "2024-07-13", syndicated())
	h, sh := ArticleSketch(c)
	res, err := db.SaveBatch(context.Background(), []Item{{Article: c, Events: fakeCode(c), SimHash: h, Shingles: sh}})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].NearDuplicate || res[0].DupGroup != first.ID {
		t.Errorf("copy saved with its sketch: %+v", res[0])
	}
}
