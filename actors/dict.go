// Package actors codes actor mentions: dictionaries of states, organisations,
// agents and people, and the matcher that finds them in sentences.
//
// A dictionary is a set of UTF-8 text files, one entry per line:
//
//	phrase | CODE | kind [| FROM..TO [| office]]
//
// Fields are separated by " | "; "#" starts a comment (a whole line or the
// rest of a line); blank lines are ignored. CODE is a CAMEO actor code made of
// 3-letter groups of upper-case letters ("PRK", "KORGOV", "IGOWSTNAT", or a
// role code alone such as "GOV" or "GOVMED" for agents). Kind is one of
// country, adjective, capital, org, agent or person. FROM..TO is an ISO date
// range (either side may be empty) allowed only on person and org entries.
// A dated person entry may name, last, the office held in that range (see
// [Offices]): "head of state", "head of government", "head of state and
// government", "foreign minister" or "defence minister", each optionally
// after "acting ". The matcher ignores it; it lets the dictionary be
// checked against itself (two heads of one state on one day).
//
// Consecutive lines with the same kind and code form one entity (an
// organisation and its other names: "Syrian Democratic Forces", then
// "SDF"), named by its first phrase; a blank or comment line between two
// organisations of one code keeps them apart (see [Entry.Entity]). A
// matched organisation or person is named by its entity, a state actor by
// its country ([Dictionary.Name]).
//
// The default dictionary is embedded from actors/data; users add their own
// files with [Dictionary.AddDir], a line of which overrides a built-in
// line coding its phrase otherwise (with a warning). Org entries of a file named metonyms.txt
// are seats of government named for their building ("Kremlin", "White
// House"): the matcher marks their mentions [Mention.Seat], places after
// "in" or "at".
package actors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/textdata"
)

//go:embed data/*.txt
var dataFS embed.FS

// Kinds of dictionary entries.
const (
	KindCountry   = "country"   // a state's name → ISO3 code
	KindAdjective = "adjective" // demonym or adjective → ISO3 code
	KindCapital   = "capital"   // capital city used as a metonym → ISO3 code
	KindOrg       = "org"       // organisation or group with a complete code
	KindAgent     = "agent"     // role noun → role code, combined with a country
	KindPerson    = "person"    // named person → full code on a date range
)

var kinds = map[string]bool{
	KindCountry: true, KindAdjective: true, KindCapital: true,
	KindOrg: true, KindAgent: true, KindPerson: true,
}

// codeRE is the shape of every CAMEO actor code: 3-letter groups.
var codeRE = regexp.MustCompile(`^[A-Z]{3}([A-Z]{3})*$`)

// Entry is one dictionary line.
type Entry struct {
	Phrase string // words as written in news: "foreign ministry", "Yoon Suk Yeol"
	Code   string // CAMEO actor code: "PRKGOV", "IGOWSTNAT", "GOV"
	Kind   string // one of the Kind constants
	// From and To bound the days on which Code applies, as ISO dates
	// ("2022-05-10") or "" for an open side. The range is half-open:
	// From is the first day, To the day the role ended and the next
	// holder took over (see ValidOn).
	From, To string
	// Office is the office a dated person entry holds in its range, one
	// of Offices, optionally after "acting " ("acting head of state"),
	// or "" when the line names none. It does not change the code.
	Office string
	File   string // file the entry came from, as named in errors
	Line   int    // 1-based line number in File
	// Name is the canonical name of the entity the entry belongs to, set
	// by Parse (see Entity): the phrase of the entity's first line.
	Name string
}

// Entity returns the canonical name of the entry's entity: its Name, or
// its own Phrase for an entry built by hand without one.
//
// An entity is a run of consecutive lines of one file with the same kind
// and no blank or comment-only line between them, each line repeating a
// code already used in the run or the phrase of the line above (a group
// whose role changes on a date): "Syrian Democratic Forces | SYRREB | org"
// followed by "SDF | SYRREB | org" is one entity, named "Syrian Democratic
// Forces"; a blank line before "YPG | SYRREB | org" starts another. A
// person entity holds only the lines of one phrase (its dated roles):
// people lists give each spelling as a full name of its own.
func (e Entry) Entity() string {
	if e.Name != "" {
		return e.Name
	}
	return e.Phrase
}

// Dated reports whether the entry carries a date range.
func (e Entry) Dated() bool { return e.From != "" || e.To != "" }

// ValidOn reports whether the entry applies on date, an ISO date
// ("2024-07-13"): From <= date < To, an empty side being open. An entry
// without a range applies on every date. An empty date (unknown) matches
// only undated entries; callers decide what an unknown date means for
// dated ones.
func (e Entry) ValidOn(date string) bool {
	if !e.Dated() {
		return true
	}
	if date == "" {
		return false
	}
	if len(date) > 10 {
		date = date[:10]
	}
	return (e.From == "" || e.From <= date) && (e.To == "" || date < e.To)
}

