package actors

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Entry
		err  string
	}{
		{
			name: "entries, comments, blanks",
			in: "# header\n\nUnited Nations | IGOUNO | org  # trailing\n" +
				"foreign ministry | GOV | agent\n" +
				"Yoon Suk Yeol | KORGOV | person | 2022-05-10..2025-04-04\n" +
				"Kim Jong Un | PRKGOV | person | 2011-12-17..\n",
			want: []Entry{
				{Phrase: "United Nations", Code: "IGOUNO", Kind: "org", File: "t.txt", Line: 3},
				{Phrase: "foreign ministry", Code: "GOV", Kind: "agent", File: "t.txt", Line: 4},
				{Phrase: "Yoon Suk Yeol", Code: "KORGOV", Kind: "person", From: "2022-05-10", To: "2025-04-04", File: "t.txt", Line: 5},
				{Phrase: "Kim Jong Un", Code: "PRKGOV", Kind: "person", From: "2011-12-17", File: "t.txt", Line: 6},
			},
		},
		{
			name: "inner spaces collapse",
			in:   "  Human   Rights Watch |NGOHRI|org\n",
			want: []Entry{{Phrase: "Human Rights Watch", Code: "NGOHRI", Kind: "org", File: "t.txt", Line: 1}},
		},
		{name: "no separator", in: "North Korea PRK country\n",
			err: `t.txt:1: want "phrase | CODE | kind [| FROM..TO [| office]]", got "North Korea PRK country"`},
		{name: "too few fields", in: "North Korea | PRK\n",
			err: `t.txt:1: want 3 to 5 fields separated by " | ", got 2`},
		{name: "too many fields", in: "Mira Kalden | PRKGOV | person | 2020-01-01.. | head of state | x\n",
			err: `t.txt:1: want 3 to 5 fields separated by " | ", got 6`},
		{
			name: "offices",
			in: "Yoon Suk Yeol | KORGOV | person | 2022-05-10..2025-04-04 | head of state and government\n" +
				"Han Duck-soo | KORGOV | person | 2024-12-14..2024-12-27 | acting head of state  # impeachment\n" +
				"Olaf Scholz | DEUGOV | person | 2021-12-08..2025-05-06 |  head of government \n",
			want: []Entry{
				{Phrase: "Yoon Suk Yeol", Code: "KORGOV", Kind: "person", From: "2022-05-10", To: "2025-04-04", Office: "head of state and government", File: "t.txt", Line: 1},
				{Phrase: "Han Duck-soo", Code: "KORGOV", Kind: "person", From: "2024-12-14", To: "2024-12-27", Office: "acting head of state", File: "t.txt", Line: 2},
				{Phrase: "Olaf Scholz", Code: "DEUGOV", Kind: "person", From: "2021-12-08", To: "2025-05-06", Office: "head of government", File: "t.txt", Line: 3},
			},
		},
		{name: "office on an org", in: "Hamas | PSEGOV | org | 2007-06-15.. | head of government\n",
			err: `t.txt:1: office "head of government" on kind org (only person entries take one)`},
		{name: "unknown office", in: "Olaf Scholz | DEUGOV | person | 2021-12-08..2025-05-06 | chancellor\n",
			err: `t.txt:1: office "chancellor": want one of head of state, head of government, head of state and government, foreign minister, defence minister, vice president, optionally after "acting "`},
		{name: "office without dates", in: "Olaf Scholz | DEUGOV | person | | head of government\n",
			err: `t.txt:1: date range "": want FROM..TO`},
		{name: "empty phrase", in: " | PRK | country\n", err: `t.txt:1: empty phrase`},
		{name: "stray character", in: "North<Korea | PRK | country\n",
			err: `t.txt:1: phrase "North<Korea": character '<' not allowed`},
		{name: "common word", in: "the | USA | country\n",
			err: `t.txt:1: phrase "the": only common words, no name (it would match every "the" of the text): write the name, or the word in capitals if it is an acronym`},
		{name: "common words capitalised", in: "Of The | NORGOV | org\n",
			err: `t.txt:1: phrase "Of The": only common words, no name (it would match every "Of The" of the text): write the name, or the word in capitals if it is an acronym`},
		{name: "acronym and names beside common words", in: "US | USA | country\nThe Hague | NLD | capital\nMay | GBRGOV | person\n",
			want: []Entry{
				{Phrase: "US", Code: "USA", Kind: "country", File: "t.txt", Line: 1},
				{Phrase: "The Hague", Code: "NLD", Kind: "capital", File: "t.txt", Line: 2},
				{Phrase: "May", Code: "GBRGOV", Kind: "person", File: "t.txt", Line: 3},
			}},
		{name: "lower-case code", in: "North Korea | prk | country\n",
			err: `t.txt:1: code "prk": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)`},
		{name: "code not multiple of 3", in: "NATO | IGOWSTNA | org\n",
			err: `t.txt:1: code "IGOWSTNA": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)`},
		{name: "empty code", in: "NATO |  | org\n",
			err: `t.txt:1: code "": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)`},
		{name: "unknown kind", in: "NATO | IGOWSTNAT | alliance\n",
			err: `t.txt:1: unknown kind "alliance" (want country, adjective, capital, org, agent or person)`},
		{name: "country code too long", in: "North Korea | PRKGOV | country\n",
			err: `t.txt:1: code "PRKGOV": a country entry takes a 3-letter country code`},
		{name: "range on agent", in: "president | GOV | agent | 2020-01-01..\n",
			err: `t.txt:1: date range on kind agent (only person and org entries take one)`},
		{name: "range without dots", in: "Kim Jong Un | PRKGOV | person | 2011-12-17\n",
			err: `t.txt:1: date range "2011-12-17": want FROM..TO`},
		{name: "bad date", in: "Kim Jong Un | PRKGOV | person | 2011-13-17..\n",
			err: `t.txt:1: date "2011-13-17": no such date`},
		{name: "short date", in: "Kim Jong Un | PRKGOV | person | 2011-1-17..\n",
			err: `t.txt:1: date "2011-1-17": want YYYY-MM-DD`},
		{name: "no dates", in: "Kim Jong Un | PRKGOV | person | ..\n",
			err: `t.txt:1: date range "..": both sides empty`},
		{name: "from after to", in: "Yoon Suk Yeol | KORGOV | person | 2025-04-04..2022-05-10\n",
			err: `t.txt:1: date range "2025-04-04..2022-05-10": FROM after TO`},
		{name: "empty range", in: "Yoon Suk Yeol | KORGOV | person | 2025-04-04..2025-04-04\n",
			err: `t.txt:1: date range "2025-04-04..2025-04-04": empty (TO is the first day no longer in the role)`},
		{
			name: "all errors reported",
			in:   "ok | GOV | agent\nbad | gov | agent\n\nworse | GOV | thing\n",
			want: []Entry{{Phrase: "ok", Code: "GOV", Kind: "agent", File: "t.txt", Line: 1}},
			err: "t.txt:2: code \"gov\": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)\n" +
				"t.txt:4: unknown kind \"thing\" (want country, adjective, capital, org, agent or person)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.in), "t.txt")
			for i := range tt.want {
				if tt.want[i].Name == "" {
					tt.want[i].Name = tt.want[i].Phrase // an entity of one line
				}
			}
			if gotErr := fmt.Sprint(err); err == nil && tt.err != "" || err != nil && gotErr != tt.err {
				t.Fatalf("error = %v, want %q", err, tt.err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("entries =\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
}

// TestEntity checks which lines form one entity and the name each entry
// takes from it.
func TestEntity(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "phrase=entity" per entry
	}{
		{name: "aliases follow the canonical line",
			in:   "Syrian Democratic Forces | SYRREB | org\nSDF | SYRREB | org\n",
			want: []string{"Syrian Democratic Forces=Syrian Democratic Forces", "SDF=Syrian Democratic Forces"}},
		{name: "a blank line separates two groups of one code",
			in:   "Syrian Democratic Forces | SYRREB | org\nSDF | SYRREB | org\n\nPeople's Protection Units | SYRREB | org\nYPG | SYRREB | org\n",
			want: []string{"Syrian Democratic Forces=Syrian Democratic Forces", "SDF=Syrian Democratic Forces", "People's Protection Units=People's Protection Units", "YPG=People's Protection Units"}},
		{name: "a comment line separates too",
			in:   "Royal Navy | GBRMIL | org\n# the air force\nRoyal Air Force | GBRMIL | org\nRAF | GBRMIL | org  # trailing comments do not\n",
			want: []string{"Royal Navy=Royal Navy", "Royal Air Force=Royal Air Force", "RAF=Royal Air Force"}},
		{name: "another code starts another entity",
			in:   "Hamas | PSEREB | org\nHezbollah | LBNREB | org\n",
			want: []string{"Hamas=Hamas", "Hezbollah=Hezbollah"}},
		{name: "a role change on a date stays one entity",
			in:   "Hayat Tahrir al-Sham | SYRGOV | org | 2024-12-08..\nHayat Tahrir al-Sham | SYRREB | org | ..2024-12-08\nHTS | SYRGOV | org | 2024-12-08..\nHTS | SYRREB | org | ..2024-12-08\n",
			want: []string{"Hayat Tahrir al-Sham=Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham=Hayat Tahrir al-Sham", "HTS=Hayat Tahrir al-Sham", "HTS=Hayat Tahrir al-Sham"}},
		{name: "another kind starts another entity",
			in:   "Kremlin | RUSGOV | org\nforeign ministry | GOV | agent\nministry | GOV | agent\n",
			want: []string{"Kremlin=Kremlin", "foreign ministry=foreign ministry", "ministry=foreign ministry"}},
		{name: "each person's name is its own entity, with its dated roles",
			in:   "Donald Trump | USAGOV | person | 2017-01-20..2021-01-20\nDonald Trump | USAGOV | person | 2025-01-20..\nJoe Biden | USAGOV | person | 2021-01-20..2025-01-20\n",
			want: []string{"Donald Trump=Donald Trump", "Donald Trump=Donald Trump", "Joe Biden=Joe Biden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := Parse(strings.NewReader(tt.in), "t.txt")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Phrase+"="+e.Entity())
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if got := (Entry{Phrase: "Hamas", Code: "PSEREB", Kind: KindOrg}).Entity(); got != "Hamas" {
		t.Errorf("an entry built by hand: Entity() = %q, want its phrase", got)
	}
}

func TestLoadCrossChecks(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		warnings []string
		err      string
	}{
		{
			name: "exact duplicate warns",
			files: map[string]string{
				"a.txt": "United Nations | IGOUNO | org\n",
				"b.txt": "# dup\nUnited Nations | IGOUNO | org\n",
			},
			warnings: []string{`b.txt:2: duplicate of a.txt:1: "United Nations" | IGOUNO | org`},
		},
		{
			name: "conflicting dates",
			files: map[string]string{
				"a.txt": "Taliban | AFGREB | org | ..2021-08-16\nTaliban | AFGGOV | org | 2021-08-15..\n",
			},
			err: `a.txt:2: "Taliban" (org) coded AFGGOV conflicts with AFGREB at a.txt:1: date ranges overlap (2021-08-15.. and ..2021-08-16)`,
		},
		{
			name: "undated conflicts with everything",
			files: map[string]string{
				"a.txt": "Kim Keon-hee | KOR | person\n",
				"b.txt": "kim keon-hee | KORGOV | person | 2022-05-10..2025-04-04\n",
			},
			err: `b.txt:1: "kim keon-hee" (person) coded KORGOV conflicts with KOR at a.txt:1: date ranges overlap (2022-05-10..2025-04-04 and always)`,
		},
		{
			name: "adjacent ranges and other kinds are fine",
			files: map[string]string{
				"a.txt": "Taliban | AFGREB | org | ..2021-08-15\nTaliban | AFGGOV | org | 2021-08-15..\n" +
					"Georgia | GEO | country\nGeorgia | USA | person\n" +
					"Donald Trump | USAGOV | person | 2017-01-20..2021-01-20\nDonald Trump | USAGOV | person | 2025-01-20..\n",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			d, err := Load(fsys)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(d.Warnings) != fmt.Sprint(tt.warnings) {
				t.Errorf("warnings = %q, want %q", d.Warnings, tt.warnings)
			}
		})
	}
}

func TestValidOn(t *testing.T) {
	yoon := Entry{Phrase: "Yoon Suk Yeol", Code: "KORGOV", Kind: "person", From: "2022-05-10", To: "2025-04-04"}
	kim := Entry{Phrase: "Kim Jong Un", Code: "PRKGOV", Kind: "person", From: "2011-12-17"}
	tests := []struct {
		e    Entry
		date string
		want bool
	}{
		{yoon, "2022-05-09", false},
		{yoon, "2022-05-10", true},
		{yoon, "2024-12-03T22:30:00+09:00", true},
		{yoon, "2025-04-04", false},
		{yoon, "", false},
		{kim, "2026-11-29", true},
		{kim, "2011-12-16", false},
		{Entry{Phrase: "Kim Keon-hee", Code: "KOR", Kind: "person"}, "", true},
	}
	for _, tt := range tests {
		if got := tt.e.ValidOn(tt.date); got != tt.want {
			t.Errorf("%s.ValidOn(%q) = %v, want %v", tt.e.Phrase, tt.date, got, tt.want)
		}
	}
}

func TestAddDir(t *testing.T) {
	d, err := Load(fstest.MapFS{"a.txt": {Data: []byte("Hamas | PSEREB | org\n")}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := "Hamas | PSEGOV | org\nfoo | BAR | nope\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "mine.txt")
	want := path + `:2: unknown kind "nope" (want country, adjective, capital, org, agent or person)`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v, want %q", err, want)
	}
	// two lines of the user's own that conflict: an error, naming both
	if err := os.WriteFile(path, []byte("Hamas | PSEGOV | org\nHAMAS | PSEOPP | org\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want = path + `:2: "HAMAS" (org) coded PSEOPP conflicts with PSEGOV at ` + path + `:1: date ranges overlap (always and always)`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v, want %q", err, want)
	}
	if len(d.Entries) != 1 || d.Entries[0].Code != "PSEREB" {
		t.Fatalf("entries after an error = %v, want the loaded one unchanged", d.Entries)
	}
	if err := os.WriteFile(path, []byte("Hamas political bureau | PSEOPP | org\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.AddDir(dir); err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 2 || d.Entries[1].File != path {
		t.Errorf("entries = %v", d.Entries)
	}
	if err := d.AddDir(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no *.txt files") {
		t.Errorf("empty dir: error = %v", err)
	}
}

// TestAddDirOverride: a user's line that gives a loaded phrase of its
// kind another code on overlapping dates overrides the loaded line (all
// of them, whatever their case), with a warning naming both lines; the
// loaded lines it does not conflict with stay. A phrase given another
// kind of name (a person and an organisation) on overlapping dates is no
// override, but a warning naming both lines (kindClashes).
func TestAddDirOverride(t *testing.T) {
	tests := []struct {
		name, loaded, mine string
		want               []string // entries after: "FILE:LINE PHRASE CODE FROM..TO"
		warnings           []string // with MINE for the user's file
	}{
		{"an undated line over two spellings",
			"Hamas | PSEREB | org\nHAMAS | PSEREB | org\nHamas political bureau | PSEOPP | org\n",
			"Hamas | EGYGOV | org\n",
			[]string{"a.txt:3 Hamas political bureau PSEOPP always", "MINE:1 Hamas EGYGOV always"},
			[]string{`MINE:1: "Hamas" (org) coded EGYGOV overrides PSEREB at a.txt:1 (always and always): your line is used, that one is not`,
				`MINE:1: "Hamas" (org) coded EGYGOV overrides PSEREB at a.txt:2 (always and always): your line is used, that one is not`}},
		{"a dated line overrides the dated line it overlaps only",
			"Taliban | AFGREB | org | ..2021-08-15\nTaliban | AFGGOV | org | 2021-08-15..\n",
			"Taliban | AFGREB | org | 2024-01-01..\n",
			[]string{"a.txt:1 Taliban AFGREB ..2021-08-15", "MINE:1 Taliban AFGREB 2024-01-01.."},
			[]string{`MINE:1: "Taliban" (org) coded AFGREB overrides AFGGOV at a.txt:2 (2024-01-01.. and 2021-08-15..): your line is used, that one is not`}},
		{"another kind or the same code is no override",
			"Palestine | PSE | country\nHamas | PSEREB | org\n",
			"Hamas | EGY | country\nHamas | PSEREB | org\n",
			[]string{"a.txt:1 Palestine PSE always", "a.txt:2 Hamas PSEREB always", "MINE:1 Hamas EGY always", "MINE:2 Hamas PSEREB always"},
			[]string{`MINE:2: duplicate of a.txt:2: "Hamas" | PSEREB | org`,
				`MINE:1: "Hamas" (country) coded EGY is also an org line at a.txt:2 coded PSEREB (always and always): where both match, the org line is used`,
				`MINE:2: "Hamas" (org) coded PSEREB is also a country line at MINE:1 coded EGY (always and always): where both match, the org line is used`}},
		{"a phrase as a person and as an organisation, both the user's",
			"Norway | NOR | country\n",
			"Jonas Gahr Store | NOR | org\nJonas Gahr Store | NORGOV | person | 2021-10-14..\nStore | NORBUS | person | ..2000-01-01\nstore | NOR | org | 2001-01-01..\n",
			[]string{"a.txt:1 Norway NOR always", "MINE:1 Jonas Gahr Store NOR always", "MINE:2 Jonas Gahr Store NORGOV 2021-10-14..",
				"MINE:3 Store NORBUS ..2000-01-01", "MINE:4 store NOR 2001-01-01.."},
			[]string{`MINE:2: "Jonas Gahr Store" (person) coded NORGOV is also an org line at MINE:1 coded NOR (2021-10-14.. and always): where both match, the person line is used`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load(fstest.MapFS{"a.txt": {Data: []byte(tt.loaded)}})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "mine.txt")
			if err := os.WriteFile(path, []byte(tt.mine), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := d.AddDir(dir); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Entries {
				got = append(got, fmt.Sprintf("%s %s %s %s", strings.Replace(e.pos(), path, "MINE", 1), e.Phrase, e.Code, span(e)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entries\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			var warns []string
			for _, w := range d.Warnings {
				warns = append(warns, strings.ReplaceAll(w, path, "MINE"))
			}
			if !slices.Equal(warns, tt.warnings) {
				t.Errorf("warnings\n  %s\nwant\n  %s", strings.Join(warns, "\n  "), strings.Join(tt.warnings, "\n  "))
			}
		})
	}
}

func TestName(t *testing.T) {
	d, err := Load(fstest.MapFS{"a.txt": {Data: []byte(
		"Yoon Suk Yeol | KORGOV | person | 2022-05-10..2025-04-04\n" +
			"South Korea | KOR | country\nRepublic of Korea | KOR | country\n" +
			"NATO | IGOWSTNAT | org\n" +
			"foreign ministry | GOV | agent\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{
		"KOR": "South Korea", "KORGOV": "South Korea", "IGOWSTNAT": "NATO",
		"IGOWSTNATMIL": "NATO", "GOV": "foreign ministry", "XYZ": "",
	} {
		if got := d.Name(code); got != want {
			t.Errorf("Name(%q) = %q, want %q", code, got, want)
		}
	}
}

// codeOn returns the code of the first entry for phrase (exact case) of the
// given kind valid on date, or "" when none is.
func codeOn(d *Dictionary, phrase, kind, date string) string {
	for _, e := range d.Entries {
		if e.Phrase == phrase && e.Kind == kind && e.ValidOn(date) {
			return e.Code
		}
	}
	return ""
}

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range d.Warnings {
		t.Errorf("warning: %s", w)
	}
	tests := []struct {
		phrase, kind, date, want string
	}{
		{"Yoon Suk Yeol", "person", "2024-12-03", "KORGOV"},
		{"Yoon Suk Yeol", "person", "2025-04-04", "KORGOV"}, // the day of his removal counts in office
		{"Yoon Suk Yeol", "person", "2025-04-05", ""},       // removed from office: country only
		{"Yoon Suk Yeol", "person", "2022-05-09", ""},
		{"Lee Jae-myung", "person", "2025-06-04", "KORGOV"},
		{"Lee Jae-myung", "person", "2024-01-10", "KOROPP"},
		{"Kim Jong Un", "person", "2024-07-13", "PRKGOV"},
		{"Kim Jong-un", "person", "2011-12-17", "PRKGOV"},
		{"Kim Jong Un", "person", "2010-01-01", ""},
		{"Kim Keon-hee", "person", "2024-07-13", "KOR"},
		{"Vladimir Putin", "person", "2000-05-07", "RUSGOV"},
		{"Vladimir Putin", "person", "2010-03-01", "RUSGOV"},
		{"Volodymyr Zelensky", "person", "2019-05-20", "UKRGOV"},
		{"Volodymyr Zelenskyy", "person", "2025-02-28", "UKRGOV"},
		{"Volodymyr Zelensky", "person", "2019-05-19", ""},
		{"Donald Trump", "person", "2020-06-01", "USAGOV"},
		{"Donald Trump", "person", "2021-01-20", ""},
		{"Donald Trump", "person", "2023-06-01", ""},
		{"Donald Trump", "person", "2025-01-20", "USAGOV"},
		{"Joe Biden", "person", "2021-01-20", "USAGOV"},
		{"Joe Biden", "person", "2025-01-20", ""},
		{"Recep Tayyip Erdogan", "person", "2020-01-01", "TURGOV"},
		{"Taliban", "org", "2021-08-14", "AFGREB"},
		{"Taliban", "org", "2021-08-15", "AFGGOV"},
		{"Rapid Support Forces", "org", "2023-04-15", "SDNREB"},
		{"Houthis", "org", "2024-01-12", "YEMREB"},
		{"Hamas", "org", "2023-10-07", "PSEREB"},
		{"United Nations", "org", "", "IGOUNO"},
		{"NATO", "org", "", "IGOWSTNAT"},
		{"European Union", "org", "", "IGOEUREEC"},
		{"IAEA", "org", "", "IGOUNOIAE"},
		{"Korean Central News Agency", "org", "", "PRKMED"},
		{"KCNA", "org", "", "PRKMED"},
		{"Amnesty International", "org", "", "NGOHRIAMN"},
		{"foreign ministry", "agent", "", "GOV"},
		{"state media", "agent", "", "GOVMED"},
		{"troops", "agent", "", "MIL"},
	}
	for _, tt := range tests {
		if got := codeOn(d, tt.phrase, tt.kind, tt.date); got != tt.want {
			t.Errorf("%s (%s) on %q = %q, want %q", tt.phrase, tt.kind, tt.date, got, tt.want)
		}
	}
	for code, want := range map[string]string{
		"IGOUNO": "United Nations", "IGOWSTNAT": "NATO",
		"PRKMED": "Korean Central News Agency", "YEMREB": "Houthis",
	} {
		if got := d.Name(code); got != want {
			t.Errorf("Name(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestDataFiles checks what review relies on in every embedded file: a
// header comment saying what it holds and where its facts come from.
func TestDataFiles(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 7 {
		t.Fatalf("embedded files = %v, want at least 7", names)
	}
	for _, name := range names {
		b, err := fs.ReadFile(dataFS, name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "#") {
			t.Errorf("%s: does not start with a header comment", name)
		}
		if !strings.Contains(strings.ToLower(string(b)), "source") && !strings.Contains(strings.ToLower(string(b)), "facts") {
			t.Errorf("%s: header names no source of its facts", name)
		}
	}
}

func Example() {
	entries, err := Parse(strings.NewReader(
		"# people\nYoon Suk Yeol | KORGOV | person | 2022-05-10..2025-04-04\n"), "people.txt")
	if err != nil {
		panic(err)
	}
	e := entries[0]
	fmt.Println(e.Phrase, e.Code, e.ValidOn("2024-12-03"), e.ValidOn("2025-06-01"))

	_, err = Parse(strings.NewReader("NATO | IGO-WST | org\n"), "mine.txt")
	fmt.Println(err)
	// Output:
	// Yoon Suk Yeol KORGOV true false
	// mine.txt:1: code "IGO-WST": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)
}

// TestAddDirUnknownPrefix: a user entry whose code starts with no country,
// role or non-state group of the dictionary is an error naming its line;
// a new country the user adds is known to the entries after it.
func TestAddDirUnknownPrefix(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.txt")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Jane Roe | XXXGOV | person | 2024-01-01..\nJohn Doe | KROGOV | person\n")
	want := path + `:1: code "XXXGOV": XXX is no country of the dictionary, no role and none of IGO, NGO, IMG, MNC` + "\n" +
		path + `:2: code "KROGOV": KRO is no country of the dictionary, no role and none of IGO, NGO, IMG, MNC`
	if err := d.AddDir(dir); err == nil || err.Error() != want {
		t.Fatalf("AddDir error = %v\nwant %q", err, want)
	}
	n := len(d.Entries)
	write("Somaliland | SML | country\nMuse Bihi Abdi | SMLGOV | person | 2017-12-13..2024-12-12\nJane Roe | REB | org\nNew Relief Fund | NGO | org\n")
	if err := d.AddDir(dir); err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != n+4 {
		t.Errorf("%d entries added, want 4", len(d.Entries)-n)
	}
}

// TestAddDirOfficeOverlap: a user's --dict that gives one tagged office of
// one state two holders at once, against the loaded data or within itself,
// is warned of, naming both lines; a handover of a week, an acting holder,
// another state or office and a second spelling of one holder are not.
func TestAddDirOfficeOverlap(t *testing.T) {
	d, err := Load(fstest.MapFS{"people.txt": {Data: []byte(
		"Amina Osei | GHAGOV | person | 2017-01-07..2025-01-07 | head of state and government\n" +
			"Kofi Mensah | GHAGOV | person | 2013-02-01..2020-02-01 | foreign minister\n")}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.txt")
	mine := "" +
		"Yaw Boateng | GHAGOV | person | 2024-01-07..2029-01-07 | head of state\n" + // 366 days with Osei
		"Esi Owusu | GHAGOV | person | 2025-01-01..2029-01-07 | head of government\n" + // a 6-day handover
		"Ama Darko | GHAGOV | person | 2019-01-01..2020-01-01 | acting head of state\n" + // acting
		"Nana Adjei | TGOGOV | person | 2018-01-01..2020-01-01 | head of state\n" + // another state
		"Kwesi Appiah | GHAGOV | person | 2019-01-01..2020-01-01 | defence minister\n" + // another office
		"A. Osei | GHAGOV | person | 2017-01-07..2025-01-07 | head of state and government\n" + // a spelling
		"\n" +
		"Efua Sey | GHAGOV | person | 2019-06-01..2019-08-01 | foreign minister\n" // 61 days with Mensah
	if err := os.WriteFile(path, []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.AddDir(dir); err != nil {
		t.Fatal(err)
	}
	want := []string{
		path + `:1: "Yaw Boateng" holds GHA head of state 2024-01-07..2029-01-07 while "Amina Osei" does (people.txt:1, 2017-01-07..2025-01-07): 366 days overlap`,
		path + `:8: "Efua Sey" holds GHA foreign minister 2019-06-01..2019-08-01 while "Kofi Mensah" does (people.txt:2, 2013-02-01..2020-02-01): 61 days overlap`,
	}
	if got := strings.Join(d.Warnings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestParseLongLine: a line over the 1 MiB a dictionary line may have is
// an error naming the file and line and saying so, not Go's
// "bufio.Scanner: token too long"; the lines before it are kept.
func TestParseLongLine(t *testing.T) {
	in := "Mira Kalden | NORGOV | person\n" + strings.Repeat("A", 2<<20) + " | NORGOV | person\n"
	es, err := Parse(strings.NewReader(in), "mine.txt")
	want := "mine.txt:2: line over 1 MiB (a dictionary line is a phrase, its code and kind, and dates)"
	if err == nil || err.Error() != want || len(es) != 1 || es[0].Phrase != "Mira Kalden" {
		t.Errorf("entries %d, error %v; want 1 and %q", len(es), err, want)
	}
}
