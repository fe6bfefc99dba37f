package cameo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func mustDefault(t *testing.T) *Ontology {
	t.Helper()
	o, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestLookup(t *testing.T) {
	o := mustDefault(t)
	tests := []Code{
		{"01", "Make public statement", 1, 0.0, dyad.Plover{}},
		{"010", "Make statement, not specified below", 1, 0.0, dyad.Plover{}},
		{"0211", "Appeal for economic cooperation", 1, 3.4, dyad.Plover{Event: "REQUEST"}},
		{"0251", "Appeal for easing of administrative sanctions", 1, -0.3, dyad.Plover{Event: "REQUEST"}},
		{"036", "Express intent to meet or negotiate", 1, 4.0, dyad.Plover{Event: "AGREE"}},
		{"042", "Make a visit", 1, 1.9, dyad.Plover{Event: "CONSULT", Mode: "visit"}},
		{"043", "Host a visit", 1, 2.8, dyad.Plover{Event: "CONSULT", Mode: "host"}},
		{"046", "Engage in negotiation", 1, 7.0, dyad.Plover{Event: "CONSULT", Mode: "negotiate"}},
		{"057", "Sign formal agreement", 1, 8.0, dyad.Plover{Event: "AGREE"}},
		{"072", "Provide military aid", 2, 8.3, dyad.Plover{Event: "AID", Mode: "military"}},
		{"0871", "Declare truce, ceasefire", 2, 9.0, dyad.Plover{Event: "RETREAT", Mode: "ceasefire"}},
		{"0874", "Retreat or surrender militarily", 2, 10.0, dyad.Plover{Event: "RETREAT", Mode: "withdraw"}},
		{"111", "Criticize or denounce", 3, -2.0, dyad.Plover{Event: "ACCUSE", Mode: "disapprove"}},
		{"112", "Accuse, not specified below", 3, -2.0, dyad.Plover{Event: "ACCUSE", Mode: "allege"}},
		{"125", "Reject proposal to meet, discuss, or negotiate", 3, -5.0, dyad.Plover{Event: "REJECT"}},
		{"130", "Threaten, not specified below", 3, -4.4, dyad.Plover{Event: "THREATEN"}},
		{"138", "Threaten to use military force, not specified below", 3, -7.0, dyad.Plover{Event: "THREATEN", Mode: "force"}},
		{"145", "Protest violently, riot, not specified below", 4, -7.5, dyad.Plover{Event: "PROTEST", Mode: "riot"}},
		{"150", "Demonstrate military or police power, not specified below", 4, -7.2, dyad.Plover{Event: "MOBILIZE"}},
		{"161", "Reduce or break diplomatic relations", 4, -4.0, dyad.Plover{Event: "SANCTION", Mode: "break-relations"}},
		{"163", "Impose embargo, boycott, or sanctions", 4, -8.0, dyad.Plover{Event: "SANCTION", Mode: "embargo"}},
		{"173", "Arrest, detain, or charge with legal action", 4, -5.0, dyad.Plover{Event: "COERCE", Mode: "arrest"}},
		{"190", "Use conventional military force, not specified below", 4, -10.0, dyad.Plover{Event: "ASSAULT"}},
		{"193", "Fight with small arms and light weapons", 4, -10.0, dyad.Plover{Event: "ASSAULT", Mode: "firearms"}},
		{"195", "Employ aerial weapons, not specified below", 4, -10.0, dyad.Plover{Event: "ASSAULT", Mode: "aerial"}},
		{"2042", "Detonate nuclear weapons", 4, -10.0, dyad.Plover{Event: "ASSAULT", Mode: "wmd"}},
	}
	for _, want := range tests {
		got, ok := o.Lookup(want.Code)
		if !ok {
			t.Errorf("Lookup(%q): missing", want.Code)
			continue
		}
		if got != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", want.Code, got, want)
		}
	}
	for _, code := range []string{"", "0", "21", "099", "1000", "abc"} {
		if c, ok := o.Lookup(code); ok {
			t.Errorf("Lookup(%q) = %+v, want missing", code, c)
		}
	}
}