// EndedBefore reports whether the entry's date range closed on or before
// date, an ISO date: the role was over by then ("2021-12-08" To, date
// "2024-07-13"). False for open-ended or undated entries and an empty date.
func (e Entry) EndedBefore(date string) bool {
	if e.To == "" || date == "" {
		return false
	}
	if len(date) > 10 {
		date = date[:10]
	}
	return e.To <= date
}

func (e Entry) pos() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// Dictionary is a loaded set of entries, in file order (files sorted by
// name). Warnings hold non-fatal findings such as exact duplicates, each
// naming the file:line of both entries.
type Dictionary struct {
	Entries  []Entry
	Warnings []string

	names *names // tables behind Name, built on load
}

// Parse reads one dictionary file. name is used in entries (Entry.File) and
// in error messages, which have the form "name:line: message". Parse checks
// every line and returns all errors of the file joined with errors.Join,
// along with the entries of the valid lines.
func Parse(r io.Reader, name string) ([]Entry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// (Notepad's "Unicode": its NULs are no binary data; a mark with no
	// NUL after it is an invalid UTF-8 line, as said below)
	if textdata.HasUTF16BOM(data) && bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: UTF-16 text (byte order mark %02X %02X), not UTF-8: save the file as UTF-8", name, data[0], data[1])
	}
	if _, ok := textdata.BareUTF16(data); ok {
		return nil, fmt.Errorf("%s: UTF-16 text (every other byte NUL), not UTF-8: save the file as UTF-8", name)
	}
	// (as dyad code says of an input: textdata.CheckBinary)
	if err := textdata.CheckBinary(data); err != nil {
		// an image or archive in a --dict folder: one error, not one
		// "invalid UTF-8" per line; a NUL byte's line said
		at := name
		if i := bytes.IndexByte(data, 0); i >= 0 {
			at = fmt.Sprintf("%s:%d", name, 1+bytes.Count(data[:i], []byte{'\n'}))
		}
		return nil, fmt.Errorf("%s: %w: a dictionary file is text, \"phrase | CODE | kind\" lines", at, err)
	}
	var (
		entries []Entry
		errs    []error
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	run := 0 // index in entries of the first line of the current entity
	for sc.Scan() {
		n++
		e, err := parseLine(sc.Text(), name, n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if e == nil {
			run = len(entries) // a blank or comment line ends the entity
			continue
		}
		if !continues(entries[run:], *e) {
			run = len(entries)
		}
		e.Name = e.Phrase
		if run < len(entries) {
			e.Name = entries[run].Name
		}
		entries = append(entries, *e)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		errs = append(errs, fmt.Errorf("%s:%d: line over 1 MiB (a dictionary line is a phrase, its code and kind, and dates)", name, n+1))
	} else if err != nil {
		errs = append(errs, fmt.Errorf("%s:%d: %w", name, n+1, err))
	}
	return entries, errors.Join(errs...)
}

// continues reports whether e, the line after run, belongs to the same
// entity (see Entry.Entity).
func continues(run []Entry, e Entry) bool {
	if len(run) == 0 {
		return false
	}
	prev := run[len(run)-1]
	if prev.Kind != e.Kind {
		return false
	}
	if prev.Phrase == e.Phrase {
		return true
	}
	if e.Kind == KindPerson {
		return false
	}
	for _, x := range run {
		if x.Code == e.Code {
			return true
		}
	}
	return false
}

// parseLine parses one line; it returns nil, nil for a blank or comment line.
// A line with faults gives no entry and every fault it has, each its own
// "name:n: …" error, joined in the order of the line's fields: "Foo Bar!
// | xyzgov | orgg" is a phrase, a code and a kind at fault, three errors,
// not the first alone. A line that is not UTF-8, has no "|" or not 3 to 5
// fields has that one fault only (its fields cannot be told apart), but
// the phrase, code and kind of a line of 2 or 6 fields are checked too;
// not the second field of a line of 2 that is a kind ("Mira Kalden
// NORGOV | person", a "|" missing before the code), which is no bad code.
func parseLine(line, name string, n int) (*Entry, error) {
	var faults []error
	fail := func(format string, args ...any) {
		faults = append(faults, fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...)))
	}
	if !utf8.ValidString(line) {
		// where, not the replacement character '\uFFFD' it would print as
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRuneInString(line[i:])
			if r == utf8.RuneError && size == 1 {
				fail("invalid UTF-8 (byte 0x%02X at column %d): save the file as UTF-8", line[i], i+1)
				return nil, faults[0]
			}
			i += size
		}
	}
	if n == 1 {
		line = strings.TrimPrefix(line, "\uFEFF")
	}
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	if strings.TrimSpace(line) == "" {
		return nil, nil
	}
	if !strings.ContainsRune(line, '|') {
		fail("want \"phrase | CODE | kind [| FROM..TO [| office]]\", got %q", strings.TrimSpace(line))
		return nil, faults[0]
	}
	fields := strings.Split(line, "|")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	counted := len(fields) >= 3 && len(fields) <= 5
	if !counted {
		fail("want 3 to 5 fields separated by \" | \", got %d", len(fields))
	}
	field := func(i int) (string, bool) {
		if i < len(fields) {
			return fields[i], true
		}
		return "", false
	}
	phrase := strings.Join(strings.Fields(fields[0]), " ")
	if phrase == "" {
		fail("empty phrase")
	}
	var bad []string
	for _, r := range phrase {
		if q := fmt.Sprintf("%q", r); !phraseRune(r) && !slices.Contains(bad, q) {
			bad = append(bad, q)
		}
	}
	switch len(bad) {
	case 0:
	case 1:
		fail("phrase %q: character %s not allowed", phrase, bad[0])
	default:
		fail("phrase %q: characters %s and %s not allowed", phrase, strings.Join(bad[:len(bad)-1], ", "), bad[len(bad)-1])
	}
	if phrase != "" && len(bad) == 0 && commonPhrase(phrase) {
		// "the | USA | country" coded every "The" of the text USA
		fail("phrase %q: only common words, no name (it would match every %q of the text): write the name, or the word in capitals if it is an acronym", phrase, phrase)
	}
	code, hasCode := field(1)
	codeOK := codeRE.MatchString(code)
	if len(fields) == 2 && kinds[strings.ToLower(code)] {
		// "Mira Kalden  NORGOV | person": the kind, a "|" missing
		// before it; no code to check
		hasCode = false
	}
	if hasCode && !codeOK {
		fail("code %q: want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)", code)
	}
	kind, hasKind := field(2)
	kindOK := kinds[kind]
	if hasKind && !kindOK {
		fail("unknown kind %q (want country, adjective, capital, org, agent or person)", kind)
	}
	if codeOK && (kind == KindCountry || kind == KindCapital) && len(code) != 3 {
		fail("code %q: a %s entry takes a 3-letter country code", code, kind)
	}
	if !counted {
		// (the fields after the kind cannot be told apart)
		return nil, errors.Join(faults...)
	}
	e := &Entry{Phrase: phrase, Code: code, Kind: kind, File: name, Line: n}
	if len(fields) >= 4 {
		if kindOK && kind != KindPerson && kind != KindOrg {
			fail("date range on kind %s (only person and org entries take one)", kind)
		}
		e.From, e.To = dateRange(fields[3], fail)
	}
	if len(fields) == 5 {
		if kindOK && kind != KindPerson {
			fail("office %q on kind %s (only person entries take one)", fields[4], kind)
		}
		if !validOffice(fields[4]) {
			fail("office %q: want one of %s, optionally after \"acting \"", fields[4], strings.Join(Offices(), ", "))
		}
		e.Office = fields[4]
	}
	if len(faults) > 0 {
		return nil, errors.Join(faults...)
	}
	return e, nil
}

