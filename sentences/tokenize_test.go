package sentences

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pyongyang’s Korean Central News Agency", "Pyongyang|’s|Korean|Central|News|Agency"},
		{"The U.S. and U.K. signed a deal.", "The|U.S.|and|U.K.|signed|a|deal|."},
		{"Kim Keon-hee (left) said: “No.”", "Kim|Keon-hee|(|left|)|said|:|“|No|.|”"},
		{"With 2,400 staff and 3.5 million", "With|2,400|staff|and|3.5|million"},
		{"It didn't attack, officials said", "It|did|n't|attack|,|officials|said"},
		{"the allies' plan", "the|allies|'|plan"},
		{"AT&T and R&D", "AT&T|and|R&D"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has span %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

func TestSplitText(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Kim met U.S. envoys on Jan. 5 in Seoul. Talks ended. “We agreed,” he said.",
			[]string{"Mr. Kim met U.S. envoys on Jan. 5 in Seoul.", "Talks ended.", "“We agreed,” he said."}},
		{"Troops fired. \"Stop!\" they shouted. J. Smith left.",
			[]string{"Troops fired.", "\"Stop!\" they shouted.", "J. Smith left."}},
		{"Growth was 3.5 percent. 2024 was a year of war.", []string{"Growth was 3.5 percent.", "2024 was a year of war."}},
		{"no end", []string{"no end"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := SplitText(tt.in)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
			t.Errorf("SplitText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTag(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"denounce", "sign", "attack", "talk", "suspend", "resume", "ship"} {
		lx.AddVerb(v)
	}
	tests := []struct{ in, want string }{
		{"North Korea has denounced the attack", "NNP NNP VBZ VBN DT NN"},
		{"Seoul and Washington signed guidelines", "NNP CC NNP VBD NNS"},
		{"they will hold talks", "PRP MD VB NNS"},
		{"it is shipping weapons to Moscow", "PRP VBZ VBG NNS TO NNP"},
		{"the government says it did n't attack", "DT NN VBZ PRP VBD RB VB"},
	}
	for _, tt := range tests {
		if g := tags(tt.in, lx); g != tt.want {
			t.Errorf("Tag(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
	if l := lx.Lemma("shipping"); l != "ship" {
		t.Errorf("Lemma(shipping) = %q", l)
	}
	if l := lx.Lemma("held"); l != "hold" {
		t.Errorf("Lemma(held) = %q", l)
	}
}

// TestVerbForms checks the inflections AddVerb derives: doubled final
// consonants (also after qu), British -ll- beside American -l-, and none
// where English does not double.
func TestVerbForms(t *testing.T) {
	lx := NewLexicon()
	for _, v := range []string{"snub", "swap", "equip", "signal", "cancel", "appeal", "patrol", "visit", "open", "fail", "kill"} {
		lx.AddVerb(v)
	}
	tests := []struct {
		form, lemma string
	}{
		{"snubbed", "snub"}, {"swapping", "swap"}, {"equipped", "equip"}, {"equipping", "equip"},
		{"signalled", "signal"}, {"signaled", "signal"}, {"cancelling", "cancel"}, {"canceled", "cancel"},
		{"appealed", "appeal"}, {"patrolled", "patrol"}, {"visited", "visit"}, {"opened", "open"},
		{"failed", "fail"}, {"killed", "kill"},
		// not forms of these verbs: the lexicon returns them unchanged
		{"appealled", "appealled"}, {"visitted", "visitted"}, {"openned", "openned"},
	}
	for _, tc := range tests {
		if got := lx.Lemma(tc.form); got != tc.lemma {
			t.Errorf("Lemma(%q) = %q, want %q", tc.form, got, tc.lemma)
		}
	}
}

// tags tokenizes and tags in with lx and returns the tags joined by
// spaces: "NNP VBD DT NN".
func tags(in string, lx *Lexicon) string {
	var got []string
	for _, tk := range Tag(Tokenize(in), lx) {
		got = append(got, tk.Tag)
	}
	return strings.Join(got, " ")
}