func TestCountsPerRoot(t *testing.T) {
	o := mustDefault(t)
	want := map[string]int{
		"01": 11, "02": 28, "03": 29, "04": 8, "05": 9, "06": 6, "07": 7,
		"08": 26, "09": 6, "10": 28, "11": 13, "12": 27, "13": 23, "14": 27,
		"15": 7, "16": 14, "17": 14, "18": 15, "19": 10, "20": 8,
	}
	got := make(map[string]int)
	for _, c := range o.Codes() {
		got[c.Root()]++
	}
	total := 0
	for root, n := range want {
		total += n
		if got[root] != n {
			t.Errorf("root %s: %d codes, want %d", root, got[root], n)
		}
	}
	if len(got) != 20 {
		t.Errorf("%d roots, want 20", len(got))
	}
	if o.Len() != total || total != 316 {
		t.Errorf("Len() = %d, want %d (316)", o.Len(), total)
	}
}

func TestConsistency(t *testing.T) {
	o := mustDefault(t)
	codes := o.Codes()
	for i, c := range codes {
		if i > 0 && codes[i-1].Code >= c.Code {
			t.Errorf("Codes() not sorted at %q", c.Code)
		}
		root, ok := o.Lookup(c.Root())
		if !ok {
			t.Errorf("%s: root %s missing", c.Code, c.Root())
			continue
		}
		if c.QuadClass != root.QuadClass || c.QuadClass != QuadClassOf(c.Root()) {
			t.Errorf("%s: quad class %d, root %s has %d", c.Code, c.QuadClass, root.Code, root.QuadClass)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c.Code, c.Goldstein)
		}
		if c.Plover.Event != "" && !IsPloverType(c.Plover.Event) {
			t.Errorf("%s: PLOVER type %q", c.Code, c.Plover.Event)
		}
		if c.Plover.Event == "" && c.Root() != "01" {
			t.Errorf("%s: no PLOVER type outside root 01", c.Code)
		}
		if len(c.Code) == 4 {
			if _, ok := o.Lookup(o.Base(c.Code)); !ok {
				t.Errorf("%s: base %s missing", c.Code, o.Base(c.Code))
			}
		}
	}
	// Every PLOVER type is used by some code.
	used := make(map[string]bool)
	for _, c := range codes {
		used[c.Plover.Event] = true
	}
	for _, typ := range PloverTypes() {
		if !used[typ] {
			t.Errorf("PLOVER type %s unused", typ)
		}
	}
}

func TestRootAndBase(t *testing.T) {
	o := mustDefault(t)
	tests := []struct{ code, root, base string }{
		{"0251", "02", "025"},
		{"025", "02", "025"},
		{"02", "02", "020"},
		{"1823", "18", "182"},
		{"190", "19", "190"},
	}
	for _, tt := range tests {
		if got := (Code{Code: tt.code}).Root(); got != tt.root {
			t.Errorf("Root(%q) = %q, want %q", tt.code, got, tt.root)
		}
		if got := o.Base(tt.code); got != tt.base {
			t.Errorf("Base(%q) = %q, want %q", tt.code, got, tt.base)
		}
		if got := BaseCode(tt.code); got != tt.base {
			t.Errorf("BaseCode(%q) = %q, want %q", tt.code, got, tt.base)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"01 | Make public statement | 1 | 0.0\n", "x.txt:1: want 5 fields"},
		{"# c\n\n01 | A | 2 | 0.0 | -\n", "x.txt:3: code \"01\": quad class 2 does not match root 01 (want 1)"},
		{"01 | A | five | 0.0 | -\n", "x.txt:1: code \"01\": bad quad class \"five\""},
		{"01 | A | 1 | lots | -\n", "x.txt:1: code \"01\": bad Goldstein score \"lots\""},
		{"01 | A | 1 | 11 | -\n", "x.txt:1: code \"01\": bad Goldstein score \"11\""},
		{"01 | A | 1 | 0 | -\n01 | B | 1 | 0 | -\n", "x.txt:2: duplicate code \"01\" (first on line 1)"},
		{"01 | A | 1 | 0 | -\n021 | B | 1 | 3 | REQUEST\n", "x.txt:2: code \"021\": root \"02\" is missing"},
		{"02 | A | 1 | 0 | -\n0211 | B | 1 | 3 | REQUEST\n", "x.txt:2: code \"0211\": base code \"021\" is missing"},
		{"2a | A | 1 | 0 | -\n", "x.txt:1: bad code \"2a\""},
		{"21 | A | 4 | 0 | -\n", "x.txt:1: code \"21\": root \"21\" is not a CAMEO root"},
		{"01 | A | 1 | 0 | SHOUT/loud\n", "x.txt:1: code \"01\": unknown PLOVER type \"SHOUT\""},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.in), "x.txt")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