// dateRange reads a line's date range field f, "FROM..TO" (either side
// may be empty, not both), and returns its two dates; each fault of it
// goes to fail, both bad dates of "2020-13-01..2021-02-30" say.
func dateRange(f string, fail func(format string, args ...any)) (from, to string) {
	from, to, ok := strings.Cut(f, "..")
	if !ok {
		fail("date range %q: want FROM..TO", f)
		return "", ""
	}
	if from == "" && to == "" {
		fail("date range %q: both sides empty", f)
		return "", ""
	}
	valid := true
	for _, d := range []string{from, to} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil || len(d) != 10 {
			if len(d) == 10 && d[4] == '-' && d[7] == '-' && strings.Trim(d[:4]+d[5:7]+d[8:], "0123456789") == "" {
				fail("date %q: no such date", d) // "2023-13-01", "2024-02-30", as --date says
			} else {
				fail("date %q: want YYYY-MM-DD", d)
			}
			valid = false
		}
	}
	switch {
	case !valid:
	case from != "" && to != "" && from > to:
		fail("date range %q: FROM after TO", f)
	case from != "" && from == to:
		fail("date range %q: empty (TO is the first day no longer in the role)", f)
	}
	return from, to
}

// Offices returns the offices a dated person entry may name in its fifth
// field, in this order: "head of state", "head of government", "head of
// state and government", "foreign minister", "defence minister", "vice
// president". A president who heads both state and government (United
// States, Brazil) holds "head of state and government"; a monarch or a
// parliamentary state's president "head of state", its prime minister or
// chancellor "head of government"; "vice president" is a president's
// elected deputy (tagged for the United States), whose surname alone
// still names the state once out of office (Matcher.Holder).
func Offices() []string {
	return []string{"head of state", "head of government", "head of state and government", "foreign minister", "defence minister", "vice president"}
}

