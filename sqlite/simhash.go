package sqlite

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// shingleSize is the number of words in a SimHash shingle.
const shingleSize = 3

// SimHash returns the 64-bit SimHash of text over overlapping word shingles
// of three words (words are runs of letters and digits, lower-cased). Texts
// that share most shingles have hashes at a small Hamming distance; unrelated
// texts are about 32 bits apart. A text of fewer than three words is hashed
// as a single shingle; an empty text hashes to 0.
func SimHash(text string) uint64 {
	h, _ := sketch(text, false)
	return h
}

// sketch returns SimHash(text) and, when keep is set, the hashes of the
// text's shingles in text order (as eachShingle gives them, repeats
// included): what the near-duplicate check compares, once sorted.
func sketch(text string, keep bool) (uint64, []uint64) {
	var kept []uint64
	if keep {
		kept = make([]uint64, 0, len(text)/6+1)
	}
	// Each bit of the hash is set when more than half of the shingles'
	// hashes have it set. The counts are kept eight bits at a time: byte j
	// of a shingle's hash adds spread[that byte] to sums[j], whose eight
	// bytes count bits 8j..8j+7; every 255 shingles the byte counters
	// are emptied into ones before they can overflow. (Summing ±1 per bit
	// of each shingle, 64 steps a shingle, was a tenth of ingest's CPU.)
	var ones [64]int
	var sums [8]uint64
	shingles, k := 0, 0
	drain := func() {
		for j, s := range sums {
			for b := range 8 {
				ones[8*j+b] += int(s >> (8 * b) & 0xff)
			}
		}
		sums = [8]uint64{}
		k = 0
	}
	n := eachShingle(text, func(v uint64) {
		if keep {
			kept = append(kept, v)
		}
		v = mix64(v)
		for j := range sums {
			sums[j] += spread[byte(v>>(8*j))]
		}
		shingles++
		if k++; k == 255 {
			drain()
		}
	})
	if n == 0 {
		return 0, kept
	}
	drain()
	var out uint64
	for i, c := range ones {
		if 2*c > shingles {
			out |= 1 << i
		}
	}
	return out, kept
}

// spread maps a byte to a word with bit b of the byte in the low bit of
// the word's byte b (0x05 → 0x0000000000010001): adding spread values
// counts eight bits at once. Computed once, never changed.
var spread = func() (t [256]uint64) {
	for v := range t {
		for b := range 8 {
			t[v] |= uint64(v>>b&1) << (8 * b)
		}
	}
	return t
}()

// FNV-1a 64-bit parameters (hash/fnv), inlined so that hashing a shingle
// allocates nothing.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// eachShingle calls fn with the 64-bit FNV-1a hash of each three-word
// shingle of text — the words (runs of letters and digits of the
// lower-cased text) joined by single spaces — or of all the words when
// there are fewer than three, and returns the number of words. It
// allocates only the lower-cased words, lower-casing rune by rune as
// strings.ToLower does (an invalid byte is U+FFFD, no letter) in the same
// pass that finds the words, and keeps the offsets of the last three
// words only (a slice of every word's offsets was a third of its
// allocation).
func eachShingle(text string, fn func(uint64)) int {
	low := make([]byte, 0, len(text))
	// win holds the last words: their offsets in low and the FNV-1a
	// state after the word alone, which is a shingle's state after its
	// first word (so a word's bytes are hashed twice, not three times:
	// BenchmarkSketch ~11 % faster).
	type span struct {
		start, end int
		h          uint64
	}
	var win [shingleSize]span
	n := 0
	hash := func(ws []span) uint64 {
		h := ws[0].h
		for _, w := range ws[1:] {
			h = (h ^ ' ') * fnvPrime
			for _, c := range low[w.start:w.end] {
				h = (h ^ uint64(c)) * fnvPrime
			}
		}
		return h
	}
	word := func(start, end int) {
		h := uint64(fnvOffset)
		for _, c := range low[start:end] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		if n < shingleSize {
			win[n] = span{start, end, h}
		} else {
			win[0], win[1], win[2] = win[1], win[2], span{start, end, h}
		}
		if n++; n >= shingleSize {
			fn(hash(win[:]))
		}
	}
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		isWord := false
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i++
			if isWord = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'; isWord {
				if start < 0 {
					start = len(low)
				}
				low = append(low, c)
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			r = unicode.ToLower(r)
			if isWord = unicode.IsLetter(r) || unicode.IsDigit(r); isWord {
				if start < 0 {
					start = len(low)
				}
				low = utf8.AppendRune(low, r)
			}
		}
		if !isWord && start >= 0 {
			word(start, len(low))
			start = -1
		}
	}
	if start >= 0 {
		word(start, len(low))
	}
	if n > 0 && n < shingleSize {
		fn(hash(win[:n]))
	}
	return n
}

// mix64 is the splitmix64 finaliser; it spreads FNV's weak high bits.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// shingles returns the set of three-word shingles of text (as SimHash
// splits words), hashed to 64 bits, as a sorted slice without repeats.
func shingles(text string) []uint64 {
	var set []uint64
	eachShingle(text, func(h uint64) { set = append(set, h) })
	slices.Sort(set)
	return slices.Compact(set)
}

// Containment returns |A∩B| / min(|A|,|B|) over the three-word shingle sets
// of a and b: 1 when one text's shingles are all in the other (a copy with a
// trimmed end), near 0 for different texts. Two empty texts give 0.
func Containment(a, b string) float64 { return containment(shingles(a), shingles(b)) }

// ShingleSet returns the set of text's three-word shingles as Containment
// compares them: hashed to 64 bits, sorted, without repeats.
func ShingleSet(text string) []uint64 { return shingles(text) }

// SetContainment is Containment over two sets as ShingleSet returns them.
func SetContainment(a, b []uint64) float64 { return containment(a, b) }

// containment is Containment over two sorted shingle sets, by merging them.
func containment(sa, sb []uint64) float64 {
	if min(len(sa), len(sb)) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(sa) && j < len(sb) {
		switch {
		case sa[i] < sb[j]:
			i++
		case sa[i] > sb[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(min(len(sa), len(sb)))
}
