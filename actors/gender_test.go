package actors_test

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

func TestGendersOf(t *testing.T) {
	g, err := actors.DefaultGenders()
	if err != nil {
		t.Fatal(err)
	}
	person := func(text, country string) actors.Mention {
		return actors.Mention{Person: true, Actor: dyad.Actor{Text: text, Country: country}}
	}
	tests := []struct {
		m    actors.Mention
		want actors.Gender
	}{
		{person("German Chancellor Friedrich Merz", "DEU"), actors.Male},
		{person("Kamala Harris", "USA"), actors.Female},
		{person("President Maia Sandu", "MDA"), actors.Female},
		{person("Évariste Ndayishimiye", "BDI"), actors.Male},                     // the package's list says female: corrected
		{person("Nikol Pashinyan", "ARM"), actors.Male},                           // idem
		{person("Sheikh Hasina", "BGD"), actors.GenderUnknown},                    // a title, no given name
		{person("Kim Jong Un", "PRK"), actors.GenderUnknown},                      // family name first
		{person("Mrs Thatcher", "GBR"), actors.Female},                            // an honorific tells
		{person("Merz", "DEU"), actors.GenderUnknown},                             // a surname alone
		{actors.Mention{Actor: dyad.Actor{Text: "Kamala"}}, actors.GenderUnknown}, // no person
		// a surname or pronoun standing for a person named before: by that name
		{actors.Mention{Person: true, FullName: "Kamala Harris", Actor: dyad.Actor{Text: "Harris", Country: "USA"}}, actors.Female},
		{actors.Mention{Person: true, FullName: "German Chancellor Friedrich Merz", Actor: dyad.Actor{Text: "he", Country: "DEU"}}, actors.Male},
		{actors.Mention{Person: true, FullName: "Harris", Actor: dyad.Actor{Text: "Mrs Harris", Country: "USA"}}, actors.Female},
		{actors.Mention{Person: true, FullName: "Merz", Actor: dyad.Actor{Text: "Merz", Country: "DEU"}}, actors.GenderUnknown},
		// the full name's title before the text's; a given name last is a surname
		{actors.Mention{Person: true, FullName: "Queen Camilla", Actor: dyad.Actor{Text: "Mr Camilla", Country: "GBR"}}, actors.Female},
		{actors.Mention{Person: true, FullName: "Mr  Kamala\tHarris", Actor: dyad.Actor{Text: "Harris", Country: "USA"}}, actors.Male},
		{actors.Mention{Person: true, FullName: "Chancellor Kamala", Actor: dyad.Actor{Text: "Kamala", Country: "USA"}}, actors.GenderUnknown},
		{person("  Kamala   Harris ", "USA"), actors.Female},
		{person("", "USA"), actors.GenderUnknown},
	}
	for _, tt := range tests {
		if got := g.Of(tt.m); got != tt.want {
			t.Errorf("Of(%q) = %d, want %d", tt.m.Text, got, tt.want)
		}
	}
}

func TestParseGendersErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"anna | f\nbob | x\n", "names.txt:2: gender \"x\" is neither m nor f"},
		{"# comment\nanna f\n", "names.txt:2: want \"name | m\" or \"name | f\""},
		{"two words | m\n", "names.txt:1: want"},
	}
	for _, tt := range tests {
		_, err := actors.ParseGenders(strings.NewReader(tt.in), "names.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseGenders(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}