// validOffice reports whether s is one of Offices, optionally after
// "acting ".
func validOffice(s string) bool {
	s = strings.TrimPrefix(s, "acting ")
	for _, o := range Offices() {
		if s == o {
			return true
		}
	}
	return false
}

// commonWords are English function words (articles, pronouns,
// prepositions, conjunctions, auxiliaries) that no actor's name is made
// of alone. Words that are also names ("May", "Will", "Said") are not
// among them.
var commonWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true,
	"they": true, "them": true, "their": true, "who": true, "whom": true, "whose": true, "which": true, "what": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true, "by": true,
	"with": true, "into": true, "onto": true, "over": true, "under": true, "about": true, "after": true, "before": true,
	"and": true, "or": true, "but": true, "nor": true, "as": true, "if": true, "than": true, "then": true, "so": true,
	"not": true, "no": true, "there": true, "here": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
}

// commonPhrase reports whether every word of phrase is a common word
// (commonWords) written in lower case or capitalised ("the", "The", "Of
// the"), which match any text's words so written: such a phrase names no
// actor. An ALL CAPS word ("US", "IT") matches only as written, an
// acronym, and makes no common phrase.
func commonPhrase(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if r := caseRule(w); r != anyCase && r != capFirst || !commonWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// phraseRune reports whether r may appear in a phrase: letters, digits,
// spaces and the punctuation of names (. ' ’ - & / , + and parentheses).
func phraseRune(r rune) bool {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return true
	}
	return strings.ContainsRune(" .'’-&/,+()", r)
}

// Load reads every *.txt file at the root of fsys, in name order, and
// checks the entries across files. Errors name the file as it is named in
// fsys ("igos.txt:12: ...") and are all returned, joined.
func Load(fsys fs.FS) (*Dictionary, error) {
	return load(fsys, "")
}

// Default loads the dictionary embedded from actors/data. Its file names
// read "actors/data/igos.txt" in entries and messages.
func Default() (*Dictionary, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	d, err := load(sub, "actors/data/")
	if err != nil {
		return nil, err
	}
	if err := checkPrefixes(d.Entries, 0); err != nil {
		return nil, err
	}
	return d, nil
}

func load(fsys fs.FS, prefix string) (*Dictionary, error) {
	entries, err := readAll(fsys, prefix)
	if err != nil {
		return nil, err
	}
	d := &Dictionary{}
	warnings, err := check(entries)
	if err != nil {
		return nil, err
	}
	d.Entries, d.Warnings = entries, warnings
	d.index()
	return d, nil
}

func readAll(fsys fs.FS, prefix string) ([]Entry, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var (
		all  []Entry
		errs []error
	)
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		es, err := Parse(f, prefix+name)
		f.Close()
		if err != nil {
			errs = append(errs, err)
		}
		all = append(all, es...)
	}
	return all, errors.Join(errs...)
}

// DirID identifies the dictionary files of dir (a user's --dict
// directory), the *.txt files AddDir reads: "mine/ sha256:1a2b3c4d5e6f",
// the directory as given (with a trailing separator) and the first 12
// hex digits of a SHA-256 over the files' names and contents in name
// order. Two directories with the same files have the same digest
// (SameDict). The error is a file that cannot be read.
func DirID(dir string) (string, error) {
	fsys := os.DirFS(dir)
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("dictionary dir %s: %w", dir, err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return filepath.Clean(dir) + string(filepath.Separator) + " sha256:" + hex.EncodeToString(h.Sum(nil))[:12], nil
}

// SameDict reports whether two DirID values (or "" for no user
// dictionary) name the same dictionary files: their digests agree,
// whatever the directory's path.
func SameDict(a, b string) bool {
	digest := func(id string) string {
		if i := strings.LastIndex(id, " sha256:"); i >= 0 {
			return id[i+1:]
		}
		return id
	}
	return digest(a) == digest(b)
}

// AddDir reads every *.txt file in dir (a user's --dict directory) with the
// same format and validation, and adds the entries after checking them
// against the ones already loaded (the built-in dictionary). A line of
// dir that gives a loaded phrase of its kind another code on overlapping
// dates overrides that loaded line, as users of PETRARCH and ICEWS
// dictionaries expect: the loaded line is dropped whole (over all its
// dates), and a warning names both lines ("mine.txt:1: "Hamas" (org) coded
// EGYGOV overrides PSEREB at actors/data/groups.txt:71 (always and
// always): your line is used, that one is not"). Conflicts among the
// lines of dir, and every other error, are errors; on error the
// dictionary is unchanged. Warnings then also name each added person
// line whose tagged office of a state another holder has at once
// (officeOverlaps). A directory without *.txt files is an error.
func (d *Dictionary) AddDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("dictionary dir: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("dictionary dir %s: not a directory", dir)
	}
	fsys := os.DirFS(dir)
	if names, _ := fs.Glob(fsys, "*.txt"); len(names) == 0 {
		return fmt.Errorf("dictionary dir %s: no *.txt files", dir)
	}
	// every error of every file in one run: the lines that parse are
	// checked too when others do not
	added, perr := readAll(fsys, filepath.Clean(dir)+string(filepath.Separator))
	kept, overrides := overridden(d.Entries, added)
	all := append(kept, added...)
	warnings, cerr := check(all)
	if err := byLine(perr, cerr, checkPrefixes(all, len(kept))); err != nil {
		return err
	}
	warnings = append(warnings, overrides...)
	warnings = append(warnings, kindClashes(all, len(kept))...)
	warnings = append(warnings, officeOverlaps(all, len(kept))...)
	d.Entries, d.Warnings = all, warnings
	d.index()
	return nil
}

