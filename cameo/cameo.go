// Package cameo holds the CAMEO 1.1b3 event ontology: every event code with
// its name, GDELT QuadClass, Goldstein score and PLOVER type and mode.
//
// The ontology is the human-readable data file cameo.txt, embedded in the
// binary and parsed by Default; Parse reads the same format from elsewhere.
// Callers load it once and pass the *Ontology around: the package keeps no
// state of its own.
package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

//go:embed cameo.txt
var defaultData string

// PloverTypes returns the 16 PLOVER event types in the PLOVER manual's
// order (cooperation first, then conflict).
func PloverTypes() []string {
	return []string{
		"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
	}
}

// IsPloverType reports whether s is one of the 16 PLOVER event types.
func IsPloverType(s string) bool {
	for _, t := range PloverTypes() {
		if s == t {
			return true
		}
	}
	return false
}

// Code is one CAMEO event code.
type Code struct {
	// Code is the CAMEO event code as written: "02" (root), "025" (base),
	// "0251" (sub-code). Leading zeros are significant.
	Code string
	// Name is the codebook's name: "Appeal for easing of administrative sanctions".
	Name string
	// QuadClass is GDELT's: 1 verbal cooperation (roots 01–05), 2 material
	// cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
	QuadClass int
	// Goldstein is the Goldstein (1992) conflict–cooperation score, −10..10.
	Goldstein float64
	// Plover is the PLOVER event type and mode; Event is empty when PLOVER
	// has no counterpart (most of root 01).
	Plover dyad.Plover
}

// Root returns the 2-digit root of the code: "0251" → "02", "19" → "19".
func (c Code) Root() string { return Root(c.Code) }