func TestParseComments(t *testing.T) {
	in := "# header\n01 | Make public statement | 1 | 0.0 | -  # trailing\n\n011 | Decline comment | 1 | -0.1 | -\n"
	o, err := Parse(strings.NewReader(in), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := o.Lookup("011"); c.Goldstein != -0.1 || c.Name != "Decline comment" {
		t.Errorf("011 = %+v", c)
	}
	if o.Len() != 2 {
		t.Errorf("Len() = %d, want 2", o.Len())
	}
}

func Example() {
	ont, err := Default()
	if err != nil {
		panic(err)
	}
	c, _ := ont.Lookup("0251")
	fmt.Println(c.Code, c.Root(), ont.Base(c.Code), c.QuadClass, c.Goldstein, c.Name)
	c, _ = ont.Lookup("193")
	fmt.Printf("%s %d %.1f %s/%s\n", c.Code, c.QuadClass, c.Goldstein, c.Plover.Event, c.Plover.Mode)
	// Output:
	// 0251 02 025 1 -0.3 Appeal for easing of administrative sanctions
	// 193 4 -10.0 ASSAULT/firearms
}

func TestFill(t *testing.T) {
	o := mustDefault(t)
	ev := dyad.Event{CAMEO: "1823"}
	if err := o.Fill(&ev); err != nil {
		t.Fatal(err)
	}
	want := dyad.Event{CAMEO: "1823", CAMEORoot: "18", QuadClass: 4, Goldstein: -10,
		Plover: dyad.Plover{Event: "ASSAULT", Mode: "beat"}}
	if ev.CAMEORoot != want.CAMEORoot || ev.QuadClass != want.QuadClass || ev.Goldstein != want.Goldstein || ev.Plover != want.Plover {
		t.Errorf("Fill = %+v, want %+v", ev, want)
	}
	kept := dyad.Event{CAMEO: "190", Plover: dyad.Plover{Event: "ASSAULT", Mode: "aerial"}}
	o.Fill(&kept)
	if kept.Plover.Mode != "aerial" || kept.Goldstein != -10 {
		t.Errorf("Fill overwrote a chosen PLOVER mode: %+v", kept)
	}
	if err := o.Fill(&dyad.Event{CAMEO: "999"}); err == nil || err.Error() != `cameo: unknown event code "999"` {
		t.Errorf("Fill(999) error = %v", err)
	}
}

// TestRootCode: a root as a user types it, one digit or two, normalised to
// two digits; zero, past 20, three digits and non-digits are refused.
func TestRootCode(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"1", "01", true}, {"01", "01", true}, {"9", "09", true}, {"14", "14", true}, {"20", "20", true}, {" 7", "07", true},
		{"0", "", false}, {"00", "", false}, {"21", "", false}, {"001", "", false}, {"1a", "", false}, {"+1", "", false}, {"", "", false},
	} {
		if got, ok := RootCode(c.in); got != c.want || ok != c.ok {
			t.Errorf("RootCode(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestHasPrefix: a filter prefix matches some code ("0", "19", "190",
// "0251", "" itself) or none ("9", "999", "21", "01234": dyad events
// --cameo and the API's cameo= refuse it).
func TestHasPrefix(t *testing.T) {
	o := mustDefault(t)
	for p, want := range map[string]bool{"": true, "0": true, "19": true, "190": true, "0251": true, "2": true, "20": true, "204": true,
		"9": false, "999": false, "21": false, "01234": false, "0259": false, "2045": false} {
		if got := o.HasPrefix(p); got != want {
			t.Errorf("HasPrefix(%q) = %v, want %v", p, got, want)
		}
	}
}