// byLine joins errs (each an error or errors.Join of errors) into one,
// the errors of a file in the order of their lines ("mine.txt:1: …"
// before "mine.txt:2: …"), files in name order, errors naming no line
// first; nil when there is none.
func byLine(errs ...error) error {
	var all []error
	var flat func(error)
	flat = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				flat(e)
			}
		} else if err != nil {
			all = append(all, err)
		}
	}
	for _, err := range errs {
		flat(err)
	}
	pos := func(err error) (string, int) {
		m := linePos.FindStringSubmatch(err.Error())
		if m == nil {
			return "", 0
		}
		n, _ := strconv.Atoi(m[2])
		return m[1], n
	}
	sort.SliceStable(all, func(i, j int) bool {
		fi, li := pos(all[i])
		fj, lj := pos(all[j])
		if fi != fj {
			return fi < fj
		}
		return li < lj
	})
	return errors.Join(all...)
}

// linePos matches the "file:line: " an error of a dictionary line starts
// with.
var linePos = regexp.MustCompile(`^(.+?):(\d+): `)

// overridden returns the loaded entries less those an added entry
// overrides (the same phrase, without case, and kind, another code, date
// ranges overlapping: what check calls a conflict), in order, in a new
// slice, and a warning for each such pair, in the added entries' order.
func overridden(loaded, added []Entry) (kept []Entry, warnings []string) {
	type key struct{ phrase, kind string }
	byKey := map[key][]int{}
	for i, e := range loaded {
		k := key{strings.ToLower(e.Phrase), e.Kind}
		byKey[k] = append(byKey[k], i)
	}
	gone := map[int]bool{}
	for _, y := range added {
		for _, i := range byKey[key{strings.ToLower(y.Phrase), y.Kind}] {
			if x := loaded[i]; x.Code != y.Code && overlap(x, y) {
				gone[i] = true
				warnings = append(warnings, fmt.Sprintf("%s: %q (%s) coded %s overrides %s at %s (%s and %s): your line is used, that one is not",
					y.pos(), y.Phrase, y.Kind, y.Code, x.Code, x.pos(), span(y), span(x)))
			}
		}
	}
	kept = make([]Entry, 0, len(loaded)+len(added))
	for i, e := range loaded {
		if !gone[i] {
			kept = append(kept, e)
		}
	}
	return kept, warnings
}

// check runs the cross-entry checks: an exact duplicate (same phrase, code,
// kind and dates) is a warning; the same phrase and kind with different
// codes on overlapping date ranges is an error. Phrases compare without
// case, since a lower-case phrase matches any case.
func check(entries []Entry) (warnings []string, err error) {
	type key struct{ phrase, kind string }
	groups := map[key][]int{}
	var order []key
	for i, e := range entries {
		k := key{strings.ToLower(e.Phrase), e.Kind}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	var errs []error
	for _, k := range order {
		idx := groups[k]
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				x, y := entries[idx[a]], entries[idx[b]]
				switch {
				case x.Code == y.Code && x.Phrase == y.Phrase && x.From == y.From && x.To == y.To:
					warnings = append(warnings, fmt.Sprintf("%s: duplicate of %s: %q | %s | %s",
						y.pos(), x.pos(), y.Phrase, y.Code, y.Kind))
				case x.Code != y.Code && overlap(x, y):
					errs = append(errs, fmt.Errorf("%s: %q (%s) coded %s conflicts with %s at %s: date ranges overlap (%s and %s)",
						y.pos(), y.Phrase, y.Kind, y.Code, x.Code, x.pos(), span(y), span(x)))
				}
			}
		}
	}
	return warnings, errors.Join(errs...)
}

// CodeSet holds the three-letter groups the codes of a dictionary's
// entries are made of: the first groups (countries, IGO, NGO, … and the
// country of every person and org) and the groups that follow them
// (roles: GOV, MIL, …; and SEA, NAT, …). Problem says whether a code,
// from a gold file say, is one dyad can emit with this dictionary.
type CodeSet struct{ first, rest map[string]bool }