// Root returns the 2-digit root of a code string ("0251" → "02"); codes
// shorter than two characters are returned unchanged.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// RootCode normalises a CAMEO root as a user types it: "1" to "20" and
// "01" to "20" (surrounding spaces ignored) give the two-digit root ("01",
// "14"); anything else ("0", "21", "1a", "014", "") gives ok false.
func RootCode(s string) (root string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2 || strings.Trim(s, "0123456789") != "" {
		return "", false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 20 {
		return "", false
	}
	return fmt.Sprintf("%02d", n), true
}

// QuadClassOf returns the GDELT QuadClass of a root ("01".."20"), or 0 when
// root is not a CAMEO root.
func QuadClassOf(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// Ontology is a parsed set of CAMEO codes. It is read-only after Parse and
// safe for concurrent use.
type Ontology struct {
	codes  map[string]Code
	sorted []Code
}

// Default parses the embedded cameo.txt (CAMEO 1.1b3, 316 codes). It fails
// only if the embedded file is broken, which the package tests rule out.
func Default() (*Ontology, error) {
	return Parse(strings.NewReader(defaultData), "cameo.txt")
}

// Parse reads an ontology in the cameo.txt format: one code per line,
//
//	code | name | quad | goldstein | plover
//
// where plover is "TYPE/mode", "TYPE" or "-". '#' starts a comment; blank
// lines are ignored. Errors name the input as "name:line": a wrong field
// count, a code that is not 2–4 digits, a quad class other than 1–4 or not
// matching the root, a Goldstein score that is not a number in [-10, 10],
// an unknown PLOVER type, a duplicate code, or a code whose root (or, for
// a 4-digit code, whose 3-digit base) is missing from the input.
func Parse(r io.Reader, name string) (*Ontology, error) {
	o := &Ontology{codes: make(map[string]Code)}
	lines := make(map[string]int)
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		c, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if prev, ok := lines[c.Code]; ok {
			return nil, fmt.Errorf("%s:%d: duplicate code %q (first on line %d)", name, n, c.Code, prev)
		}
		lines[c.Code] = n
		o.codes[c.Code] = c
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for code, c := range o.codes {
		if len(code) > 2 {
			if _, ok := o.codes[c.Root()]; !ok {
				return nil, fmt.Errorf("%s:%d: code %q: root %q is missing", name, lines[code], code, c.Root())
			}
		}
		if len(code) == 4 {
			if _, ok := o.codes[code[:3]]; !ok {
				return nil, fmt.Errorf("%s:%d: code %q: base code %q is missing", name, lines[code], code, code[:3])
			}
		}
	}
	o.sorted = make([]Code, 0, len(o.codes))
	for _, c := range o.codes {
		o.sorted = append(o.sorted, c)
	}
	sort.Slice(o.sorted, func(i, j int) bool { return o.sorted[i].Code < o.sorted[j].Code })
	return o, nil
}

func parseLine(line string) (Code, error) {
	f := strings.Split(line, "|")
	if len(f) != 5 {
		return Code{}, fmt.Errorf("want 5 fields separated by \" | \", got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	c := Code{Code: f[0], Name: f[1]}
	if len(c.Code) < 2 || len(c.Code) > 4 || strings.Trim(c.Code, "0123456789") != "" {
		return Code{}, fmt.Errorf("bad code %q: want 2 to 4 digits", c.Code)
	}
	root := c.Root()
	want := QuadClassOf(root)
	if want == 0 {
		return Code{}, fmt.Errorf("code %q: root %q is not a CAMEO root (01-20)", c.Code, root)
	}
	if c.Name == "" {
		return Code{}, fmt.Errorf("code %q: empty name", c.Code)
	}
	q, err := strconv.Atoi(f[2])
	if err != nil || q < 1 || q > 4 {
		return Code{}, fmt.Errorf("code %q: bad quad class %q: want 1, 2, 3 or 4", c.Code, f[2])
	}
	if q != want {
		return Code{}, fmt.Errorf("code %q: quad class %d does not match root %s (want %d)", c.Code, q, root, want)
	}
	c.QuadClass = q
	g, err := strconv.ParseFloat(f[3], 64)
	if err != nil || math.IsNaN(g) || g < -10 || g > 10 {
		return Code{}, fmt.Errorf("code %q: bad Goldstein score %q: want a number in [-10, 10]", c.Code, f[3])
	}
	c.Goldstein = g
	if f[4] != "-" {
		typ, mode, _ := strings.Cut(f[4], "/")
		if !IsPloverType(typ) {
			return Code{}, fmt.Errorf("code %q: unknown PLOVER type %q", c.Code, typ)
		}
		c.Plover = dyad.Plover{Event: typ, Mode: mode}
	}
	return c, nil
}

// Lookup returns the code, reporting false when the ontology lacks it.
func (o *Ontology) Lookup(code string) (Code, bool) {
	c, ok := o.codes[code]
	return c, ok
}

// Codes returns every code sorted by code string ("01", "010", "011", …).
// The slice is a copy.
func (o *Ontology) Codes() []Code {
	return append([]Code(nil), o.sorted...)
}

// HasPrefix reports whether a code of o starts with p ("19", "190",
// "0251"; "" too): a filter by p can match an event. "9999" or "21"
// is no prefix.
func (o *Ontology) HasPrefix(p string) bool {
	i := sort.Search(len(o.sorted), func(i int) bool { return o.sorted[i].Code >= p })
	return i < len(o.sorted) && strings.HasPrefix(o.sorted[i].Code, p)
}

// Len returns the number of codes.
func (o *Ontology) Len() int { return len(o.sorted) }

// Base returns the 3-digit base code of code, as BaseCode does.
func (o *Ontology) Base(code string) string { return BaseCode(code) }

// BaseCode returns the 3-digit base code (GDELT's EventBaseCode): "0251" →
// "025", "025" → "025". A 2-digit root maps to its "not specified" code
// ("02" → "020"). Anything else is returned unchanged. It needs no
// ontology: the base is the code's own digits.
func BaseCode(code string) string {
	switch len(code) {
	case 4:
		return code[:3]
	case 2:
		return code + "0"
	}
	return code
}

// Fill sets ev's CAMEORoot, QuadClass and Goldstein from ev.CAMEO, and its
// Plover when ev has none (a coder may have chosen a more specific mode).
// It returns an error naming the code when the ontology lacks it.
func (o *Ontology) Fill(ev *dyad.Event) error {
	c, ok := o.codes[ev.CAMEO]
	if !ok {
		return fmt.Errorf("cameo: unknown event code %q", ev.CAMEO)
	}
	ev.CAMEORoot, ev.QuadClass, ev.Goldstein = c.Root(), c.QuadClass, c.Goldstein
	if ev.Plover.Event == "" {
		ev.Plover = c.Plover
	}
	return nil
}
