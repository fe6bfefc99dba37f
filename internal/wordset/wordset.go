// Package wordset is a small, fast filter in front of a dictionary map
// keyed by word: most tokens of a news sentence are in none of the
// coder's dictionaries, and a map lookup that misses costs several cache
// misses where this filter costs one hash and one bit.
package wordset

// Filter answers "certainly not in the set" or "maybe in the set" for the
// words added to it: 65,536 bits (8 KiB) indexed by a hash of the word,
// so a set of a few thousand words lets ~95 % of other words through as
// certain misses. The zero Filter holds no word. Add must not run
// concurrently with Has; Has is safe for concurrent use.
type Filter struct {
	bits [1 << 10]uint64
}

// Add adds w.
func (f *Filter) Add(w string) {
	h := hash(w)
	f.bits[h>>6] |= 1 << (h & 63)
}

// Has reports false when w was certainly not added, true when it may have
// been.
func (f *Filter) Has(w string) bool {
	h := hash(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// hash is 32-bit FNV-1a folded to 16 bits.
func hash[S string | []byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return (h ^ h>>16) & 0xffff
}

// HasBytes is Has for a word held in a byte slice.
func (f *Filter) HasBytes(w []byte) bool {
	h := hash(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}
