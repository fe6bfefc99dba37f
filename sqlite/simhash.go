package sqlite

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// shingleSize is the number of words in a SimHash shingle.
const shingleSize = 3

// SimHash returns the 64-bit SimHash of text over overlapping word shingles
// of three words (words are runs of letters and digits, lower-cased). Texts
// that share most shingles have hashes at a small Hamming distance; unrelated
// texts are about 32 bits apart. A text of fewer than three words is hashed
// as a single shingle; an empty text hashes to 0.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	var acc [64]int
	add := func(s string) {
		h := fnv.New64a()
		h.Write([]byte(s))
		v := mix64(h.Sum64())
		for i := range 64 {
			if v&(1<<i) != 0 {
				acc[i]++
			} else {
				acc[i]--
			}
		}
	}
	if len(words) < shingleSize {
		add(strings.Join(words, " "))
	} else {
		for i := 0; i+shingleSize <= len(words); i++ {
			add(strings.Join(words[i:i+shingleSize], " "))
		}
	}
	var out uint64
	for i, n := range acc {
		if n > 0 {
			out |= 1 << i
		}
	}
	return out
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
// splits words), hashed to 64 bits.
func shingles(text string) map[uint64]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	set := map[uint64]bool{}
	add := func(s string) {
		h := fnv.New64a()
		h.Write([]byte(s))
		set[h.Sum64()] = true
	}
	if len(words) > 0 && len(words) < shingleSize {
		add(strings.Join(words, " "))
	}
	for i := 0; i+shingleSize <= len(words); i++ {
		add(strings.Join(words[i:i+shingleSize], " "))
	}
	return set
}

// Containment returns |A∩B| / min(|A|,|B|) over the three-word shingle sets
// of a and b: 1 when one text's shingles are all in the other (a copy with a
// trimmed end), near 0 for different texts. Two empty texts give 0.
func Containment(a, b string) float64 { return containment(shingles(a), shingles(b)) }

func containment(sa, sb map[uint64]bool) float64 {
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	if len(sa) == 0 {
		return 0
	}
	n := 0
	for k := range sa {
		if sb[k] {
			n++
		}
	}
	return float64(n) / float64(len(sa))
}
