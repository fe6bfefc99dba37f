package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestNormalizeText(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"al-Assad", `"al-Assad"`},
		{"Kim Jong-un", `Kim "Jong-un"`},
		{"U.S.", `"U.S."`},
		{"don't", `"don't"`},
		{"nuclear AND NOT Korea", "nuclear NOT Korea"},
		{"nuclear AND  NOT Korea AND Iran", "nuclear NOT Korea AND Iran"},
		{"nuclear AND (NOT Korea)", "nuclear AND (NOT Korea)"},
		{"Jong-un*", `"Jong-un"*`},
		{"title:al-Assad", `title:"al-Assad"`},
		{"Title:U.S.", `Title:"U.S."`},
		{"a:b:c", `"a:b:c"`},
		{"12:30", `"12:30"`},
		{"talks 3:1 OR title:12:30", `talks "3:1" OR title:"12:30"`},
		{"U.S.-led (talks OR al-Assad)", `"U.S.-led" (talks OR "al-Assad")`},
		// Left as written.
		{`"al-Assad" Korea`, `"al-Assad" Korea`},
		{`"say ""no""" don't`, `"say ""no""" "don't"`},
		{"kor* + drills", "kor* + drills"},
		{"title:korea -text:iran", "title:korea -text:iran"},
		{"{title text}:korea", "{title text}:korea"},
		{"NEAR(alpha bravo, 3)", "NEAR(alpha bravo, 3)"},
		{"^north", "^north"},
		{"-korea", "-korea"},
		{"Erdoğan don’t", "Erdoğan don’t"},
		{"Korea AND", "Korea AND"},
		{"nosuch:korea", "nosuch:korea"},
		{`"unterminated al-Assad`, `"unterminated al-Assad`},
		{"", ""},
	} {
		if got := NormalizeText(c.q); got != c.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestTextCommonTerms: names and abbreviations with punctuation, and
// "AND NOT", find the articles holding them (Events, TextArticles,
// CheckText); a query still invalid is an error.
func TestTextCommonTerms(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	for _, a := range []*dyad.Article{
		{ID: "syria", URL: "https://example.org/syria", Title: "Syria", Body: []string{"President Bashar al-Assad met U.S. envoys in Damascus."}},
		{ID: "korea", URL: "https://example.org/korea", Title: "Korea", Body: []string{"Kim Jong-un oversaw a nuclear test, and Seoul said it won't talk."}},
		{ID: "iran", URL: "https://example.org/iran", Title: "Iran", Body: []string{"Iran said it would resume nuclear talks; officials said they don't expect a deal at 12:30."}},
	} {
		if _, err := db.SaveArticle(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"al-Assad", "[syria]"},
		{"Kim Jong-un", "[korea]"},
		{"U.S.", "[syria]"},
		{"don't", "[iran]"},
		{"nuclear AND NOT Korea", "[iran]"},
		{"Jong-u*", "[korea]"},
		{"title:Iran OR al-Assad", "[syria iran]"},
		{"12:30", "[iran]"},
	} {
		if err := db.CheckText(ctx, c.q); err != nil {
			t.Errorf("CheckText(%q): %v", c.q, err)
		}
		got, err := db.TextArticles(ctx, c.q)
		if err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		if fmt.Sprint(got) != c.want {
			t.Errorf("%q: articles %v, want %s", c.q, got, c.want)
		}
	}
	if err := db.CheckText(ctx, "Korea AND"); err == nil || err.Error() != `text query "Korea AND": SQL logic error: fts5: syntax error near "" (1)` {
		t.Errorf(`CheckText("Korea AND"): %v`, err)
	}
}

// FuzzNormalizeText: NormalizeText is idempotent, and a query FTS5
// accepts as written is still accepted after it.
func FuzzNormalizeText(f *testing.F) {
	db := openTemp(f)
	for _, q := range []string{"al-Assad", "Kim Jong-un*", `"U.S." AND NOT don't`, "title:a.b OR -text:c",
		"NEAR(a b, 3)", "a+b", "^a*", "{title}:x.y", `"un""term`, "a AND  NOT b AND"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n := NormalizeText(q)
		if again := NormalizeText(n); again != n {
			t.Fatalf("NormalizeText(%q) = %q, then %q", q, n, again)
		}
		match := func(s string) error {
			var k int
			return db.db.QueryRow("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", s).Scan(&k)
		}
		if match(q) == nil {
			if err := match(n); err != nil {
				t.Fatalf("%q is valid FTS5, its rewrite %q is not: %v", q, n, err)
			}
		}
	})
}