// CodeSet collects the groups of every entry's code.
func (d *Dictionary) CodeSet() CodeSet {
	k := CodeSet{map[string]bool{}, map[string]bool{}}
	for _, e := range d.Entries {
		c := e.Code
		if len(c)%3 != 0 {
			continue
		}
		if e.Kind == KindAgent { // a role alone ("GOV"): its groups follow a country
			for i := 0; i < len(c); i += 3 {
				k.rest[c[i:i+3]] = true
			}
			continue
		}
		k.first[c[:3]] = true
		if e.Kind == KindOrg { // IGO, NGO, MNC … also follow a country ("KENNGO")
			k.rest[c[:3]] = true
		}
		for i := 3; i < len(c); i += 3 {
			k.rest[c[i:i+3]] = true
		}
	}
	return k
}

// Problem says why code is not made of the set's groups ("not groups of
// three letters", "no actor of the dictionary has the code XXX", "no
// role or group GOX in the dictionary"), "" when it is.
func (k CodeSet) Problem(code string) string {
	switch {
	case len(code)%3 != 0:
		return "not groups of three letters"
	case !k.first[code[:3]]:
		return "no actor of the dictionary has the code " + code[:3]
	}
	for i := 3; i < len(code); i += 3 {
		if !k.rest[code[i:i+3]] {
			return "no role or group " + code[i:i+3] + " in the dictionary"
		}
	}
	return ""
}

// nonState are the first code groups of actors that belong to no state:
// intergovernmental and non-governmental organisations, international
// militarised groups and multinational companies (CAMEO).
var nonState = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true}

// checkPrefixes checks that the code of every entry from entries[from:]
// but agents' starts with a group the dictionary knows: a country code
// of a country entry, a role of an agent entry (a stateless "REB") or one
// of nonState. A typo ("XXXGOV", "KROGOV") is an error naming its line,
// not an actor coded with a country that does not exist. A dictionary
// with no country entry (a partial one, in tests) is not checked.
func checkPrefixes(entries []Entry, from int) error {
	known := map[string]bool{}
	for k := range nonState {
		known[k] = true
	}
	countries := false
	for _, e := range entries {
		switch e.Kind {
		case KindCountry:
			known[e.Code], countries = true, true
		case KindAgent:
			for i := 0; i+3 <= len(e.Code); i += 3 {
				known[e.Code[i:i+3]] = true
			}
		}
	}
	if !countries {
		return nil
	}
	// the groups a user's code (from > 0) may continue with: CAMEO's
	// roles and those of the codes loaded before (entries[:from]); a
	// country only after a first group that is none ("REBIRQ"), never a
	// second country ("UKRMLI", MIL mistyped, is Mali's code); the
	// built-in files' own codes are not checked so
	var groups, countryCodes map[string]bool
	if from > 0 {
		groups, countryCodes = map[string]bool{}, map[string]bool{}
		for _, r := range cameoRoles {
			groups[r] = true
		}
		for i, e := range entries {
			if e.Kind == KindCountry {
				countryCodes[e.Code] = true
			}
			if i < from {
				for j := 3; j+3 <= len(e.Code); j += 3 {
					groups[e.Code[j:j+3]] = true
				}
				if e.Kind == KindAgent {
					groups[e.Code[:3]] = true
				}
			}
		}
	}
	var errs []error
	for _, e := range entries[from:] {
		if e.Kind != KindAgent && !known[e.Code[:3]] {
			errs = append(errs, fmt.Errorf("%s: code %q: %s is no country of the dictionary, no role and none of IGO, NGO, IMG, MNC",
				e.pos(), e.Code, e.Code[:3]))
			continue
		}
		if from == 0 || nonState[e.Code[:3]] {
			continue // an organisation's own code (IGO..., NGO...) is the user's to give
		}
		if p := roleProblem(e, groups, countryCodes); p != "" {
			errs = append(errs, fmt.Errorf("%s: code %s: %s", e.pos(), e.Code, p))
		}
	}
	return errors.Join(errs...)
}

// roleProblem says why the groups of e's code after its first (all of
// them in an agent's code) make no CAMEO code, "" when they do: a group
// that is neither in groups nor a country where one may stand ("no role
// CLV (did you mean CVL?)"), a second country ("no role MLI (did you mean
// MIL?)", "no role FRA: FRA is a country and the code has one, UKR"), or
// a second primary role ("no role MIL after COP: COP and MIL are both
// primary roles, a code has one").
func roleProblem(e Entry, groups, countryCodes map[string]bool) string {
	start, country := 3, ""
	switch {
	case e.Kind == KindAgent:
		start, country = 0, "an agent's code names none"
	case countryCodes[e.Code[:3]]:
		country = e.Code[:3]
	}
	primary := ""
	if start == 3 && primaryRoles[e.Code[:3]] {
		primary = e.Code[:3]
	}
	for j := start; j+3 <= len(e.Code); j += 3 {
		g := e.Code[j : j+3]
		switch {
		case groups[g]:
			if primaryRoles[g] && primary != "" {
				return "no role " + g + " after " + primary + ": " + primary + " and " + g + " are both primary roles, a code has one"
			}
			if primaryRoles[g] {
				primary = g
			}
		case countryCodes[g] && country == "":
			country = g
		default:
			p := "no role " + g + didYouMean(g)
			if countryCodes[g] && p == "no role "+g {
				if e.Kind == KindAgent {
					p += ": " + g + " is a country and " + country
				} else {
					p += ": " + g + " is a country and the code has one, " + country
				}
			}
			return p
		}
	}
	return ""
}

