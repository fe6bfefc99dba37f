package sqlite

import (
	"fmt"
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

func ExampleSimHash() {
	a := SimHash("Japan and Australia signed a fisheries pact in Canberra on Tuesday.")
	b := SimHash("Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.")
	fmt.Println(Hamming(a, b) <= DefaultMaxDistance)
	// Output: true
}