// primaryRoles are the primary role codes of the CAMEO 1.1b3 actor
// codebook; the other roles (secondary roles: LEG, MED, CVL, …) may follow
// one (GOVMED, GOVLEG), but two primary roles (COPMIL) make no code.
var primaryRoles = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true,
	"PTY": true, "REB": true, "SEP": true, "SPY": true, "UAF": true,
}

// cameoRoles are the role, sector and religion codes of the CAMEO 1.1b3
// actor codebook that may follow a country in a code (GBRCVL), whether or
// not the built-in dictionary uses them; the first ones are suggested for
// a typo.
var cameoRoles = [...]string{
	"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "REF",
	"INS", "SEP", "UAF", "AGR", "DEV", "ELI", "ENV", "HLH", "HRI", "LAB", "MOD", "RAD", "REL", "SET", "IGO", "NGO",
	"NGM", "IMG", "MNC", "ATH", "BAH", "BUD", "CHR", "CON", "CTH", "DOX", "HIN", "ITR", "JAN", "JEW", "MOS",
	"NRM", "ORT", "PRO", "SHI", "SHN", "SIK", "SUN", "TAO", "UDR", "ZRO",
}

// didYouMean is " (did you mean CVL?)" for a group g one typo (a letter
// changed, or two next to each other swapped) from a role of cameoRoles,
// the first such, else "".
func didYouMean(g string) string {
	for _, r := range cameoRoles {
		diff := 0
		for i := 0; i < 3; i++ {
			if g[i] != r[i] {
				diff++
			}
		}
		swapped := diff == 2 && (g[0] == r[1] && g[1] == r[0] && g[2] == r[2] || g[1] == r[2] && g[2] == r[1] && g[0] == r[0])
		if diff == 1 || swapped {
			return " (did you mean " + r + "?)"
		}
	}
	return ""
}

// overlap reports whether two half-open ranges [From, To) share a day.
func overlap(x, y Entry) bool {
	// x starts before y ends and y starts before x ends.
	before := func(from, to string) bool { return from == "" || to == "" || from < to }
	return before(x.From, y.To) && before(y.From, x.To)
}

// namedKinds are the kinds of entry that name one actor whole (not a
// demonym nor a role): a phrase of two of them is one name read two ways.
var namedKinds = map[string]bool{KindCountry: true, KindCapital: true, KindOrg: true, KindPerson: true}

// kindClashes returns a warning for each two entries, the later one from
// entries[from:] (a user's --dict), that give one phrase (without case)
// two of namedKinds on overlapping dates, as check warns of a duplicate
// within one kind: where both match, the kind kindRank puts first is
// used ("mine.txt:2: "Jonas Gahr Store" (person) coded NORGOV is also an
// org line at mine.txt:1 coded NOR (always and always): where both
// match, the person line is used").
func kindClashes(entries []Entry, from int) []string {
	byPhrase := map[string][]int{}
	for i, e := range entries {
		if namedKinds[e.Kind] {
			p := strings.ToLower(e.Phrase)
			byPhrase[p] = append(byPhrase[p], i)
		}
	}
	var out []string
	for j := from; j < len(entries); j++ {
		y := entries[j]
		if !namedKinds[y.Kind] {
			continue
		}
		for _, i := range byPhrase[strings.ToLower(y.Phrase)] {
			x := entries[i]
			if i >= j || x.Kind == y.Kind || !overlap(x, y) {
				continue
			}
			used := x.Kind
			if kindRank[y.Kind] > kindRank[x.Kind] {
				used = y.Kind
			}
			out = append(out, fmt.Sprintf("%s: %q (%s) coded %s is also %s %s line at %s coded %s (%s and %s): where both match, the %s line is used",
				y.pos(), y.Phrase, y.Kind, y.Code, aOrAn(x.Kind), x.Kind, x.pos(), x.Code, span(y), span(x), used))
		}
	}
	return out
}

// aOrAn is "an" before a kind that starts with a vowel, else "a".
func aOrAn(kind string) string {
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an"
	}
	return "a"
}

// handoverDays is how many days two holders of one office may overlap
// before officeOverlaps warns: an outgoing head of government stays until
// the successor is sworn in, and a range ends on the day after.
const handoverDays = 7

// officeOverlaps returns a warning for each two people entries, the later
// one from entries[from:] (a user's --dict), tagged with one office of one
// state (the code's first three letters; "head of state and government"
// holds both heads) whose ranges overlap by more than handoverDays, neither
// acting nor a spelling of the other (the same entity or the same range),
// each two ranges once:
// "mine.txt:3: "Jane Doe" holds KEN head of state 2024-01-01.. while
// "William Ruto" does (actors/data/people.txt:812, 2022-09-13..): 650 days
// overlap". An open range runs to today.
func officeOverlaps(entries []Entry, from int) []string {
	heads := func(e Entry) []string {
		if e.Kind != KindPerson || e.Office == "" || strings.HasPrefix(e.Office, "acting ") || len(e.Code) < 3 {
			return nil
		}
		if e.Office == "head of state and government" {
			return []string{"head of state", "head of government"}
		}
		return []string{e.Office}
	}
	or := func(s, def string) string {
		if s == "" {
			return def
		}
		return s
	}
	today := time.Now().UTC().Format("2006-01-02")
	var out []string
	seen := map[string]bool{} // state, office and the two ranges told
	for j := from; j < len(entries); j++ {
		y := entries[j]
		for _, oy := range heads(y) {
			for i := 0; i < j; i++ {
				x := entries[i]
				if x.Code[:min(3, len(x.Code))] != y.Code[:3] || x.Entity() == y.Entity() || x.From == y.From && x.To == y.To {
					continue
				}
				if !slices.Contains(heads(x), oy) {
					continue
				}
				start, errA := time.Parse("2006-01-02", max(or(x.From, "0001-01-01"), or(y.From, "0001-01-01")))
				end, errB := time.Parse("2006-01-02", min(or(x.To, today), or(y.To, today)))
				rx, ry := span(x), span(y)
				key := y.Code[:3] + " " + oy + " " + min(rx, ry) + " " + max(rx, ry)
				if n := int(end.Sub(start).Hours() / 24); errA == nil && errB == nil && n > handoverDays && !seen[key] {
					seen[key] = true // (a spelling of either holder tells it again)
					out = append(out, fmt.Sprintf("%s: %q holds %s %s %s while %q does (%s, %s): %d days overlap",
						y.pos(), y.Phrase, y.Code[:3], oy, span(y), x.Phrase, x.pos(), span(x), n))
				}
			}
		}
	}
	return out
}

func span(e Entry) string {
	if !e.Dated() {
		return "always"
	}
	return e.From + ".." + e.To
}

// Name returns the canonical name of code: for a state's organ
// (stateOrgan: "USAGOV", "RUSMIL") its country's name ("United States",
// not "White House" nor "Oval Office", the first org entries coded
// USAGOV); else the phrase of the first country or org entry with that
// code; else, for a code with roles ("PRKREB"), the name of its longest
// 3-letter-group prefix that has one ("North Korea"); else the first
// person entry's phrase, else the first entry's; "" when the code is
// unknown.
func (d *Dictionary) Name(code string) string {
	n := d.names
	if n == nil { // a Dictionary built by hand: index without storing
		n = buildNames(d.Entries)
	}
	return n.name(code)
}

// names holds, per code, the phrase of its first entry of each rank.
type names struct{ named, person, any map[string]string }

func (n names) name(code string) string {
	if stateOrgan(code) {
		if s, ok := n.named[countryOf(code)]; ok {
			return s
		}
	}
	if s, ok := n.named[code]; ok {
		return s
	}
	for l := len(code) - 3; l >= 3; l -= 3 {
		if s, ok := n.named[code[:l]]; ok {
			return s
		}
	}
	if s, ok := n.person[code]; ok {
		return s
	}
	return n.any[code]
}

// index builds the tables behind Name.
func (d *Dictionary) index() { d.names = buildNames(d.Entries) }

func buildNames(entries []Entry) *names {
	n := &names{map[string]string{}, map[string]string{}, map[string]string{}}
	set := func(m map[string]string, e Entry) {
		if _, ok := m[e.Code]; !ok {
			m[e.Code] = e.Phrase
		}
	}
	for _, e := range entries {
		switch e.Kind {
		case KindCountry, KindOrg:
			set(n.named, e)
		case KindPerson:
			set(n.person, e)
		}
		set(n.any, e)
	}
	return n
}

// Lookup returns the entries whose phrase equals phrase, ignoring case, in
// dictionary order. It is a plain scan, meant for tests and tools; the
// matcher builds its own index.
func (d *Dictionary) Lookup(phrase string) []Entry {
	var out []Entry
	for _, e := range d.Entries {
		if strings.EqualFold(e.Phrase, phrase) {
			out = append(out, e)
		}
	}
	return out
}
